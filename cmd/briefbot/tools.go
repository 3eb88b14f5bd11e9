package main

import (
	"context"
	"fmt"
	"time"

	"briefbot"
	"briefbot/bot/console"
	"briefbot/ingest"
)

// runIngest stores articles from files, folders or stdin.
func runIngest(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "ingest")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for files that carry none")
	source := fs.String("source", "", "source `NAME` for files that carry none")
	lang := fs.String("lang", "", "language code for files that carry none (en, fr)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return briefbot.Errorf(briefbot.EInvalid, "ingest needs at least one file, folder, or - for stdin")
	}
	opt, err := ingestOptions(*published, *source, *lang)
	if err != nil {
		return err
	}
	a, err := openApp(ctx, env, c)
	if err != nil {
		return err
	}
	defer a.Close()
	a.ingester.Progress = (&progress{w: env.Stderr, tty: env.ErrTTY}).update
	rep, err := a.ingester.IngestPaths(ctx, fs.Args(), env.Stdin, opt)
	for _, f := range rep.Failed {
		fmt.Fprintf(env.Stderr, "briefbot: %v\n", f.Err) // the error names the file
	}
	fmt.Fprintf(env.Stdout, "%d added, %d already stored, %d failed\n", rep.Added, rep.Duplicates, len(rep.Failed))
	if rep.Unsummarized > 0 {
		fmt.Fprintf(env.Stdout, "%d stored without a summary (the summarizer failed on them; see the log); `briefbot resummarize` retries them\n", rep.Unsummarized)
	}
	if err == nil && len(rep.Failed) > 0 {
		err = briefbot.Errorf(briefbot.EInvalid, "%d of the inputs could not be read; the rest were stored", len(rep.Failed))
	}
	return err
}

func ingestOptions(published, source, lang string) (ingest.Options, error) {
	opt := ingest.Options{Source: source, Lang: lang}
	if published == "" {
		return opt, nil
	}
	t, err := time.Parse(time.DateOnly, published)
	if err != nil {
		return opt, briefbot.Errorf(briefbot.EInvalid, "-published %q is not a date like 2023-09-23", published)
	}
	opt.Published = t
	return opt, nil
}

// runSummarize prints the summary of one file without storing anything.
func runSummarize(ctx context.Context, env Env, args []string) error {
	fs, _ := newFlags(env, "summarize")
	asJSON := fs.Bool("json", false, "print the summary as one JSON object")
	title := fs.String("title", "", "the article's headline, when the file has none")
	published := fs.String("published", "", "publication date `YYYY-MM-DD`, to resolve relative dates")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return briefbot.Errorf(briefbot.EInvalid, "summarize takes one FILE, or - for stdin")
	}
	opt, err := ingestOptions(*published, "", "")
	if err != nil {
		return err
	}
	art, err := readOne(env, fs.Arg(0), opt)
	if err != nil {
		return err
	}
	if *title != "" {
		art.Title = *title
	}
	sum, err := summarizeArticle(ctx, art)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.Stdout, sum)
	}
	return console.Render(env.Stdout, summaryMessage(art, sum))
}

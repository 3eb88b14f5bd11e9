package main

import (
	"context"
	"fmt"
	"time"

	"briefbot"
	"briefbot/ingest"
	"briefbot/internal/progress"
)

// runIngest stores articles from files, folders or stdin.
func runIngest(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "ingest")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for files that carry none")
	source := fs.String("source", "", "source `NAME` for files that carry none")
	lang := fs.String("lang", "", "language code for files that carry none (en, fr)")
	var opt ingest.Options
	check := func(paths []string) (err error) {
		if len(paths) == 0 {
			return briefbot.Errorf(briefbot.EInvalid, "ingest needs at least one file, folder, or - for stdin")
		}
		opt, err = ingestOptions(*published, *source, *lang)
		return err
	}
	return withApp(ctx, env, fs, c, args, check, func(a *app, paths []string) error {
		a.ingester.Progress = progress.New(env.Stderr, env.ErrTTY).Update
		rep, err := a.ingester.IngestPaths(ctx, paths, env.Stdin, opt)
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
	})
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

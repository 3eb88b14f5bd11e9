package main

import (
	"context"
	"fmt"

	"briefbot"
	"briefbot/geo"
	"briefbot/ingest"
	"briefbot/internal/cli"
	"briefbot/internal/progress"
	"briefbot/topics"
)

// runIngest stores articles from files, folders or stdin.
func runIngest(ctx context.Context, env Env, args []string) error {
	preload()
	fs, c := newFlags(env, "ingest")
	var published cli.Date
	fs.Var(&published, "published", "publication date `YYYY-MM-DD` for files that carry none")
	source := fs.String("source", "", "source `NAME` for files that carry none")
	lang := fs.String("lang", "", "language code for files that carry none (en, fr)")
	check := func(paths []string) error {
		if len(paths) == 0 {
			return briefbot.Errorf(briefbot.EInvalid, "ingest needs at least one file, folder, or - for stdin")
		}
		return nil
	}
	return withApp(ctx, env, fs, c, args, check, func(a *app, paths []string) error {
		defer limitMemory(env)()
		a.ingester.Progress = progress.New(env.Stderr, env.ErrTTY).Update
		opt := ingest.Options{Published: published.Time, Source: *source, Lang: *lang}
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

// preload reads the gazetteer and the index of search keys on goroutines
// of their own (some 7 and 11 ms), while the store opens, instead of
// when the first article needs them and every core waits for them.
func preload() {
	go geo.Load()
	go topics.Load()
}

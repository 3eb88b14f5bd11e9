package main

import (
	"context"
	"fmt"
	"os"

	"briefbot"
)

// runResummarize writes again the summaries the summarizer failed on, or
// every summary with -all.
func runResummarize(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "resummarize")
	all := fs.Bool("all", false, "write every article's summary again, not only those the summarizer failed on")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return briefbot.Errorf(briefbot.EInvalid, "resummarize takes no arguments")
	}
	a, err := openApp(ctx, env, c)
	if err != nil {
		return err
	}
	defer a.Close()
	rep, err := a.ingester.Resummarize(ctx, *all)
	fmt.Fprintf(env.Stdout, "%d summaries written, %d articles the summarizer failed on again\n", rep.Summarized, rep.Failed)
	if err == nil && rep.Failed > 0 {
		err = briefbot.Errorf(briefbot.EInvalid, "the summarizer still fails on %d articles; the log names them", rep.Failed)
	}
	return err
}

// runBackup writes a consistent copy of the database, while the bot runs.
func runBackup(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "backup")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return briefbot.Errorf(briefbot.EInvalid, "backup takes one FILE to write the copy to")
	}
	a, err := openApp(ctx, env, c)
	if err != nil {
		return err
	}
	defer a.Close()
	to := fs.Arg(0)
	if err := a.store.Backup(ctx, to); err != nil {
		return err
	}
	st, err := a.store.ArticleStats(ctx)
	if err != nil {
		return err
	}
	size := int64(0)
	if fi, err := os.Stat(to); err == nil {
		size = fi.Size()
	}
	fmt.Fprintf(env.Stdout, "backed up %d articles to %s (%.1f MB); restore by stopping briefbot and putting it in place of %s\n",
		st.Articles, to, float64(size)/(1<<20), dbPath(env, c, a.cfg))
	return nil
}

package main

import (
	"context"
	"fmt"

	"briefbot/internal/cli"

	"briefbot"
)

// runResummarize writes again the summaries the summarizer failed on, or
// every summary with -all.
func runResummarize(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "resummarize")
	all := fs.Bool("all", false, "write every article's summary again, not only those the summarizer failed on")
	return withApp(ctx, env, fs, c, args, cli.Want(0, "resummarize takes no arguments"), func(a *app, _ []string) error {
		defer limitMemory(env)()
		rep, err := a.ingester.Resummarize(ctx, *all)
		fmt.Fprintf(env.Stdout, "%d summaries written, %d articles the summarizer failed on again\n", rep.Summarized, rep.Failed)
		if err == nil && rep.Failed > 0 {
			err = briefbot.Errorf(briefbot.EInvalid, "the summarizer still fails on %d articles; the log names them", rep.Failed)
		}
		return err
	})
}

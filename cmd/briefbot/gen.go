package main

import (
	"context"
	"fmt"
	"time"

	"briefbot/internal/cli"
	"briefbot/internal/synth"
)

// runGen writes a synthetic corpus into the database, for benchmarks.
func runGen(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "gen")
	n := fs.Int("n", 10_000, "number of articles")
	size := fs.Int("size", 1200, "bytes of text an article")
	seed := fs.Uint64("seed", 1, "random seed")
	return withApp(ctx, env, fs, c, args, cli.Want(0, "gen takes only flags"), func(a *app, _ []string) error {
		start := time.Now()
		added, err := synth.Write(ctx, a.store, synth.NewNews(*seed, *n, *size, env.Now()), env.Stderr)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "generated %d articles in %s\n", added, time.Since(start).Round(time.Second))
		return nil
	})
}

package main

import (
	"context"
	"fmt"

	"briefbot"
	"briefbot/samples"
)

// runSamples loads or removes the bundled sample articles.
func runSamples(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "samples")
	check := func(args []string) error {
		if len(args) != 1 || (args[0] != "load" && args[0] != "remove") {
			return briefbot.Errorf(briefbot.EInvalid, "samples takes one word: load or remove")
		}
		return nil
	}
	return withApp(ctx, env, fs, c, args, check, func(a *app, args []string) error {
		if args[0] == "remove" {
			n, err := a.store.DeleteSamples(ctx)
			if err == nil {
				fmt.Fprintf(env.Stdout, "removed %d sample articles\n", n)
			}
			return err
		}
		n, err := a.loadSamples(ctx)
		if err == nil {
			fmt.Fprintf(env.Stdout, "loaded %d sample articles\n", n)
		}
		return err
	})
}

// loadSamplesIfEmpty fills a new database with the bundled samples,
// unless feeds are configured or the configuration says never.
func (a *app) loadSamplesIfEmpty(ctx context.Context) error {
	if a.cfg.Samples == "never" || len(a.cfg.Feeds) > 0 {
		return nil
	}
	n, err := samples.IfEmpty(ctx, a.store, a.env.Now(), a.addSamples)
	if n > 0 {
		a.log.Info("loaded the bundled sample articles into the empty database; remove them with `briefbot samples remove`", "articles", n)
	}
	return err
}

func (a *app) loadSamples(ctx context.Context) (int, error) {
	arts, err := samples.Articles(a.env.Now())
	if err != nil {
		return 0, err
	}
	return a.addSamples(ctx, arts)
}

func (a *app) addSamples(ctx context.Context, arts []briefbot.Article) (int, error) {
	rep, err := a.ingestArticles(ctx, "file", arts)
	return rep.Added, err
}

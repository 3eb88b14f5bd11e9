package main

import (
	"context"
	"fmt"

	"briefbot"
)

// runSamples loads or removes the bundled sample articles.
func runSamples(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "samples")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || (fs.Arg(0) != "load" && fs.Arg(0) != "remove") {
		return briefbot.Errorf(briefbot.EInvalid, "samples takes one word: load or remove")
	}
	a, err := openApp(ctx, env, c)
	if err != nil {
		return err
	}
	defer a.Close()
	if fs.Arg(0) == "remove" {
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
}

// runConfig prints the effective configuration with secrets redacted.
func runConfig(_ context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "config")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, _, err := loadConfig(env, c)
	if err != nil {
		return err
	}
	cfg.Database = dbPath(env, c, cfg)
	return cfg.Dump(env.Stdout)
}

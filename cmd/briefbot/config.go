package main

import (
	"context"

	"briefbot/internal/cli"
)

// runConfig prints the effective configuration with secrets redacted.
func runConfig(_ context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "config")
	if err := cli.Parse(fs, args); err != nil {
		return err
	}
	cfg, _, err := loadConfig(env, c)
	if err != nil {
		return err
	}
	cfg.Database = shownDB(dbPath(env, c, cfg)) // a URL's password redacted
	return cfg.Dump(env.Stdout)
}

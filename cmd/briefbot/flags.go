package main

import (
	"context"
	"flag"

	"briefbot/internal/cli"
)

// common are the flags every subcommand takes.
type common struct {
	db     string
	config string
}

// newFlags makes a subcommand's flag set, with the common flags.
func newFlags(env Env, name string) (*flag.FlagSet, *common) {
	fs := program().FlagSet(name, env.Stdout, env.Stderr)
	c := &common{}
	fs.StringVar(&c.db, "db", "", "SQLite database `PATH`, or a postgres:// URL (default $BRIEFBOT_DB, then the config, then ./briefbot.db)")
	fs.StringVar(&c.config, "config", env.Getenv("BRIEFBOT_CONFIG"), "YAML configuration `FILE` (default $BRIEFBOT_CONFIG)")
	return fs, c
}

// withApp is the rest of a subcommand's opening once its flags are
// declared: it parses args, vets the positional arguments with check (when
// not nil) so that a wrong command line opens nothing, opens the app, runs
// do with the positional arguments, and closes the app.
func withApp(ctx context.Context, env Env, fs *flag.FlagSet, c *common, args []string,
	check func(args []string) error, do func(a *app, args []string) error) error {
	if err := cli.Parse(fs, args); err != nil {
		return err
	}
	if check != nil {
		if err := check(fs.Args()); err != nil {
			return err
		}
	}
	a, err := openApp(ctx, env, c)
	if err != nil {
		return err
	}
	defer a.Close()
	return do(a, fs.Args())
}

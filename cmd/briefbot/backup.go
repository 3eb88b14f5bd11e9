package main

import (
	"context"
	"fmt"
	"os"

	"briefbot"
	"briefbot/internal/cli"
)

// runBackup writes a consistent copy of the database, while the bot runs.
func runBackup(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "backup")
	check := cli.Want(1, "backup takes one FILE to write the copy to")
	return withApp(ctx, env, fs, c, args, check, func(a *app, args []string) error {
		to := args[0]
		file, ok := a.store.(interface {
			Backup(ctx context.Context, path string) error
		})
		if !ok {
			return briefbot.Errorf(briefbot.EInvalid, "backup copies a SQLite file; back up a PostgreSQL database with pg_dump, or copy it into a SQLite file with briefbot migrate-store")
		}
		if err := file.Backup(ctx, to); err != nil {
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
	})
}

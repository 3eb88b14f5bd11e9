package main

import (
	"context"
	"log/slog"

	"briefbot"
	"briefbot/config"
	"briefbot/storage/postgres"
	"briefbot/storage/sqlite"
)

// appStore is the store the program runs on, SQLite or PostgreSQL: every
// port, and what briefbot doctor reads of either.
type appStore interface {
	briefbot.Store
	SchemaVersion(ctx context.Context) (int, error)
	Check(ctx context.Context) ([]string, error)
}

// openStore opens the database target names: a postgres:// URL, shared by
// any number of briefbot processes, with a pool of cfg.DatabasePool
// connections; anything else is a SQLite file, whose upgrade from an older
// briefbot's schema is logged to log (nil: not logged).
func openStore(ctx context.Context, target string, cfg config.Config, log *slog.Logger) (appStore, error) {
	if postgres.IsURL(target) {
		return postgres.Open(ctx, target, postgres.Options{MaxConns: cfg.DatabasePool})
	}
	var opt sqlite.Options
	if log != nil {
		opt.OnUpgrade = func(migration string) {
			log.Info("database: upgrading its schema, once; on a large database this can take minutes", "migration", migration, "path", target)
		}
	}
	return sqlite.OpenWith(ctx, target, opt)
}

// isDatabaseURL reports whether target is a PostgreSQL database rather
// than a file.
func isDatabaseURL(target string) bool { return postgres.IsURL(target) }

// shownDB is target as logs and messages show it: a URL's password
// replaced.
func shownDB(target string) string {
	if postgres.IsURL(target) {
		return postgres.Redact(target)
	}
	return target
}

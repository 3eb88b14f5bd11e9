package main

import (
	"context"

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
// connections; anything else is a SQLite file.
func openStore(ctx context.Context, target string, cfg config.Config) (appStore, error) {
	if postgres.IsURL(target) {
		return postgres.Open(ctx, target, postgres.Options{MaxConns: cfg.DatabasePool})
	}
	return sqlite.Open(ctx, target)
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

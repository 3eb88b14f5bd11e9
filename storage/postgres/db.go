// Package postgres keeps everything briefbot stores in one PostgreSQL
// database, so that several briefbot processes can share it: it
// implements briefbot.Store with numbered, embedded migrations, a GIN
// full-text index with SQLite's search semantics, near-duplicate grouping
// that reads the table (so that every replica sees every article), and the
// delivery log's leases. It is the only package that knows PostgreSQL.
//
// It talks to the server through pgx's own interface rather than
// database/sql: a pool sized from the configuration, arrays (text[],
// bigint[]) as Go slices, error codes as fields, and COPY for bulk copies.
package postgres

import (
	"context"
	"strings"

	"briefbot"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// DefaultMaxConns is the pool's size when the configuration names none.
const DefaultMaxConns = 10

// Options tune a store.
type Options struct {
	MaxConns int // connections in the pool; 0: DefaultMaxConns
}

// DB is briefbot's PostgreSQL database.
type DB struct {
	pool *pgxpool.Pool
}

// DB is a briefbot.Store; it passes storage/storetest (see its
// TestContract). SchemaVersion and MatchCount are its own.
var _ briefbot.Store = (*DB)(nil)

// IsURL reports whether s names a PostgreSQL database rather than a file:
// a postgres:// or postgresql:// URL.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database at url (postgres://user@host/db?…) and
// brings its schema up to date. The password may be in the URL or in the
// PGPASSWORD environment variable, as for every PostgreSQL client.
func Open(ctx context.Context, url string, opt Options) (_ *DB, err error) {
	defer annotate(&err, "storage: open")
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// pgx's message may quote the URL, password included.
		return nil, briefbot.Errorf(briefbot.EInvalid, "database URL %s is not a PostgreSQL URL", redact(url))
	}
	cfg.MaxConns = int32(DefaultMaxConns)
	if opt.MaxConns > 0 {
		cfg.MaxConns = int32(opt.MaxConns)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, err
	}
	db := &DB{pool: pool}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return db, nil
}

// Close closes the pool, waiting for the connections in use.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// Ping checks that the database answers a query.
func (db *DB) Ping(ctx context.Context) (err error) {
	defer annotate(&err, "storage: ping")
	var one int
	return db.pool.QueryRow(ctx, `SELECT 1`).Scan(&one)
}

// SchemaVersion is the number of the newest migration applied.
func (db *DB) SchemaVersion(ctx context.Context) (v int, err error) {
	defer annotate(&err, "storage: schema version")
	err = db.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// redact is a database URL with its password replaced, fit for a log.
func redact(url string) string {
	scheme, rest, ok := strings.Cut(url, "://")
	if !ok {
		return "(not a URL)"
	}
	at := strings.LastIndex(rest, "@")
	if at < 0 {
		return url
	}
	if user, _, hasPass := strings.Cut(rest[:at], ":"); hasPass {
		return scheme + "://" + user + ":xxxxx" + rest[at:]
	}
	return url
}

// Redact is url with its password replaced, fit for a log.
func Redact(url string) string { return redact(url) }

// inTx runs f in a transaction, committed when f returns nil.
func (db *DB) inTx(ctx context.Context, f func(tx pgx.Tx) error) error {
	return pgx.BeginFunc(ctx, db.pool, f)
}

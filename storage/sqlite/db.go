// Package sqlite keeps everything briefbot stores in one SQLite file: it
// implements briefbot.Store with numbered, embedded migrations, an FTS5
// index that finds search candidates, and near-duplicate grouping into
// stories. It is the only package that knows SQLite.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
	"runtime"
	"strings"
	"time"

	"briefbot"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// busyTimeoutMS is how long a connection waits for another process's write
// lock before it gives up with SQLITE_BUSY.
const busyTimeoutMS = "10000"

// busyTimeout is busyTimeoutMS as a duration.
const busyTimeout = 10 * time.Second

// DB is briefbot's SQLite database.
//
// Writes go through a pool of one connection, so concurrent writers queue in
// Go instead of polling SQLite's file lock; reads use a pool of read-only
// connections that, thanks to WAL, never wait for a writer.
type DB struct {
	write   *sql.DB
	read    *sql.DB
	stories storyIndex // fingerprints of recent articles, for story assignment

	onUpgrade func(migration string) // see Options.OnUpgrade

	// Statements prepared once: the write path's on the write connection,
	// the search's on the read pool (each connection prepares them on its
	// first use), so that no search parses its SQL again.
	insertArticle *sql.Stmt // insertArticleSQL
	indexArticles *sql.Stmt // indexArticlesSQL
	findMatches   *sql.Stmt // candidatesSQL
	readArticles  *sql.Stmt // articlesSQL
	firstIDFrom   *sql.Stmt // firstIDSQL
	lastIDTo      *sql.Stmt // lastIDSQL
}

// DB is a briefbot.Store; it passes storage/storetest (see its
// TestContract). Check, Backup, SchemaVersion and MatchCount are SQLite's
// own, outside the contract.
var _ briefbot.Store = (*DB)(nil)

// Options are what OpenWith may be told besides the path.
type Options struct {
	// OnUpgrade, when set, is told of each migration before it is applied
	// to a database that an older briefbot made (not to a new file), so
	// that a long one, such as the search index rebuilt over a million
	// articles, is no silent wait.
	OnUpgrade func(migration string)
}

// Open opens the database file at path, creating it when missing, and
// brings its schema up to date.
func Open(ctx context.Context, path string) (*DB, error) { return OpenWith(ctx, path, Options{}) }

// OpenWith is Open with options.
func OpenWith(ctx context.Context, path string, opt Options) (_ *DB, err error) {
	defer annotate(&err, "storage: open")
	if err := checkPath(path); err != nil {
		return nil, err
	}
	db := &DB{onUpgrade: opt.OnUpgrade}
	if db.write, err = openPool(path, false, 1); err != nil {
		return nil, err
	}
	if err := retryBusy(ctx, func() error { return db.migrate(ctx) }, briefbot.Sleep); err != nil {
		db.write.Close()
		return nil, err
	}
	if db.read, err = openPool(path, true, max(4, runtime.NumCPU())); err != nil {
		db.write.Close()
		return nil, err
	}
	if err := db.prepare(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// retryBusy runs f again while it fails with SQLITE_BUSY, for up to about
// busyTimeoutMS, waiting through sleep. Opening a new file needs this:
// when several processes create it at once, one switching it to WAL, the
// others' first statements may be refused at once, without the busy
// timeout's wait, so that no two lock each other out.
func retryBusy(ctx context.Context, f func() error, sleep func(context.Context, time.Duration) error) error {
	wait, waited := 10*time.Millisecond, time.Duration(0)
	for {
		err := f()
		if err == nil || !isBusy(err) || waited >= busyTimeout {
			return err
		}
		if err := sleep(ctx, wait); err != nil {
			return err
		}
		waited += wait
		wait = min(2*wait, time.Second)
	}
}

// prepare prepares the statements of the write path and of search.
func (db *DB) prepare(ctx context.Context) error {
	for _, s := range []struct {
		stmt  **sql.Stmt
		pool  *sql.DB
		query string
	}{
		{&db.insertArticle, db.write, insertArticleSQL},
		{&db.indexArticles, db.write, indexArticlesSQL},
		{&db.findMatches, db.read, candidatesSQL},
		{&db.readArticles, db.read, articlesSQL},
		{&db.firstIDFrom, db.read, firstIDSQL},
		{&db.lastIDTo, db.read, lastIDSQL},
	} {
		var err error
		if *s.stmt, err = s.pool.PrepareContext(ctx, s.query); err != nil {
			return err
		}
	}
	return nil
}

// Close closes the database; in-flight calls finish first.
func (db *DB) Close() error {
	var errs []error
	for _, s := range []*sql.Stmt{db.insertArticle, db.indexArticles, db.findMatches, db.readArticles, db.firstIDFrom, db.lastIDTo} {
		if s != nil {
			errs = append(errs, s.Close())
		}
	}
	if err := errors.Join(append(errs, db.read.Close(), db.write.Close())...); err != nil {
		return internal("storage: close", err)
	}
	return nil
}

// checkPath refuses names that would not give every pooled connection the
// same database file.
func checkPath(path string) error {
	switch {
	case path == "":
		return briefbot.Errorf(briefbot.EInvalid, "database path is empty")
	case strings.Contains(path, ":memory:"):
		return briefbot.Errorf(briefbot.EInvalid,
			"an in-memory database is not supported: each pooled connection would get its own; give a file path")
	case strings.Contains(path, "?"):
		return briefbot.Errorf(briefbot.EInvalid, "database path %q must not contain '?'", path)
	}
	return nil
}

// openPool opens a pool of at most n connections to path.
func openPool(path string, readOnly bool, n int) (*sql.DB, error) {
	pool, err := sql.Open("sqlite", dsn(path, readOnly))
	if err != nil {
		return nil, internal("open pool", err)
	}
	pool.SetMaxOpenConns(n)
	pool.SetMaxIdleConns(n)
	return pool, nil
}

// dsn is the data source name for path. The driver runs its pragmas on every
// connection it opens, so every pooled connection is configured alike:
// WAL so readers and the writer do not block each other, a busy timeout for
// other processes' writes, foreign keys enforced, NORMAL sync (safe with WAL:
// a power cut may lose the last commits, never corrupt the file), reads
// through a memory map (fewer system calls when a search scores thousands
// of candidates), transactions that take the write lock when they
// begin, so a transaction never fails halfway for want of it, and, for the
// read pool, a refusal to write and a page cache of 8 MiB a connection
// (SQLite's default is 2 MiB): a brief reads its 500 candidates' rows,
// which on a large store lie past the memory map, and with the default
// cache each was a system call again at every brief (p50 15% faster at
// 1M articles).
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+busyTimeoutMS+")")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "mmap_size(268435456)") // 256 MiB
	q.Set("_txlock", "immediate")
	if readOnly {
		q.Set("_query_only", "1")
		q.Add("_pragma", "cache_size(-8192)") // 8 MiB a reader
	}
	return path + "?" + q.Encode()
}

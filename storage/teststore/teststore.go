// Package teststore is how other packages' tests get a store: a new, empty
// one per test, in a file under the test's temporary directory, closed when
// the test ends. It is the one place those tests name a store technology
// (SQLite), and it lives apart from the contract suite, storage/storetest,
// which imports no store so that every store can run it, SQLite's own
// tests included.
package teststore

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"briefbot"

	"briefbot/storage/sqlite"
	"briefbot/topics"
)

// Open opens a new, empty store in a file under tb.TempDir(), and closes
// it when the test ends.
func Open(tb testing.TB) *sqlite.DB {
	tb.Helper()
	return OpenPath(tb, filepath.Join(tb.TempDir(), "briefbot.db"))
}

// OpenPath opens the store in the file at path, creating it when missing
// (a test that reopens a store, as after a crash, or shares one with the
// program it runs), and closes it when the test ends. Closing it earlier
// is allowed.
func OpenPath(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("open store %s: %v", path, err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("close store: %v", err)
		}
	})
	return db
}

// Holding is a new store, as Open makes, holding arts: each stored as
// given, its Ingested time ingested when it has none, and its search keys
// written as ingest writes them (see topics.Keys) when it has none.
func Holding(tb testing.TB, ingested time.Time, arts ...briefbot.Article) *sqlite.DB {
	tb.Helper()
	db := Open(tb)
	for _, a := range arts {
		if a.Ingested.IsZero() {
			a.Ingested = ingested
		}
		if _, err := db.AddArticle(context.Background(), Keyed(a)); err != nil {
			tb.Fatalf("store %q: %v", a.Title, err)
		}
	}
	return db
}

// Keyed is a with its search keys written as ingest writes them (see
// topics.Keys), unless it has keys of some version already.
func Keyed(a briefbot.Article) briefbot.Article {
	if a.KeysVersion == 0 {
		a.Keys, a.KeysVersion = topics.Keys(a), topics.KeysVersion
	}
	return a
}

// Package storetest is for tests: the one way other packages' tests open a
// store, and (in time) the contract every store passes.
package storetest

import (
	"context"
	"path/filepath"
	"testing"

	"briefbot/storage/sqlite"
)

// Open opens a new, empty store in a file under tb.TempDir(), and closes
// it when the test ends.
func Open(tb testing.TB) *sqlite.DB {
	tb.Helper()
	return OpenPath(tb, filepath.Join(tb.TempDir(), "briefbot.db"))
}

// OpenPath opens the store in the file at path (a test that reopens it, as
// after a crash), and closes it when the test ends.
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

package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"briefbot"
	"briefbot/storage/storetest"
)

// TestContract runs the store contract on SQLite. Each test's database is
// checked when the test ends: SQLite's integrity check and FTS5's check of
// the full-text index against the articles.
func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) briefbot.Store { return mustOpenChecked(t) })
}

// mustOpenChecked opens a new database in t.TempDir() and, when the test
// ends, checks it and closes it.
func mustOpenChecked(t *testing.T) *DB {
	t.Helper()
	db, err := Open(t.Context(), filepath.Join(t.TempDir(), "briefbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		problems, err := db.Check(context.Background())
		if err != nil || len(problems) > 0 {
			t.Errorf("check after the test: %q, %v", problems, err)
		}
		if err := db.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return db
}

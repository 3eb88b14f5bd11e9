package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"

	"briefbot"
)

// MustOpen opens a new database file in a temporary directory and closes it
// when the test ends.
func MustOpen(tb testing.TB) *DB {
	tb.Helper()
	return MustOpenPath(tb, filepath.Join(tb.TempDir(), "briefbot.db"))
}

// MustOpenPath opens the database file at path and closes it when the test
// ends.
func MustOpenPath(tb testing.TB, path string) *DB {
	tb.Helper()
	db, err := Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("Open(%q): %v", path, err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return db
}

func TestOpenRejectsPath(t *testing.T) {
	for _, tc := range []struct{ name, path string }{
		{"empty", ""},
		{"memory", ":memory:"},
		{"memory uri", "file::memory:"},
		{"query", filepath.Join(t.TempDir(), "x.db?mode=ro")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Open(context.Background(), tc.path)
			if got, want := briefbot.ErrorCode(err), briefbot.EInvalid; got != want {
				t.Errorf("Open(%q) code = %q, want %q (err %v)", tc.path, got, want, err)
			}
		})
	}
}

func TestMigrationsIdempotentOnReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "briefbot.db")
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open #%d: %v", i+1, err)
		}
		var got int
		err = db.read.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&got)
		if err != nil {
			t.Fatal(err)
		}
		if want := len(ms); got != want {
			t.Errorf("open #%d: %d migrations recorded, want %d", i+1, got, want)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "briefbot.db")
	db := MustOpenPath(t, path)
	_, err := db.write.ExecContext(ctx,
		`INSERT INTO schema_migrations (version, name) VALUES (9999, '9999_future.sql')`)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, path); err == nil {
		t.Fatal("Open of a database from a newer briefbot succeeded, want an error")
	}
}

// TestPragmasOnEveryConnection holds several connections of each pool at
// once, so each is a distinct SQLite connection, and checks each one's
// settings.
func TestPragmasOnEveryConnection(t *testing.T) {
	db := MustOpen(t)
	pools := []struct {
		name      string
		conns     int
		queryOnly int
	}{
		{"read", 4, 1},
		{"write", 1, 0},
	}
	for _, p := range pools {
		t.Run(p.name, func(t *testing.T) {
			pool := db.read
			if p.name == "write" {
				pool = db.write
			}
			for i := range p.conns {
				conn, err := pool.Conn(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				defer conn.Close()
				checkPragmas(t, conn, i, p.queryOnly)
			}
		})
	}
}

// checkPragmas checks the settings every connection must have.
func checkPragmas(t *testing.T, conn *sql.Conn, i, queryOnly int) {
	t.Helper()
	for _, tc := range []struct {
		pragma string
		want   string
	}{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"busy_timeout", busyTimeoutMS},
		{"synchronous", "1"}, // NORMAL
		{"query_only", fmt.Sprint(queryOnly)},
	} {
		var got string
		err := conn.QueryRowContext(context.Background(), "PRAGMA "+tc.pragma).Scan(&got)
		if err != nil {
			t.Fatalf("conn %d: PRAGMA %s: %v", i, tc.pragma, err)
		}
		if got != tc.want {
			t.Errorf("conn %d: PRAGMA %s = %q, want %q", i, tc.pragma, got, tc.want)
		}
	}
}

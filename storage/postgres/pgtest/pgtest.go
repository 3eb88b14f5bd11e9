// Package pgtest gives tests a PostgreSQL database of their own: a new,
// empty database per test on a shared server, dropped when the test
// ends, so that tests run in parallel and leave nothing behind.
//
// The server is the one BRIEFBOT_TEST_POSTGRES names (a postgres:// URL
// of a user allowed to create databases; .ci/run starts one). Without it,
// a package whose TestMain calls Main starts a private cluster of its own
// when PostgreSQL's initdb is installed (on PATH or in Debian's
// /usr/lib/postgresql/*/bin), in a temporary directory on a loopback
// port, and stops it when its tests end; so `go test ./...` runs the
// PostgreSQL tests on a machine that has PostgreSQL. With neither, the
// tests that need a server skip, and say why.
package pgtest

import (
	"context"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"testing"

	"briefbot/storage/postgres"
)

// EnvServer names the variable that holds the test server's URL.
const EnvServer = "BRIEFBOT_TEST_POSTGRES"

var (
	mu      sync.Mutex
	private *cluster // the cluster Main started, if any
	tried   bool     // Main tried to start one
	failure string   // why there is no server
	serial  atomic.Int64
)

// Main runs the tests of a package, first starting a private cluster when
// no server is named and PostgreSQL is installed, and stops it after.
// A package's TestMain is `func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }`.
func Main(m *testing.M) int {
	if os.Getenv(EnvServer) == "" {
		start()
		defer stop()
	}
	return m.Run()
}

// start starts the private cluster, recording why not when it cannot.
func start() {
	mu.Lock()
	defer mu.Unlock()
	tried = true
	c, err := startCluster()
	if err != nil {
		failure = err.Error()
		return
	}
	private = c
}

func stop() {
	mu.Lock()
	defer mu.Unlock()
	if private != nil {
		private.stop()
		private = nil
	}
}

// Server is the URL of the test server; the test skips when there is none.
func Server(tb testing.TB) string {
	tb.Helper()
	if u := os.Getenv(EnvServer); u != "" {
		return u
	}
	mu.Lock()
	defer mu.Unlock()
	switch {
	case private != nil:
		return private.url
	case !tried:
		tb.Skipf("no PostgreSQL: %s is unset and this package's TestMain does not call pgtest.Main", EnvServer)
	default:
		tb.Skipf("no PostgreSQL: %s is unset and no private cluster could be started: %s", EnvServer, failure)
	}
	return ""
}

// NewDatabase creates an empty database for the test on the test server
// and returns its URL; the database is dropped when the test ends, after
// the cleanups registered later (a store's Close) have run.
func NewDatabase(tb testing.TB) string {
	tb.Helper()
	server := Server(tb)
	name := fmt.Sprintf("briefbot_test_%d_%d", os.Getpid(), serial.Add(1))
	if err := postgres.CreateDatabase(context.Background(), server, name); err != nil {
		tb.Fatalf("create test database: %v", err)
	}
	tb.Cleanup(func() {
		if err := postgres.DropDatabase(context.Background(), server, name); err != nil {
			tb.Errorf("drop test database %s: %v", name, err)
		}
	})
	u, err := postgres.WithDatabase(server, name)
	if err != nil {
		tb.Fatal(err)
	}
	return u
}

// Open opens a store on a new database for the test, closed when the
// test ends.
func Open(tb testing.TB) *postgres.DB {
	tb.Helper()
	return OpenURL(tb, NewDatabase(tb))
}

// OpenURL opens the store at url, closed when the test ends (closing it
// earlier is allowed).
func OpenURL(tb testing.TB, url string) *postgres.DB {
	tb.Helper()
	db, err := postgres.Open(context.Background(), url, postgres.Options{})
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

package postgres_test

import (
	"os"
	"testing"

	"briefbot"
	"briefbot/storage/postgres/pgtest"
	"briefbot/storage/storetest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// TestContract runs the store contract on PostgreSQL, each test on a
// database of its own.
func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) briefbot.Store { return pgtest.Open(t) })
}

package sqlite

import (
	"flag"
	"path/filepath"
	"testing"

	"briefbot/storage/internal/migrationtest"
)

var update = flag.Bool("update", false, "record new migrations in testdata/migrations.golden")

// TestMigrationsNeverEdited fails when a migration that has landed changed:
// a schema change must be a new numbered file. -update records new files;
// it never rewrites the checksum of a recorded one.
func TestMigrationsNeverEdited(t *testing.T) {
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	files := make([]migrationtest.Migration, len(ms))
	for i, m := range ms {
		files[i] = migrationtest.Migration{Name: m.name, SQL: m.sql}
	}
	migrationtest.NeverEdited(t, files, filepath.Join("testdata", "migrations.golden"), *update, "storage/sqlite")
}

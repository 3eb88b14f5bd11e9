package postgres

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "record new migrations in testdata/migrations.golden")

// migrationsGolden records the checksum of every migration that has landed.
var migrationsGolden = filepath.Join("testdata", "migrations.golden")

// TestMigrationsNeverEdited fails when a migration that has landed changed:
// a schema change must be a new numbered file. -update records new files;
// it never rewrites the checksum of a recorded one.
func TestMigrationsNeverEdited(t *testing.T) {
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	recorded := readGolden(t)
	var added []string
	for _, m := range ms {
		// Line endings are normalised so a checkout that converts them passes.
		sum := sha256.Sum256([]byte(strings.ReplaceAll(m.sql, "\r\n", "\n")))
		got := hex.EncodeToString(sum[:])
		want, ok := recorded[m.name]
		switch {
		case !ok && *update:
			added = append(added, m.name+" "+got+"\n")
		case !ok:
			t.Errorf("%s is not recorded; run go test ./storage/postgres -run TestMigrationsNeverEdited -update", m.name)
		case got != want:
			t.Errorf("%s was edited after it landed; restore it and add a new migration instead", m.name)
		}
	}
	appendGolden(t, added)
}

// readGolden reads the recorded checksums by file name.
func readGolden(t *testing.T) map[string]string {
	t.Helper()
	b, err := os.ReadFile(migrationsGolden)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	sums := map[string]string{}
	for line := range strings.Lines(string(b)) {
		if name, sum, ok := strings.Cut(strings.TrimSpace(line), " "); ok {
			sums[name] = sum
		}
	}
	return sums
}

// appendGolden records the lines of new migrations.
func appendGolden(t *testing.T, lines []string) {
	t.Helper()
	if len(lines) == 0 {
		return
	}
	f, err := os.OpenFile(migrationsGolden, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(strings.Join(lines, "")); err != nil {
		t.Fatal(err)
	}
}

// Package migrationtest holds the rule both stores' migrations keep: a
// migration that has landed is never edited, so a schema change is a new
// numbered file. Each store's test hands it its embedded migrations.
package migrationtest

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strings"
	"testing"
)

// Migration is one numbered migration file: its name and its SQL.
type Migration struct{ Name, SQL string }

// NeverEdited fails when a migration recorded in the golden file changed,
// or when one is not recorded; with update it records the new ones (it
// never rewrites the checksum of a recorded one). pkg names the store's
// package in the message that says how to record them.
func NeverEdited(t *testing.T, ms []Migration, golden string, update bool, pkg string) {
	t.Helper()
	recorded := readGolden(t, golden)
	var added []string
	for _, m := range ms {
		// Line endings are normalised so a checkout that converts them passes.
		sum := sha256.Sum256([]byte(strings.ReplaceAll(m.SQL, "\r\n", "\n")))
		got := hex.EncodeToString(sum[:])
		want, ok := recorded[m.Name]
		switch {
		case !ok && update:
			added = append(added, m.Name+" "+got+"\n")
		case !ok:
			t.Errorf("%s is not recorded; run go test ./%s -run TestMigrationsNeverEdited -update", m.Name, pkg)
		case got != want:
			t.Errorf("%s was edited after it landed; restore it and add a new migration instead", m.Name)
		}
	}
	appendGolden(t, golden, added)
}

// readGolden reads the recorded checksums by file name.
func readGolden(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
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
func appendGolden(t *testing.T, path string, lines []string) {
	t.Helper()
	if len(lines) == 0 {
		return
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(strings.Join(lines, "")); err != nil {
		t.Fatal(err)
	}
}

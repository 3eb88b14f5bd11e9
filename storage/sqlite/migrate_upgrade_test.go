package sqlite

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
)

// TestUpgradeIsTold checks that OnUpgrade hears of each migration an
// older database lacks, and of none for a new file; and that an old
// database's articles are found again after the search index is rebuilt
// with keys (migration 0009).
func TestUpgradeIsTold(t *testing.T) {
	ctx := context.Background()
	var told []string
	opt := Options{OnUpgrade: func(m string) { told = append(told, m) }}

	fresh, err := OpenWith(ctx, filepath.Join(t.TempDir(), "new.db"), opt)
	if err != nil {
		t.Fatal(err)
	}
	fresh.Close()
	if len(told) != 0 {
		t.Errorf("a new file told of %q, want nothing", told)
	}

	path := filepath.Join(t.TempDir(), "old.db")
	mustCreateFirstSchema(t, path, wire, other)
	db, err := OpenWith(ctx, path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, m := range ms[1:] {
		want = append(want, m.name)
	}
	if !slices.Equal(told, want) {
		t.Errorf("told %q, want %q", told, want)
	}
	if got := searchIDs(t, db, terms("frankfurt")); len(got) != 1 || got[0] != 2 {
		t.Errorf("search frankfurt after the upgrade = %v, want [2]", got)
	}
	MustCheckIndex(t, db)
}

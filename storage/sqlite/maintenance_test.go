package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefbot"
)

func TestBackupIsAConsistentCopy(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	for i := range 50 {
		MustAdd(t, db, article("Storm "+string(rune('a'+i%26)), strings.Repeat("The storm hit the coast. ", i+1)))
	}
	path := filepath.Join(t.TempDir(), "copy.db")
	if err := db.Backup(ctx, path); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + ".partial"); !os.IsNotExist(err) {
		t.Errorf("the partial copy is left behind: %v", err)
	}
	cp := MustOpenPath(t, path)
	if got, want := mustStats(t, cp), mustStats(t, db); got != want {
		t.Errorf("copy holds %+v, want %+v", got, want)
	}
	if problems, err := cp.Check(ctx); err != nil || len(problems) > 0 {
		t.Errorf("copy check: %v, %v", problems, err)
	}
	if got := searchIDs(t, cp, terms("storm")); len(got) != 50 {
		t.Errorf("search in the copy found %d articles, want 50", len(got))
	}
	if v, err := cp.SchemaVersion(ctx); err != nil || v < 6 {
		t.Errorf("copy schema version %d, %v", v, err)
	}

	t.Run("an existing file is not replaced", func(t *testing.T) {
		err := db.Backup(ctx, path)
		if briefbot.ErrorCode(err) != briefbot.EConflict || !strings.Contains(briefbot.ErrorMessage(err), "exists already") {
			t.Errorf("err = %v, want a conflict naming the file", err)
		}
	})
}

func TestCheckFindsAnIndexOutOfStep(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	id := MustAdd(t, db, article("Talks", "Delegations met in Panmunjom."))
	if problems, err := db.Check(ctx); err != nil || len(problems) > 0 {
		t.Fatalf("a sound database: %v, %v", problems, err)
	}
	if err := db.Ping(ctx); err != nil {
		t.Fatal(err)
	}
	// Change the text under the index's feet: the index still holds the
	// old words.
	if _, err := db.write.ExecContext(ctx, `DROP TRIGGER articles_fts_update`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.ExecContext(ctx, `UPDATE articles SET text = 'Nothing of the kind.' WHERE id = ?`, id); err != nil {
		t.Fatal(err)
	}
	problems, err := db.Check(ctx)
	if err != nil || len(problems) != 1 || !strings.Contains(problems[0], "full-text index") {
		t.Errorf("check = %q, %v; want the index reported out of step", problems, err)
	}
}

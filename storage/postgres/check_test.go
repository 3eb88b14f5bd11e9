package postgres_test

import (
	"testing"

	"briefbot/storage/postgres"
	"briefbot/storage/postgres/pgtest"
)

func TestCheckSound(t *testing.T) {
	db := pgtest.Open(t)
	problems, err := db.Check(t.Context())
	if err != nil || len(problems) > 0 {
		t.Errorf("Check of a new database = %q, %v; want no problem", problems, err)
	}
	if v, err := db.SchemaVersion(t.Context()); err != nil || v != 2 {
		t.Errorf("SchemaVersion = %d, %v; want 2", v, err)
	}
}

func TestCheckFindsInvalidIndex(t *testing.T) {
	db := pgtest.Open(t)
	if err := postgres.Exec(t.Context(), db, `UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'articles_words'::regclass`); err != nil {
		t.Skipf("cannot mark an index invalid here (not a superuser): %v", err)
	}
	problems, err := db.Check(t.Context())
	if err != nil || len(problems) != 1 {
		t.Errorf("Check = %q, %v; want the invalid index", problems, err)
	}
}

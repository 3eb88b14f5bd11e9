package postgres

import (
	"context"
	"fmt"
)

// Check looks for what would make the store misbehave without failing at
// once, and returns the problems found; none when the database is sound.
// PostgreSQL keeps its own files consistent, so what is checked is what
// this store relies on: an index left invalid (by a failed build), and the
// unaccent extension that search folds words with. The error is for a
// check that could not run.
func (db *DB) Check(ctx context.Context) (problems []string, err error) {
	defer annotate(&err, "storage: check")
	rows, err := db.pool.Query(ctx, `
		SELECT c.relname FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indexrelid
		JOIN pg_namespace AS n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return nil, err
		}
		problems = append(problems, fmt.Sprintf("index %s is invalid: REINDEX INDEX %s", name, name))
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var folded string
	if err := db.pool.QueryRow(ctx, `SELECT unaccent('Corée')`).Scan(&folded); err != nil || folded != "Coree" {
		problems = append(problems, fmt.Sprintf("the unaccent extension does not fold accents (Corée -> %q, %v)", folded, err))
	}
	return problems, nil
}

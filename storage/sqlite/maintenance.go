package sqlite

import (
	"context"
	"errors"
	"fmt"
	"os"

	"briefbot"
)

// Ping checks that the database answers a query.
func (db *DB) Ping(ctx context.Context) (err error) {
	defer annotate(&err, "storage: ping")
	var one int
	return db.read.QueryRowContext(ctx, `SELECT 1`).Scan(&one)
}

// Check runs SQLite's integrity check over the whole file and FTS5's over
// the full-text index, and returns the problems they report; none when the
// database is sound. The error is for a check that could not run.
func (db *DB) Check(ctx context.Context) (problems []string, err error) {
	defer annotate(&err, "storage: check")
	rows, err := db.read.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return nil, err
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// FTS5 checks its index against the articles when asked by this
	// special insert, which writes nothing.
	_, err = db.write.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`)
	if isCorrupt(err) {
		return append(problems, "the full-text index is out of step with the articles: "+err.Error()), nil
	}
	return problems, err
}

// SchemaVersion is the number of the newest migration applied.
func (db *DB) SchemaVersion(ctx context.Context) (v int, err error) {
	defer annotate(&err, "storage: schema version")
	err = db.read.QueryRowContext(ctx, `SELECT ifnull(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// Backup writes a consistent copy of the database to path while others go
// on reading and writing it: SQLite's VACUUM INTO copies one snapshot,
// compacted. The copy is written beside path first and renamed into place
// when complete, so path never holds half a backup. An existing path is
// not replaced (EConflict).
func (db *DB) Backup(ctx context.Context, path string) (err error) {
	defer annotate(&err, "storage: backup")
	if err := checkPath(path); err != nil {
		return err
	}
	if _, err := os.Stat(path); err == nil {
		return briefbot.Errorf(briefbot.EConflict, "%s exists already; remove it or name another file", path)
	}
	partial := path + ".partial"
	if err := os.Remove(partial); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if _, err := db.write.ExecContext(ctx, `VACUUM INTO ?`, partial); err != nil {
		os.Remove(partial)
		return fmt.Errorf("copy to %s: %w", partial, err)
	}
	if err := os.Rename(partial, path); err != nil {
		os.Remove(partial)
		return err
	}
	return nil
}

package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
)

// Migrations are numbered SQL files, applied in order, each once. A
// migration that has landed is never edited: a schema change is a new file.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrationName is NNNN_words.sql; NNNN is the version.
var migrationName = regexp.MustCompile(`^([0-9]{4})_[a-z0-9_]+\.sql$`)

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations returns the embedded migrations in version order.
func loadMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		m, err := loadMigration(e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, m)
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i := 1; i < len(ms); i++ {
		if ms[i].version == ms[i-1].version {
			return nil, fmt.Errorf("two migrations numbered %04d", ms[i].version)
		}
	}
	return ms, nil
}

func loadMigration(name string) (migration, error) {
	match := migrationName.FindStringSubmatch(name)
	if match == nil {
		return migration{}, fmt.Errorf("migration file %q is not named NNNN_words.sql", name)
	}
	text, err := migrationFiles.ReadFile("migrations/" + name)
	if err != nil {
		return migration{}, err
	}
	version, _ := strconv.Atoi(match[1])
	return migration{version: version, name: name, sql: string(text)}, nil
}

// migrate applies the migrations the database lacks.
func (db *DB) migrate(ctx context.Context) (err error) {
	defer annotate(&err, "migrate")
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	return db.applyAll(ctx, ms)
}

// applyAll applies those of ms, in order, that the database lacks.
func (db *DB) applyAll(ctx context.Context, ms []migration) error {
	if _, err := db.write.ExecContext(ctx, `
		CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY,
			name    TEXT    NOT NULL,
			applied INTEGER NOT NULL DEFAULT (unixepoch())
		) STRICT`); err != nil {
		return err
	}
	latest, err := db.checkNotNewer(ctx, ms)
	if err != nil {
		return err
	}
	for _, m := range ms {
		if m.version > latest && latest > 0 && db.onUpgrade != nil {
			db.onUpgrade(m.name)
		}
		if err := db.apply(ctx, m); err != nil {
			return fmt.Errorf("%s: %w", m.name, err)
		}
	}
	return nil
}

// checkNotNewer refuses a database that a newer briefbot has migrated:
// this binary would not know its schema. It returns the database's
// version, 0 for a new file.
func (db *DB) checkNotNewer(ctx context.Context, ms []migration) (int, error) {
	var latest sql.NullInt64
	err := db.write.QueryRowContext(ctx,
		`SELECT max(version) FROM schema_migrations`).Scan(&latest)
	if err != nil {
		return 0, err
	}
	if known := ms[len(ms)-1].version; latest.Int64 > int64(known) {
		return 0, fmt.Errorf("database schema version %d is newer than this briefbot knows (%d)",
			latest.Int64, known)
	}
	return int(latest.Int64), nil
}

// apply runs m in its own transaction unless it has been applied already.
// The transaction takes the write lock as it begins, so two processes that
// open the same new file cannot both apply m.
func (db *DB) apply(ctx context.Context, m migration) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	err = tx.QueryRowContext(ctx,
		`SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&n)
	if err != nil || n > 0 {
		return err
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx,
		`INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, m.version, m.name)
	if err != nil {
		return err
	}
	return tx.Commit()
}

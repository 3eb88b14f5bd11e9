package postgres

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"

	"github.com/jackc/pgx/v5"
)

// Migrations are numbered SQL files, applied in order, each once. A
// migration that has landed is never edited: a schema change is a new file.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrationName is NNNN_words.sql; NNNN is the version.
var migrationName = regexp.MustCompile(`^([0-9]{4})_[a-z0-9_]+\.sql$`)

// migrateLock is the key of the advisory lock that one process holds while
// it migrates, so that replicas starting at once apply each migration once.
const migrateLock = 0x62726965666d6967 // "briefmig"

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
		match := migrationName.FindStringSubmatch(e.Name())
		if match == nil {
			return nil, fmt.Errorf("migration file %q is not named NNNN_words.sql", e.Name())
		}
		text, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		version, _ := strconv.Atoi(match[1])
		ms = append(ms, migration{version: version, name: e.Name(), sql: string(text)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i := 1; i < len(ms); i++ {
		if ms[i].version == ms[i-1].version {
			return nil, fmt.Errorf("two migrations numbered %04d", ms[i].version)
		}
	}
	return ms, nil
}

// migrate applies the migrations the database lacks, in one transaction
// that holds the migration lock.
func (db *DB) migrate(ctx context.Context) (err error) {
	defer annotate(&err, "migrate")
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	return db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrateLock)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `
			CREATE TABLE IF NOT EXISTS schema_migrations (
				version integer PRIMARY KEY,
				name    text    NOT NULL,
				applied timestamptz NOT NULL DEFAULT now()
			)`); err != nil {
			return err
		}
		return applyAll(ctx, tx, ms)
	})
}

// applyAll applies those of ms that tx's database lacks, refusing a
// database that a newer briefbot has migrated.
func applyAll(ctx context.Context, tx pgx.Tx, ms []migration) error {
	var latest int
	if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&latest); err != nil {
		return err
	}
	if known := ms[len(ms)-1].version; latest > known {
		return fmt.Errorf("database schema version %d is newer than this briefbot knows (%d)", latest, known)
	}
	for _, m := range ms {
		if m.version <= latest {
			continue
		}
		if _, err := tx.Exec(ctx, m.sql); err != nil {
			return fmt.Errorf("%s: %w", m.name, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.version, m.name); err != nil {
			return err
		}
	}
	return nil
}

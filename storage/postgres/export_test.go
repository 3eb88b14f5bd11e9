package postgres

import "context"

// Exec runs a statement on the store's pool, for tests that damage a
// database on purpose.
func Exec(ctx context.Context, db *DB, sql string) error {
	_, err := db.pool.Exec(ctx, sql)
	return err
}

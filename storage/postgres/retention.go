package postgres

import (
	"context"
	"time"
)

// deleteChunk is how many articles one transaction of DeleteSeenBefore
// removes, so that a first clean-up of a large database holds its locks
// briefly.
const deleteChunk = 1000

// DeleteSamples removes the articles of the bundled sample corpus and
// returns how many it removed.
func (db *DB) DeleteSamples(ctx context.Context) (_ int, err error) {
	defer annotate(&err, "storage: delete samples")
	tag, err := db.pool.Exec(ctx, `DELETE FROM articles WHERE sample`)
	return int(tag.RowsAffected()), err
}

// DeleteSeenBefore removes the articles seen before t, samples included,
// and returns how many; it works in transactions of deleteChunk articles.
// The zero t removes nothing.
func (db *DB) DeleteSeenBefore(ctx context.Context, t time.Time) (_ int, err error) {
	defer annotate(&err, "storage: delete seen before")
	if t.IsZero() {
		return 0, nil
	}
	_, before := boundsUnix(time.Time{}, t)
	total := 0
	for {
		tag, err := db.pool.Exec(ctx, `DELETE FROM articles WHERE id IN (
			SELECT id FROM articles WHERE seen < $1 ORDER BY seen LIMIT $2)`, before, deleteChunk)
		n := int(tag.RowsAffected())
		total += n
		if err != nil || n < deleteChunk {
			return total, err
		}
	}
}

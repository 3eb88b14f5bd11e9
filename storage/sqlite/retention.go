package sqlite

import (
	"context"
	"time"
)

// deleteChunk is how many articles one transaction of DeleteSeenBefore
// removes, so that a first clean-up of a large database never holds the
// write lock for long.
const deleteChunk = 1000

// DeleteSamples removes the articles of the bundled sample corpus and
// returns how many it removed.
func (db *DB) DeleteSamples(ctx context.Context) (_ int, err error) {
	defer annotate(&err, "storage: delete samples")
	res, err := db.write.ExecContext(ctx, `DELETE FROM articles WHERE sample = 1`)
	db.stories.reset()
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// DeleteSeenBefore removes the articles seen before t, samples included,
// with their full-text index entries, and returns how many it removed. It
// works in transactions of deleteChunk articles; when it fails, those
// removed before stay removed and are counted. The zero t removes nothing.
func (db *DB) DeleteSeenBefore(ctx context.Context, t time.Time) (_ int, err error) {
	defer annotate(&err, "storage: delete seen before")
	if t.IsZero() {
		return 0, nil
	}
	_, before := boundsUnix(time.Time{}, t)
	total := 0
	for {
		n, err := db.deleteSeenChunk(ctx, before)
		total += n
		if err != nil || n < deleteChunk {
			return total, err
		}
	}
}

// deleteSeenChunk removes up to deleteChunk articles seen before the unix
// second before.
func (db *DB) deleteSeenChunk(ctx context.Context, before int64) (int, error) {
	res, err := db.write.ExecContext(ctx, `
		DELETE FROM articles WHERE id IN (
			SELECT id FROM articles WHERE seen < ? ORDER BY seen LIMIT ?)`, before, deleteChunk)
	db.stories.reset()
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	return int(n), err
}

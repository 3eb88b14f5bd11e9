package postgres

import (
	"context"
	"time"

	"briefbot"

	"github.com/jackc/pgx/v5"
)

// UnseenItems returns the keys among keys that were never marked seen for
// the feed, in the order given, each once. ENotFound when there is no such
// feed.
func (db *DB) UnseenItems(ctx context.Context, feedID int64, keys []string) (_ []string, err error) {
	defer annotate(&err, "storage: unseen items")
	if err := feedExists(ctx, db.pool, feedID); err != nil {
		return nil, err
	}
	rows, err := db.pool.Query(ctx, `SELECT key FROM feed_items WHERE feed_id = $1 AND key = ANY ($2::text[])`,
		feedID, list(keys))
	if err != nil {
		return nil, err
	}
	taken, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool, len(taken))
	for _, k := range taken {
		seen[k] = true
	}
	var unseen []string
	for _, k := range keys {
		if !seen[k] {
			unseen = append(unseen, k)
			seen[k] = true // each key once
		}
	}
	return unseen, nil
}

// MarkItemsSeen records keys as taken from the feed at the time at; a key
// taken before keeps its first time.
func (db *DB) MarkItemsSeen(ctx context.Context, feedID int64, keys []string, at time.Time) (err error) {
	defer annotate(&err, "storage: mark items seen")
	if at.IsZero() {
		return briefbot.Errorf(briefbot.EInvalid, "items of feed %d marked seen at no time", feedID)
	}
	return db.inTx(ctx, func(tx pgx.Tx) error {
		if err := feedExists(ctx, tx, feedID); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `
			INSERT INTO feed_items (feed_id, key, seen_at)
			SELECT $1, k, $3 FROM unnest($2::text[]) AS k
			ON CONFLICT (feed_id, key) DO NOTHING`, feedID, list(keys), at.Unix())
		return err
	})
}

// querier is a pool or a transaction.
type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// feedExists is nil when there is a feed id, else ENotFound.
func feedExists(ctx context.Context, q querier, id int64) error {
	var found bool
	err := q.QueryRow(ctx, `SELECT exists (SELECT 1 FROM feeds WHERE id = $1)`, id).Scan(&found)
	if err == nil && !found {
		return feedNotFound(id)
	}
	return err
}

// ForgetItems deletes the feed's item records first seen before before
// whose keys are not among current, and returns how many.
func (db *DB) ForgetItems(ctx context.Context, feedID int64, current []string, before time.Time) (_ int, err error) {
	defer annotate(&err, "storage: forget items")
	tag, err := db.pool.Exec(ctx, `DELETE FROM feed_items
		WHERE feed_id = $1 AND seen_at < $2 AND NOT (key = ANY ($3::text[]))`,
		feedID, before.Unix(), list(current))
	return int(tag.RowsAffected()), err
}

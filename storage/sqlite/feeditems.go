package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"time"

	"briefbot"
)

// maxKeysPerQuery bounds the parameters of one UnseenItems query, well
// under SQLite's limit on bound parameters.
const maxKeysPerQuery = 500

// UnseenItems returns the keys among keys that were never marked seen for
// the feed feedID, in the order given, each once. ENotFound when there is
// no such feed.
func (db *DB) UnseenItems(ctx context.Context, feedID int64, keys []string) (_ []string, err error) {
	defer annotate(&err, "storage: unseen items")
	if err := feedExists(ctx, db.read, feedID); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for chunk := range slices.Chunk(keys, maxKeysPerQuery) {
		if err := markSeenKeys(ctx, db.read, feedID, chunk, seen); err != nil {
			return nil, err
		}
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

// markSeenKeys sets seen[k] for each of keys that the feed has taken.
func markSeenKeys(ctx context.Context, q querier, feedID int64, keys []string, seen map[string]bool) error {
	args := make([]any, 0, len(keys)+1)
	args = append(args, feedID)
	for _, k := range keys {
		args = append(args, k)
	}
	rows, err := q.QueryContext(ctx, `
		SELECT key FROM feed_items
		WHERE feed_id = ? AND key IN (?`+strings.Repeat(", ?", len(keys)-1)+`)`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return err
		}
		seen[k] = true
	}
	return rows.Err()
}

// MarkItemsSeen records keys as taken from the feed feedID at the time at;
// a key taken before keeps its first time. ENotFound when there is no such
// feed.
func (db *DB) MarkItemsSeen(ctx context.Context, feedID int64, keys []string, at time.Time) (err error) {
	defer annotate(&err, "storage: mark items seen")
	if at.IsZero() {
		return briefbot.Errorf(briefbot.EInvalid, "items of feed %d marked seen at no time", feedID)
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := feedExists(ctx, tx, feedID); err != nil {
		return err
	}
	stmt, err := tx.PrepareContext(ctx, `
		INSERT INTO feed_items (feed_id, key, seen_at) VALUES (?, ?, ?)
		ON CONFLICT (feed_id, key) DO NOTHING`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, k := range keys {
		if _, err := stmt.ExecContext(ctx, feedID, k, at.Unix()); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// querier is a *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// feedExists is nil when there is a feed id, else ENotFound.
func feedExists(ctx context.Context, q querier, id int64) error {
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM feeds WHERE id = ?`, id).Scan(&n)
	if err == nil && n == 0 {
		return feedNotFound(id)
	}
	return err
}

// ForgetItems deletes the feed's item records first seen before before
// whose keys are not among current (the items the feed lists now): such an
// item has left the feed and cannot come back as new, so its record is no
// longer needed. It returns how many were deleted.
func (db *DB) ForgetItems(ctx context.Context, feedID int64, current []string, before time.Time) (_ int, err error) {
	defer annotate(&err, "storage: forget items")
	rows, err := db.read.QueryContext(ctx, `SELECT key FROM feed_items WHERE feed_id = ? AND seen_at < ?`, feedID, before.Unix())
	if err != nil {
		return 0, err
	}
	keep := make(map[string]bool, len(current))
	for _, k := range current {
		keep[k] = true
	}
	var gone []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return 0, err
		}
		if !keep[k] {
			gone = append(gone, k)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return 0, err
	}
	return db.deleteItems(ctx, feedID, gone)
}

func (db *DB) deleteItems(ctx context.Context, feedID int64, keys []string) (int, error) {
	n := 0
	for chunk := range slices.Chunk(keys, maxKeysPerQuery) {
		args := []any{feedID}
		for _, k := range chunk {
			args = append(args, k)
		}
		res, err := db.write.ExecContext(ctx, `DELETE FROM feed_items WHERE feed_id = ? AND key IN (?`+strings.Repeat(", ?", len(chunk)-1)+`)`, args...)
		if err != nil {
			return n, err
		}
		m, err := res.RowsAffected()
		if err != nil {
			return n, err
		}
		n += int(m)
	}
	return n, nil
}

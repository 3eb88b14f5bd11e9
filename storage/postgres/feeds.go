package postgres

import (
	"context"
	"time"

	"briefbot"

	"github.com/jackc/pgx/v5"
)

// feedColumns lists the feeds columns that scanFeed reads, in its order.
const feedColumns = `id, url, name, lang, interval_s, enabled, added, etag, last_modified,
	last_check, last_success, last_error, failures, failing_since, next_check`

// AddFeed follows the feed f and returns it as stored; EConflict when a
// feed with that URL is followed already.
func (db *DB) AddFeed(ctx context.Context, f briefbot.Feed) (_ briefbot.Feed, err error) {
	defer annotate(&err, "storage: add feed")
	f.URL = briefbot.CanonicalURL(f.URL)
	if err := validateFeed(f); err != nil {
		return briefbot.Feed{}, err
	}
	got, err := scanFeed(db.pool.QueryRow(ctx, `
		INSERT INTO feeds (url, name, lang, interval_s, enabled, added, etag, last_modified,
			last_check, last_success, last_error, failures, failing_since, next_check)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
		RETURNING `+feedColumns,
		f.URL, f.Name, f.Lang, seconds(f.Interval), f.Enabled, nullUnix(f.Added), f.ETag,
		f.LastModified, nullUnix(f.LastCheck), nullUnix(f.LastSuccess), f.LastError,
		f.Failures, nullUnix(f.FailingSince), nullUnix(f.NextCheck)))
	if hasCode(err, uniqueViolation) {
		return briefbot.Feed{}, briefbot.Errorf(briefbot.EConflict, "feed %s is followed already", f.URL)
	}
	return got, err
}

// validateFeed checks what the schema cannot express to a user.
func validateFeed(f briefbot.Feed) error {
	switch {
	case f.URL == "":
		return briefbot.Errorf(briefbot.EInvalid, "feed has no URL")
	case f.Interval < 0:
		return briefbot.Errorf(briefbot.EInvalid, "feed %s: interval %v is negative", f.URL, f.Interval)
	}
	return validateFeedState(f)
}

// validateFeedState checks the polling state of f.
func validateFeedState(f briefbot.Feed) error {
	if f.Failures < 0 {
		return briefbot.Errorf(briefbot.EInvalid, "feed %d: failure count %d is negative", f.ID, f.Failures)
	}
	return nil
}

// Feeds lists every feed, by id.
func (db *DB) Feeds(ctx context.Context) (_ []briefbot.Feed, err error) {
	defer annotate(&err, "storage: feeds")
	return scanFeeds(db.pool.Query(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY id`))
}

// FeedByID returns the feed with the given id; ENotFound when there is none.
func (db *DB) FeedByID(ctx context.Context, id int64) (_ briefbot.Feed, err error) {
	defer annotate(&err, "storage: feed by id")
	f, err := scanFeed(db.pool.QueryRow(ctx, `SELECT `+feedColumns+` FROM feeds WHERE id = $1`, id))
	if noRows(err) {
		return briefbot.Feed{}, feedNotFound(id)
	}
	return f, err
}

// RemoveFeed stops following a feed and forgets its items; its articles
// stay, with no feed.
func (db *DB) RemoveFeed(ctx context.Context, id int64) (err error) {
	defer annotate(&err, "storage: remove feed")
	tag, err := db.pool.Exec(ctx, `DELETE FROM feeds WHERE id = $1`, id)
	return mustAffect(tag, err, "feed %d not found", id)
}

// SaveFeedState stores f's polling state and Enabled flag.
func (db *DB) SaveFeedState(ctx context.Context, f briefbot.Feed) (err error) {
	defer annotate(&err, "storage: save feed state")
	if err := validateFeedState(f); err != nil {
		return err
	}
	tag, err := db.pool.Exec(ctx, `
		UPDATE feeds SET enabled = $1, etag = $2, last_modified = $3, last_check = $4,
			last_success = $5, last_error = $6, failures = $7, failing_since = $8, next_check = $9
		WHERE id = $10`,
		f.Enabled, f.ETag, f.LastModified, nullUnix(f.LastCheck), nullUnix(f.LastSuccess),
		f.LastError, f.Failures, nullUnix(f.FailingSince), nullUnix(f.NextCheck), f.ID)
	return mustAffect(tag, err, "feed %d not found", f.ID)
}

// DueFeeds returns up to limit enabled feeds whose NextCheck is at or
// before now, the most overdue first; a feed with no NextCheck first.
func (db *DB) DueFeeds(ctx context.Context, now time.Time, limit int) (_ []briefbot.Feed, err error) {
	defer annotate(&err, "storage: due feeds")
	if limit, err = resolveLimit(limit); err != nil {
		return nil, err
	}
	return scanFeeds(db.pool.Query(ctx, `SELECT `+feedColumns+` FROM feeds
		WHERE enabled AND (next_check IS NULL OR next_check <= $1)
		ORDER BY next_check NULLS FIRST, id LIMIT $2`, now.Unix(), limit))
}

// feedNotFound is the error for a feed id that names no feed.
func feedNotFound(id int64) error {
	return briefbot.Errorf(briefbot.ENotFound, "feed %d not found", id)
}

// scanFeed reads the feedColumns of one row.
func scanFeed(row pgx.Row) (briefbot.Feed, error) {
	var (
		f                                              briefbot.Feed
		interval                                       int64
		added, check, success, failingSince, nextCheck *int64
	)
	err := row.Scan(&f.ID, &f.URL, &f.Name, &f.Lang, &interval, &f.Enabled, &added, &f.ETag,
		&f.LastModified, &check, &success, &f.LastError, &f.Failures, &failingSince, &nextCheck)
	if err != nil {
		return briefbot.Feed{}, err
	}
	f.Interval = time.Duration(interval) * time.Second
	f.Added, f.LastCheck, f.LastSuccess = timeOf(added), timeOf(check), timeOf(success)
	f.FailingSince, f.NextCheck = timeOf(failingSince), timeOf(nextCheck)
	return f, nil
}

// scanFeeds reads every row of rows with scanFeed.
func scanFeeds(rows pgx.Rows, err error) ([]briefbot.Feed, error) {
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (briefbot.Feed, error) { return scanFeed(r) })
}

// seconds is d in whole seconds.
func seconds(d time.Duration) int64 { return int64(d / time.Second) }

// ClaimDueFeeds returns up to limit enabled feeds due at now, the most
// overdue first, as they were, and moves their next check to leaseUntil
// in the same statement: the poll that claimed a feed saves its real next
// check, and a feed whose poller died is due again at leaseUntil. Rows
// another process is claiming are skipped (FOR UPDATE SKIP LOCKED), so
// processes that claim at once get different feeds and never wait.
func (db *DB) ClaimDueFeeds(ctx context.Context, now, leaseUntil time.Time, limit int) (_ []briefbot.Feed, err error) {
	defer annotate(&err, "storage: claim due feeds")
	if limit, err = resolveLimit(limit); err != nil {
		return nil, err
	}
	return scanFeeds(db.pool.Query(ctx, `
		WITH due AS (
			SELECT `+feedColumns+` FROM feeds
			WHERE enabled AND (next_check IS NULL OR next_check <= $1)
			ORDER BY next_check NULLS FIRST, id LIMIT $3
			FOR UPDATE SKIP LOCKED),
		claimed AS (UPDATE feeds SET next_check = $2 FROM due WHERE feeds.id = due.id)
		SELECT `+feedColumns+` FROM due ORDER BY next_check NULLS FIRST, id`,
		now.Unix(), leaseUntil.Unix(), limit))
}

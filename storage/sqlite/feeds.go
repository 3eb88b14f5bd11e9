package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"briefbot"
)

// feedColumns lists the feeds columns that scanFeed reads, in its order.
const feedColumns = `id, url, name, lang, interval_s, enabled, added, etag, last_modified,
	last_check, last_success, last_error, failures, failing_since, next_check`

// AddFeed follows the feed f and returns it as stored: with its id, its URL
// canonical (see briefbot.CanonicalURL), times to the second and the
// interval to the second. Every field is stored, polling state included.
// EConflict when a feed with that URL is followed already.
func (db *DB) AddFeed(ctx context.Context, f briefbot.Feed) (_ briefbot.Feed, err error) {
	defer annotate(&err, "storage: add feed")
	f.URL = briefbot.CanonicalURL(f.URL)
	if err := validateFeed(f); err != nil {
		return briefbot.Feed{}, err
	}
	row := db.write.QueryRowContext(ctx, `
		INSERT INTO feeds (url, name, lang, interval_s, enabled, added, etag, last_modified,
			last_check, last_success, last_error, failures, failing_since, next_check)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		RETURNING `+feedColumns,
		f.URL, f.Name, f.Lang, seconds(f.Interval), f.Enabled, nullUnix(f.Added), f.ETag,
		f.LastModified, nullUnix(f.LastCheck), nullUnix(f.LastSuccess), f.LastError,
		f.Failures, nullUnix(f.FailingSince), nullUnix(f.NextCheck))
	got, err := scanFeed(row)
	if isUniqueViolation(err) {
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
	rows, err := db.read.QueryContext(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY id`)
	if err != nil {
		return nil, err
	}
	return scanFeeds(rows)
}

// FeedByID returns the feed with the given id; ENotFound when there is none.
func (db *DB) FeedByID(ctx context.Context, id int64) (_ briefbot.Feed, err error) {
	defer annotate(&err, "storage: feed by id")
	row := db.read.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds WHERE id = ?`, id)
	f, err := scanFeed(row)
	if errors.Is(err, sql.ErrNoRows) {
		return briefbot.Feed{}, feedNotFound(id)
	}
	return f, err
}

// RemoveFeed stops following a feed and forgets its items; its articles
// stay, with no feed. ENotFound when there is no such feed.
func (db *DB) RemoveFeed(ctx context.Context, id int64) (err error) {
	defer annotate(&err, "storage: remove feed")
	res, err := db.write.ExecContext(ctx, `DELETE FROM feeds WHERE id = ?`, id)
	if err != nil {
		return err
	}
	return mustAffect(res, "feed %d not found", id)
}

// SaveFeedState stores f's polling state and Enabled flag; its URL, name,
// language and interval are left as they are. ENotFound when there is no
// feed f.ID.
func (db *DB) SaveFeedState(ctx context.Context, f briefbot.Feed) (err error) {
	defer annotate(&err, "storage: save feed state")
	if err := validateFeedState(f); err != nil {
		return err
	}
	res, err := db.write.ExecContext(ctx, `
		UPDATE feeds SET enabled = ?, etag = ?, last_modified = ?, last_check = ?,
			last_success = ?, last_error = ?, failures = ?, failing_since = ?, next_check = ?
		WHERE id = ?`,
		f.Enabled, f.ETag, f.LastModified, nullUnix(f.LastCheck), nullUnix(f.LastSuccess),
		f.LastError, f.Failures, nullUnix(f.FailingSince), nullUnix(f.NextCheck), f.ID)
	if err != nil {
		return err
	}
	return mustAffect(res, "feed %d not found", f.ID)
}

// DueFeeds returns up to limit (0: DefaultLimit; at most MaxLimit) enabled
// feeds whose NextCheck is at or before now, to the second, the most
// overdue first; a feed with no NextCheck is the most overdue.
func (db *DB) DueFeeds(ctx context.Context, now time.Time, limit int) (_ []briefbot.Feed, err error) {
	defer annotate(&err, "storage: due feeds")
	if limit, err = resolveLimit(limit); err != nil {
		return nil, err
	}
	rows, err := db.read.QueryContext(ctx, `
		SELECT `+feedColumns+` FROM feeds
		WHERE enabled = 1 AND (next_check IS NULL OR next_check <= ?)
		ORDER BY next_check, id
		LIMIT ?`, now.Unix(), limit)
	if err != nil {
		return nil, err
	}
	return scanFeeds(rows)
}

// feedNotFound is the error for a feed id that names no feed.
func feedNotFound(id int64) error {
	return briefbot.Errorf(briefbot.ENotFound, "feed %d not found", id)
}

// scanFeed reads the feedColumns of one row.
func scanFeed(s scanner) (briefbot.Feed, error) {
	var (
		f                                              briefbot.Feed
		interval                                       int64
		added, check, success, failingSince, nextCheck sql.NullInt64
	)
	err := s.Scan(&f.ID, &f.URL, &f.Name, &f.Lang, &interval, &f.Enabled, &added, &f.ETag,
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
func scanFeeds(rows *sql.Rows) ([]briefbot.Feed, error) {
	defer rows.Close()
	var fs []briefbot.Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, err
		}
		fs = append(fs, f)
	}
	return fs, rows.Err()
}

// seconds is d in whole seconds.
func seconds(d time.Duration) int64 { return int64(d / time.Second) }

// timeOf is the UTC time of nullable unix seconds; NULL is the zero time.
func timeOf(sec sql.NullInt64) time.Time {
	if !sec.Valid {
		return time.Time{}
	}
	return fromUnix(sec.Int64)
}

package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"briefbot"
)

const subscriptionColumns = `id, platform, chat_id, topic, local_time, zone, notify_empty,
	created, paused, last_date, last_digest, lang`

// Subscribe adds s, or updates the chat's subscription to the same topic.
func (db *DB) Subscribe(ctx context.Context, s briefbot.Subscription) (_ briefbot.Subscription, err error) {
	defer annotate(&err, "storage: subscribe")
	if err := validateChat(s.Chat); err != nil {
		return s, err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return s, err
	}
	defer tx.Rollback()
	if err := checkSubscriptionLimit(ctx, tx, s); err != nil {
		return s, err
	}
	row := tx.QueryRowContext(ctx, `
		INSERT INTO subscriptions (platform, chat_id, topic, local_time, zone, notify_empty, created, lang)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (platform, chat_id, topic) DO UPDATE SET
			local_time = excluded.local_time, zone = excluded.zone,
			notify_empty = excluded.notify_empty, lang = excluded.lang, paused = ''
		RETURNING `+subscriptionColumns,
		s.Chat.Platform, s.Chat.ID, s.Topic, s.LocalTime, s.Zone, s.NotifyEmpty, s.Created.Unix(), s.Lang)
	var r subscriptionRow
	if err := row.Scan(subscriptionDest(&s, &r)...); err != nil {
		return s, err
	}
	r.fill(&s)
	return s, tx.Commit()
}

// checkSubscriptionLimit refuses a new topic for a chat that has
// briefbot.MaxSubscriptionsPerChat already.
func checkSubscriptionLimit(ctx context.Context, tx *sql.Tx, s briefbot.Subscription) error {
	var n int
	err := tx.QueryRowContext(ctx, `
		SELECT count(*) FROM subscriptions WHERE platform = ? AND chat_id = ? AND topic <> ?`,
		s.Chat.Platform, s.Chat.ID, s.Topic).Scan(&n)
	if err != nil {
		return err
	}
	if n >= briefbot.MaxSubscriptionsPerChat {
		return briefbot.Errorf(briefbot.EInvalid,
			"This chat already follows %d topics, the most it may. Drop one with /unsubscribe <topic> first.", n)
	}
	return nil
}

// Unsubscribe removes one subscription of the chat, or all when topic is "".
func (db *DB) Unsubscribe(ctx context.Context, chat briefbot.ChatRef, topic string) (_ int, err error) {
	defer annotate(&err, "storage: unsubscribe")
	res, err := db.write.ExecContext(ctx, `
		DELETE FROM subscriptions WHERE platform = ? AND chat_id = ? AND (? = '' OR topic = ?)`,
		chat.Platform, chat.ID, topic, topic)
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// Subscriptions lists a chat's subscriptions by topic.
func (db *DB) Subscriptions(ctx context.Context, chat briefbot.ChatRef) (_ []briefbot.Subscription, err error) {
	defer annotate(&err, "storage: subscriptions")
	return db.querySubscriptions(ctx, `SELECT `+subscriptionColumns+` FROM subscriptions
		WHERE platform = ? AND chat_id = ? ORDER BY topic`, chat.Platform, chat.ID)
}

// AllSubscriptions lists every subscription by id.
func (db *DB) AllSubscriptions(ctx context.Context) (_ []briefbot.Subscription, err error) {
	defer annotate(&err, "storage: all subscriptions")
	return db.querySubscriptions(ctx, `SELECT `+subscriptionColumns+` FROM subscriptions ORDER BY id`)
}

// PauseChat pauses every subscription of the chat.
func (db *DB) PauseChat(ctx context.Context, chat briefbot.ChatRef, reason string) (err error) {
	defer annotate(&err, "storage: pause chat")
	_, err = db.write.ExecContext(ctx, `UPDATE subscriptions SET paused = ? WHERE platform = ? AND chat_id = ?`,
		reason, chat.Platform, chat.ID)
	return err
}

// SetChatZone sets the chat's time zone.
func (db *DB) SetChatZone(ctx context.Context, chat briefbot.ChatRef, zone string) (err error) {
	defer annotate(&err, "storage: set chat zone")
	if err := validateChat(chat); err != nil {
		return err
	}
	_, err = db.write.ExecContext(ctx, `
		INSERT INTO chat_settings (platform, chat_id, zone) VALUES (?, ?, ?)
		ON CONFLICT (platform, chat_id) DO UPDATE SET zone = excluded.zone`,
		chat.Platform, chat.ID, zone)
	return err
}

// ChatZone returns the chat's time zone, "" when it set none.
func (db *DB) ChatZone(ctx context.Context, chat briefbot.ChatRef) (_ string, err error) {
	defer annotate(&err, "storage: chat zone")
	var zone string
	err = db.read.QueryRowContext(ctx, `SELECT zone FROM chat_settings WHERE platform = ? AND chat_id = ?`,
		chat.Platform, chat.ID).Scan(&zone)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return zone, err
}

func (db *DB) querySubscriptions(ctx context.Context, query string, args ...any) ([]briefbot.Subscription, error) {
	rows, err := db.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var subs []briefbot.Subscription
	for rows.Next() {
		var s briefbot.Subscription
		var r subscriptionRow
		if err := rows.Scan(subscriptionDest(&s, &r)...); err != nil {
			return nil, err
		}
		r.fill(&s)
		subs = append(subs, s)
	}
	return subs, rows.Err()
}

// subscriptionRow holds the columns that need converting after a scan.
type subscriptionRow struct {
	created, lastDigest int64
}

func subscriptionDest(s *briefbot.Subscription, r *subscriptionRow) []any {
	return []any{&s.ID, &s.Chat.Platform, &s.Chat.ID, &s.Topic, &s.LocalTime, &s.Zone, &s.NotifyEmpty,
		&r.created, &s.Paused, &s.LastDate, &r.lastDigest, &s.Lang}
}

func (r subscriptionRow) fill(s *briefbot.Subscription) {
	s.Created = fromUnix(r.created)
	if r.lastDigest != 0 {
		s.LastDigest = fromUnix(r.lastDigest)
	}
}

// unixOrZero stores the zero time as 0.
func unixOrZero(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

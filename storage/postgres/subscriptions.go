package postgres

import (
	"context"

	"briefbot"

	"github.com/jackc/pgx/v5"
)

const subscriptionColumns = `id, platform, chat_id, topic, local_time, zone, notify_empty,
	created, paused, last_date, last_digest, lang`

// subscribeLock serialises the subscriptions of one chat (the lock's key
// is the chat's), so that two replicas cannot both add a topic past the
// chat's limit.
const subscribeLock = `SELECT pg_advisory_xact_lock(hashtextextended($1 || ':' || $2, 0))`

// Subscribe adds s, or updates the chat's subscription to the same topic.
func (db *DB) Subscribe(ctx context.Context, s briefbot.Subscription) (_ briefbot.Subscription, err error) {
	defer annotate(&err, "storage: subscribe")
	if err := validateChat(s.Chat); err != nil {
		return s, err
	}
	err = db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, subscribeLock, s.Chat.Platform, s.Chat.ID); err != nil {
			return err
		}
		if err := checkSubscriptionLimit(ctx, tx, s); err != nil {
			return err
		}
		var err error
		s, err = scanSubscription(tx.QueryRow(ctx, `
			INSERT INTO subscriptions (platform, chat_id, topic, local_time, zone, notify_empty, created, lang)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
			ON CONFLICT (platform, chat_id, topic) DO UPDATE SET
				local_time = excluded.local_time, zone = excluded.zone,
				notify_empty = excluded.notify_empty, lang = excluded.lang, paused = ''
			RETURNING `+subscriptionColumns,
			s.Chat.Platform, s.Chat.ID, s.Topic, s.LocalTime, s.Zone, s.NotifyEmpty, s.Created.Unix(), s.Lang))
		return err
	})
	return s, err
}

// checkSubscriptionLimit refuses a new topic for a chat that has
// briefbot.MaxSubscriptionsPerChat already.
func checkSubscriptionLimit(ctx context.Context, tx pgx.Tx, s briefbot.Subscription) error {
	var n int
	err := tx.QueryRow(ctx, `SELECT count(*) FROM subscriptions WHERE platform = $1 AND chat_id = $2 AND topic <> $3`,
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
	tag, err := db.pool.Exec(ctx, `DELETE FROM subscriptions
		WHERE platform = $1 AND chat_id = $2 AND ($3 = '' OR topic = $3)`, chat.Platform, chat.ID, topic)
	return int(tag.RowsAffected()), err
}

// Subscriptions lists a chat's subscriptions by topic.
func (db *DB) Subscriptions(ctx context.Context, chat briefbot.ChatRef) (_ []briefbot.Subscription, err error) {
	defer annotate(&err, "storage: subscriptions")
	return scanSubscriptions(db.pool.Query(ctx, `SELECT `+subscriptionColumns+` FROM subscriptions
		WHERE platform = $1 AND chat_id = $2 ORDER BY topic`, chat.Platform, chat.ID))
}

// AllSubscriptions lists every subscription by id.
func (db *DB) AllSubscriptions(ctx context.Context) (_ []briefbot.Subscription, err error) {
	defer annotate(&err, "storage: all subscriptions")
	return scanSubscriptions(db.pool.Query(ctx, `SELECT `+subscriptionColumns+` FROM subscriptions ORDER BY id`))
}

// PauseChat pauses every subscription of the chat.
func (db *DB) PauseChat(ctx context.Context, chat briefbot.ChatRef, reason string) (err error) {
	defer annotate(&err, "storage: pause chat")
	_, err = db.pool.Exec(ctx, `UPDATE subscriptions SET paused = $1 WHERE platform = $2 AND chat_id = $3`,
		reason, chat.Platform, chat.ID)
	return err
}

func scanSubscription(row pgx.Row) (briefbot.Subscription, error) {
	var s briefbot.Subscription
	var created, lastDigest int64
	err := row.Scan(&s.ID, &s.Chat.Platform, &s.Chat.ID, &s.Topic, &s.LocalTime, &s.Zone, &s.NotifyEmpty,
		&created, &s.Paused, &s.LastDate, &lastDigest, &s.Lang)
	s.Created, s.LastDigest = fromUnix(created), unixTime(lastDigest)
	return s, err
}

func scanSubscriptions(rows pgx.Rows, err error) ([]briefbot.Subscription, error) {
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (briefbot.Subscription, error) { return scanSubscription(r) })
}

// validateChat refuses a chat reference with no platform or id.
func validateChat(chat briefbot.ChatRef) error {
	if chat.Platform == "" || chat.ID == "" {
		return briefbot.Errorf(briefbot.EInvalid, "chat %q has no platform or id", chat.String())
	}
	return nil
}

package postgres

import (
	"context"
	"time"

	"briefbot"

	"github.com/jackc/pgx/v5"
)

// maxRemembered bounds how many article ids one brief remembers.
const maxRemembered = 200

// RememberBrief replaces the chat's remembered brief.
func (db *DB) RememberBrief(ctx context.Context, chat briefbot.ChatRef, topic string, articleIDs []int64, at time.Time) (err error) {
	defer annotate(&err, "storage: remember brief")
	if err := validateChat(chat); err != nil {
		return err
	}
	ids := articleIDs[:min(len(articleIDs), maxRemembered)]
	return db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `
			INSERT INTO chat_briefs (platform, chat_id, topic, at) VALUES ($1, $2, $3, $4)
			ON CONFLICT (platform, chat_id) DO UPDATE SET topic = excluded.topic, at = excluded.at`,
			chat.Platform, chat.ID, topic, at.Unix()); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM chat_brief_articles WHERE platform = $1 AND chat_id = $2`,
			chat.Platform, chat.ID); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `
			INSERT INTO chat_brief_articles (platform, chat_id, pos, article_id)
			SELECT $1, $2, p.pos - 1, p.id FROM unnest($3::bigint[]) WITH ORDINALITY AS p (id, pos)`,
			chat.Platform, chat.ID, append([]int64{}, ids...))
		return err
	})
}

// RememberTurn adds a question and its answer, keeping the chat's last
// briefbot.MaxTurns.
func (db *DB) RememberTurn(ctx context.Context, chat briefbot.ChatRef, t briefbot.Turn) (err error) {
	defer annotate(&err, "storage: remember turn")
	if err := validateChat(chat); err != nil {
		return err
	}
	return db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `
			INSERT INTO chat_turns (platform, chat_id, at, question, answer) VALUES ($1, $2, $3, $4, $5)`,
			chat.Platform, chat.ID, t.At.Unix(), t.Question, t.Answer); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `
			DELETE FROM chat_turns WHERE platform = $1 AND chat_id = $2 AND id NOT IN (
				SELECT id FROM chat_turns WHERE platform = $1 AND chat_id = $2 ORDER BY id DESC LIMIT $3)`,
			chat.Platform, chat.ID, briefbot.MaxTurns)
		return err
	})
}

// Recall returns what the chat remembers at now.
func (db *DB) Recall(ctx context.Context, chat briefbot.ChatRef, now time.Time) (_ briefbot.Memory, err error) {
	defer annotate(&err, "storage: recall")
	since := now.Add(-briefbot.MemoryTTL).Unix()
	var m briefbot.Memory
	var at int64
	err = db.pool.QueryRow(ctx, `SELECT topic, at FROM chat_briefs WHERE platform = $1 AND chat_id = $2 AND at >= $3`,
		chat.Platform, chat.ID, since).Scan(&m.Topic, &at)
	switch {
	case noRows(err):
	case err != nil:
		return briefbot.Memory{}, err
	default:
		m.BriefAt = fromUnix(at)
		m.Articles, err = scanArticles(db.pool.Query(ctx, `
			SELECT `+articleColumns+` FROM chat_brief_articles AS m
			JOIN articles AS a ON a.id = m.article_id
			WHERE m.platform = $1 AND m.chat_id = $2 ORDER BY m.pos`, chat.Platform, chat.ID))
		if err != nil {
			return briefbot.Memory{}, err
		}
	}
	rows, err := db.pool.Query(ctx, `SELECT question, answer, at FROM chat_turns
		WHERE platform = $1 AND chat_id = $2 AND at >= $3 ORDER BY id`, chat.Platform, chat.ID, since)
	if err != nil {
		return briefbot.Memory{}, err
	}
	m.Turns, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (briefbot.Turn, error) {
		var t briefbot.Turn
		var at int64
		err := r.Scan(&t.Question, &t.Answer, &at)
		t.At = fromUnix(at)
		return t, err
	})
	if len(m.Turns) == 0 {
		m.Turns = nil
	}
	return m, err
}

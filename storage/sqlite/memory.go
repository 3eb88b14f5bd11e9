package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"briefbot"
)

// maxRemembered bounds how many article ids one brief remembers.
const maxRemembered = 200

// RememberBrief replaces the chat's remembered brief.
func (db *DB) RememberBrief(ctx context.Context, chat briefbot.ChatRef, topic string, articleIDs []int64, at time.Time) (err error) {
	defer annotate(&err, "storage: remember brief")
	if err := validateChat(chat); err != nil {
		return err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO chat_briefs (platform, chat_id, topic, at) VALUES (?, ?, ?, ?)
		ON CONFLICT (platform, chat_id) DO UPDATE SET topic = excluded.topic, at = excluded.at`,
		chat.Platform, chat.ID, topic, at.Unix()); err != nil {
		return err
	}
	if err := rememberArticles(ctx, tx, chat, articleIDs); err != nil {
		return err
	}
	return tx.Commit()
}

// rememberArticles replaces the article ids of the chat's brief.
func rememberArticles(ctx context.Context, tx *sql.Tx, chat briefbot.ChatRef, ids []int64) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM chat_brief_articles WHERE platform = ? AND chat_id = ?`,
		chat.Platform, chat.ID); err != nil {
		return err
	}
	for pos, id := range ids[:min(len(ids), maxRemembered)] {
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO chat_brief_articles (platform, chat_id, pos, article_id) VALUES (?, ?, ?, ?)`,
			chat.Platform, chat.ID, pos, id); err != nil {
			return err
		}
	}
	return nil
}

// RememberTurn adds a question and its answer, keeping the chat's last
// briefbot.MaxTurns.
func (db *DB) RememberTurn(ctx context.Context, chat briefbot.ChatRef, t briefbot.Turn) (err error) {
	defer annotate(&err, "storage: remember turn")
	if err := validateChat(chat); err != nil {
		return err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO chat_turns (platform, chat_id, at, question, answer) VALUES (?, ?, ?, ?, ?)`,
		chat.Platform, chat.ID, t.At.Unix(), t.Question, t.Answer); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `
		DELETE FROM chat_turns WHERE platform = ? AND chat_id = ? AND id NOT IN (
			SELECT id FROM chat_turns WHERE platform = ? AND chat_id = ? ORDER BY id DESC LIMIT ?)`,
		chat.Platform, chat.ID, chat.Platform, chat.ID, briefbot.MaxTurns); err != nil {
		return err
	}
	return tx.Commit()
}

// Recall returns what the chat remembers at now: its brief and its turns
// younger than briefbot.MemoryTTL.
func (db *DB) Recall(ctx context.Context, chat briefbot.ChatRef, now time.Time) (_ briefbot.Memory, err error) {
	defer annotate(&err, "storage: recall")
	since := now.Add(-briefbot.MemoryTTL).Unix()
	var m briefbot.Memory
	var at int64
	err = db.read.QueryRowContext(ctx, `
		SELECT topic, at FROM chat_briefs WHERE platform = ? AND chat_id = ? AND at >= ?`,
		chat.Platform, chat.ID, since).Scan(&m.Topic, &at)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return briefbot.Memory{}, err
	default:
		m.BriefAt = fromUnix(at)
		if m.Articles, err = db.briefArticles(ctx, chat); err != nil {
			return briefbot.Memory{}, err
		}
	}
	m.Turns, err = db.turns(ctx, chat, since)
	return m, err
}

// briefArticles returns the stored articles of the chat's brief, in order.
func (db *DB) briefArticles(ctx context.Context, chat briefbot.ChatRef) ([]briefbot.Article, error) {
	rows, err := db.read.QueryContext(ctx, `
		SELECT `+articleColumns+` FROM chat_brief_articles AS m
		JOIN articles AS a ON a.id = m.article_id
		WHERE m.platform = ? AND m.chat_id = ?
		ORDER BY m.pos`, chat.Platform, chat.ID)
	if err != nil {
		return nil, err
	}
	return scanArticles(rows)
}

// turns returns the chat's turns at or after since, oldest first.
func (db *DB) turns(ctx context.Context, chat briefbot.ChatRef, since int64) ([]briefbot.Turn, error) {
	rows, err := db.read.QueryContext(ctx, `
		SELECT question, answer, at FROM chat_turns
		WHERE platform = ? AND chat_id = ? AND at >= ?
		ORDER BY id`, chat.Platform, chat.ID, since)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ts []briefbot.Turn
	for rows.Next() {
		var t briefbot.Turn
		var at int64
		if err := rows.Scan(&t.Question, &t.Answer, &at); err != nil {
			return nil, err
		}
		t.At = fromUnix(at)
		ts = append(ts, t)
	}
	return ts, rows.Err()
}

// validateChat refuses a chat reference with no platform or id.
func validateChat(chat briefbot.ChatRef) error {
	if chat.Platform == "" || chat.ID == "" {
		return briefbot.Errorf(briefbot.EInvalid, "chat %q has no platform or id", chat.String())
	}
	return nil
}

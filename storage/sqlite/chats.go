package sqlite

import (
	"context"
	"database/sql"

	"briefbot"
)

// MoveChat moves the chat's subscriptions, time zone and memory to another
// chat in one transaction; rows the new chat already has are kept.
func (db *DB) MoveChat(ctx context.Context, from, to briefbot.ChatRef) (err error) {
	defer annotate(&err, "storage: move chat")
	if err := validateChat(from); err != nil {
		return err
	}
	if err := validateChat(to); err != nil {
		return err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, table := range []string{"subscriptions", "chat_settings", "chat_turns"} {
		if err := moveRows(ctx, tx, table, from, to); err != nil {
			return err
		}
	}
	if err := moveBrief(ctx, tx, from, to); err != nil {
		return err
	}
	return tx.Commit()
}

// moveRows moves a table's rows of one chat to another; rows that would
// clash with the new chat's own are dropped.
func moveRows(ctx context.Context, tx *sql.Tx, table string, from, to briefbot.ChatRef) error {
	if _, err := tx.ExecContext(ctx, `UPDATE OR IGNORE `+table+` SET platform = ?, chat_id = ?
		WHERE platform = ? AND chat_id = ?`, to.Platform, to.ID, from.Platform, from.ID); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE platform = ? AND chat_id = ?`, from.Platform, from.ID)
	return err
}

// moveBrief moves the remembered brief and its articles, unless the new
// chat remembers a brief of its own.
func moveBrief(ctx context.Context, tx *sql.Tx, from, to briefbot.ChatRef) error {
	res, err := tx.ExecContext(ctx, `
		INSERT OR IGNORE INTO chat_briefs (platform, chat_id, topic, at)
		SELECT ?, ?, topic, at FROM chat_briefs WHERE platform = ? AND chat_id = ?`,
		to.Platform, to.ID, from.Platform, from.ID)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 1 {
		if _, err := tx.ExecContext(ctx, `UPDATE chat_brief_articles SET platform = ?, chat_id = ?
			WHERE platform = ? AND chat_id = ?`, to.Platform, to.ID, from.Platform, from.ID); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM chat_briefs WHERE platform = ? AND chat_id = ?`, from.Platform, from.ID)
	return err
}

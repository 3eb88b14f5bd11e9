package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"briefbot"
)

// SetChatLanguage sets the chat's language; "" clears it.
func (db *DB) SetChatLanguage(ctx context.Context, chat briefbot.ChatRef, lang string) (err error) {
	defer annotate(&err, "storage: set chat language")
	if err := validateChat(chat); err != nil {
		return err
	}
	if lang != "" && briefbot.LangCode(lang) != lang {
		return briefbot.Errorf(briefbot.EInvalid, "%q is not a language code such as en or fr", lang)
	}
	_, err = db.write.ExecContext(ctx, `
		INSERT INTO chat_settings (platform, chat_id, zone, lang) VALUES (?, ?, '', ?)
		ON CONFLICT (platform, chat_id) DO UPDATE SET lang = excluded.lang`,
		chat.Platform, chat.ID, lang)
	return err
}

// ChatLanguage returns the chat's language, "" when it set none.
func (db *DB) ChatLanguage(ctx context.Context, chat briefbot.ChatRef) (_ string, err error) {
	defer annotate(&err, "storage: chat language")
	var lang string
	err = db.read.QueryRowContext(ctx, `SELECT lang FROM chat_settings WHERE platform = ? AND chat_id = ?`,
		chat.Platform, chat.ID).Scan(&lang)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return lang, err
}

// MoveChat moves the chat's subscriptions, settings and memory to another
// chat in one transaction; what the new chat already has is kept: its
// rows, and each setting it has set.
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
	for _, table := range []string{"subscriptions", "chat_turns"} {
		if err := moveRows(ctx, tx, table, from, to); err != nil {
			return err
		}
	}
	if err := moveSettings(ctx, tx, from, to); err != nil {
		return err
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

// moveSettings moves the chat's time zone and language, each unless the
// new chat has set its own.
func moveSettings(ctx context.Context, tx *sql.Tx, from, to briefbot.ChatRef) error {
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO chat_settings (platform, chat_id, zone, lang)
		SELECT ?, ?, zone, lang FROM chat_settings WHERE platform = ? AND chat_id = ?
		ON CONFLICT (platform, chat_id) DO UPDATE SET
			zone = iif(chat_settings.zone = '', excluded.zone, chat_settings.zone),
			lang = iif(chat_settings.lang = '', excluded.lang, chat_settings.lang)`,
		to.Platform, to.ID, from.Platform, from.ID); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM chat_settings WHERE platform = ? AND chat_id = ?`, from.Platform, from.ID)
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

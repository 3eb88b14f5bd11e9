package postgres

import (
	"context"
	"strings"

	"briefbot"

	"github.com/jackc/pgx/v5"
)

// SetChatZone sets the chat's time zone.
func (db *DB) SetChatZone(ctx context.Context, chat briefbot.ChatRef, zone string) (err error) {
	defer annotate(&err, "storage: set chat zone")
	if err := validateChat(chat); err != nil {
		return err
	}
	_, err = db.pool.Exec(ctx, `
		INSERT INTO chat_settings (platform, chat_id, zone) VALUES ($1, $2, $3)
		ON CONFLICT (platform, chat_id) DO UPDATE SET zone = excluded.zone`, chat.Platform, chat.ID, zone)
	return err
}

// ChatZone returns the chat's time zone, "" when it set none.
func (db *DB) ChatZone(ctx context.Context, chat briefbot.ChatRef) (_ string, err error) {
	defer annotate(&err, "storage: chat zone")
	return db.setting(ctx, "zone", chat)
}

// SetChatLanguage sets the chat's language; "" clears it.
func (db *DB) SetChatLanguage(ctx context.Context, chat briefbot.ChatRef, lang string) (err error) {
	defer annotate(&err, "storage: set chat language")
	if err := validateChat(chat); err != nil {
		return err
	}
	if lang != "" && briefbot.LangCode(lang) != lang {
		return briefbot.Errorf(briefbot.EInvalid, "%q is not a language code such as en or fr", lang)
	}
	_, err = db.pool.Exec(ctx, `
		INSERT INTO chat_settings (platform, chat_id, lang) VALUES ($1, $2, $3)
		ON CONFLICT (platform, chat_id) DO UPDATE SET lang = excluded.lang`, chat.Platform, chat.ID, lang)
	return err
}

// ChatLanguage returns the chat's language, "" when it set none.
func (db *DB) ChatLanguage(ctx context.Context, chat briefbot.ChatRef) (_ string, err error) {
	defer annotate(&err, "storage: chat language")
	return db.setting(ctx, "lang", chat)
}

// setting reads one column of the chat's settings ("zone" or "lang").
func (db *DB) setting(ctx context.Context, column string, chat briefbot.ChatRef) (string, error) {
	var v string
	err := db.pool.QueryRow(ctx, `SELECT `+column+` FROM chat_settings WHERE platform = $1 AND chat_id = $2`,
		chat.Platform, chat.ID).Scan(&v)
	if noRows(err) {
		return "", nil
	}
	return v, err
}

// MoveChat moves the chat's subscriptions, settings and memory to another
// chat in one transaction; what the new chat already has is kept.
func (db *DB) MoveChat(ctx context.Context, from, to briefbot.ChatRef) (err error) {
	defer annotate(&err, "storage: move chat")
	if err := validateChat(from); err != nil {
		return err
	}
	if err := validateChat(to); err != nil {
		return err
	}
	return db.inTx(ctx, func(tx pgx.Tx) error {
		for _, step := range moveSteps {
			args := []any{to.Platform, to.ID, from.Platform, from.ID}
			if !strings.Contains(step, "$4") {
				args = args[2:] // a step of the old chat alone, as $1 and $2
			}
			if _, err := tx.Exec(ctx, step, args...); err != nil {
				return err
			}
		}
		return nil
	})
}

// moveSteps move a chat ($3, $4) to another ($1, $2), in order; a step
// that names the old chat alone names it $1, $2. A
// subscription to a topic the new chat follows already stays behind and
// is deleted with the old chat's rest; each setting moves unless the new
// chat has set its own; the brief moves unless the new chat remembers one.
var moveSteps = []string{
	`UPDATE subscriptions AS s SET platform = $1, chat_id = $2
	WHERE s.platform = $3 AND s.chat_id = $4 AND NOT EXISTS (
		SELECT 1 FROM subscriptions AS n WHERE n.platform = $1 AND n.chat_id = $2 AND n.topic = s.topic)`,
	`DELETE FROM subscriptions WHERE platform = $1 AND chat_id = $2`,
	`UPDATE chat_turns SET platform = $1, chat_id = $2 WHERE platform = $3 AND chat_id = $4`,
	`INSERT INTO chat_settings (platform, chat_id, zone, lang)
	SELECT $1, $2, zone, lang FROM chat_settings WHERE platform = $3 AND chat_id = $4
	ON CONFLICT (platform, chat_id) DO UPDATE SET
		zone = CASE WHEN chat_settings.zone = '' THEN excluded.zone ELSE chat_settings.zone END,
		lang = CASE WHEN chat_settings.lang = '' THEN excluded.lang ELSE chat_settings.lang END`,
	`DELETE FROM chat_settings WHERE platform = $1 AND chat_id = $2`,
	`DELETE FROM chat_briefs AS o WHERE o.platform = $3 AND o.chat_id = $4 AND EXISTS (
		SELECT 1 FROM chat_briefs WHERE platform = $1 AND chat_id = $2)`,
	`UPDATE chat_briefs SET platform = $1, chat_id = $2 WHERE platform = $3 AND chat_id = $4`,
}

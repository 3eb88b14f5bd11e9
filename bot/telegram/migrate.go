package telegram

import (
	"context"
	"errors"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// migrated moves the chat when m is the service message of a group
// becoming a supergroup (sent in the old group, or in the new supergroup),
// and reports whether it was one.
func (b *Bot) migrated(ctx context.Context, m *tgbotapi.Message) bool {
	switch {
	case m.Chat == nil:
		return false
	case m.MigrateToChatID != 0:
		b.migrate(ctx, m.Chat.ID, m.MigrateToChatID)
	case m.MigrateFromChatID != 0:
		b.migrate(ctx, m.MigrateFromChatID, m.Chat.ID)
	default:
		return false
	}
	return true
}

// migrate moves a group's subscriptions, settings and memory to the
// supergroup it became.
func (b *Bot) migrate(ctx context.Context, from, to int64) {
	if b.chats == nil || from == to {
		return
	}
	if err := b.chats.MoveChat(ctx, ChatRef(from), ChatRef(to)); err != nil {
		b.log.Error("telegram: could not move a group to its supergroup", "from", from, "to", to, "err", err)
		return
	}
	b.log.Info("telegram: group became a supergroup", "from", from, "to", to)
}

// migratedTo is the supergroup id a send failed with because the group
// was upgraded, 0 for any other error.
func migratedTo(err error) int64 {
	var apiErr *tgbotapi.Error
	if !errors.As(err, &apiErr) {
		return 0
	}
	return apiErr.MigrateToChatID
}

package telegram

import (
	"context"
	"strconv"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot"
	"briefbot/bot"
)

// handle answers one update through h; failures are logged, never fatal,
// and a panic is contained to its update.
func (b *Bot) handle(ctx context.Context, h bot.Handler, u tgbotapi.Update) {
	if err := briefbot.Contain("update", func() { b.dispatch(ctx, h, u) }); err != nil {
		b.log.Error("telegram: contained a panic while answering an update", "update", u.UpdateID, "err", err)
		if b.onPanic != nil {
			b.onPanic("update")
		}
	}
}

// dispatch answers one update by its kind.
func (b *Bot) dispatch(ctx context.Context, h bot.Handler, u tgbotapi.Update) {
	switch {
	case u.CallbackQuery != nil:
		b.handleCallback(ctx, h, u.CallbackQuery)
	case u.Message != nil:
		b.handleMessage(ctx, h, u.Message)
	case u.ChannelPost != nil:
		b.handleMessage(ctx, h, u.ChannelPost)
	}
}

// handleMessage answers a command, or a reply to one of the bot's own
// messages, which goes to h as a follow-up. The cheap checks come first: a
// message not for the bot is left alone, and one too long is refused
// before anything is looked up for it.
func (b *Bot) handleMessage(ctx context.Context, h bot.Handler, m *tgbotapi.Message) {
	if b.migrated(ctx, m) {
		return
	}
	text := strings.TrimSpace(m.Text)
	if text == "" || m.Chat == nil {
		return
	}
	followUp, command := b.repliesToMe(m), strings.HasPrefix(text, "/")
	if command && !b.addressedToMe(text) || !command && !followUp && !m.Chat.IsPrivate() {
		return // a command for another bot, or group chatter
	}
	o := outgoing{chatID: m.Chat.ID}
	if followUp && !command || !m.Chat.IsPrivate() {
		o.replyTo = m.MessageID
	}
	if refusal, long := bot.TooLong(text); long {
		b.reply(ctx, o, refusal)
		return
	}
	if command && m.Chat.IsPrivate() && b.forChannel(ctx, h, o, m.From, text) {
		return
	}
	req := b.request(m.Chat, messageSender(m), text)
	req.FollowUp = followUp
	b.reply(ctx, o, h.Handle(ctx, req))
}

// repliesToMe reports whether a message replies to one of the bot's own.
func (b *Bot) repliesToMe(m *tgbotapi.Message) bool {
	r := m.ReplyToMessage
	return r != nil && r.From != nil && r.From.ID == b.self.ID
}

// addressedToMe is false for "/cmd@OtherBot" in a group.
func (b *Bot) addressedToMe(text string) bool {
	head, _, _ := strings.Cut(firstWord(text), "\n")
	_, name, found := strings.Cut(head, "@")
	return !found || strings.EqualFold(name, b.self.UserName)
}

// firstWord is text up to its first space or tab.
func firstWord(text string) string {
	if i := strings.IndexAny(text, " \t"); i >= 0 {
		return text[:i]
	}
	return text
}

func (b *Bot) isAdmin(u *tgbotapi.User) bool { return u != nil && b.admins[u.ID] }

func userID(u *tgbotapi.User) string {
	if u == nil {
		return ""
	}
	return strconv.FormatInt(u.ID, 10)
}

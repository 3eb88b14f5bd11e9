package telegram

import (
	"context"
	"strconv"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot"
	"briefbot/bot"
)

// handle answers one update; failures are logged, never fatal, and a
// panic is contained to its update.
func (b *Bot) handle(ctx context.Context, u tgbotapi.Update) {
	if err := briefbot.Contain("update", func() { b.dispatch(ctx, u) }); err != nil {
		b.log.Error("telegram: contained a panic while answering an update", "update", u.UpdateID, "err", err)
		if b.onPanic != nil {
			b.onPanic("update")
		}
	}
}

// dispatch answers one update by its kind.
func (b *Bot) dispatch(ctx context.Context, u tgbotapi.Update) {
	switch {
	case u.CallbackQuery != nil:
		b.handleCallback(ctx, u.CallbackQuery)
	case u.Message != nil:
		b.handleMessage(ctx, u.Message)
	case u.ChannelPost != nil:
		b.handleMessage(ctx, u.ChannelPost)
	}
}

// handleMessage answers a command, or a reply to one of the bot's own
// messages as a follow-up question. The cheap checks come first: a message
// not for the bot is left alone, and one too long is refused before it is
// parsed or anything is looked up for it.
func (b *Bot) handleMessage(ctx context.Context, m *tgbotapi.Message) {
	if b.migrated(ctx, m) {
		return
	}
	text := strings.TrimSpace(m.Text)
	if text == "" || m.Chat == nil {
		return
	}
	followUp := b.isFollowUp(m, text)
	if !followUp && (!strings.HasPrefix(text, "/") && !m.Chat.IsPrivate() || !b.addressedToMe(text)) {
		return // group chatter, or a command for another bot
	}
	o := outgoing{chatID: m.Chat.ID}
	if followUp || !m.Chat.IsPrivate() {
		o.replyTo = m.MessageID
	}
	if refusal, long := bot.TooLong(text); long {
		b.reply(ctx, o, refusal)
		return
	}
	if followUp {
		text = "/ask " + text
	} else if m.Chat.IsPrivate() && b.forChannel(ctx, o, m.From, text) {
		return
	}
	msg := b.handler.Handle(ctx, b.request(m.Chat, messageSender(m), text))
	if topic, ok := briefTopic(text); ok && len(msg.Items) > 0 {
		o.keyboard = briefKeyboard(topic)
	}
	b.reply(ctx, o, msg)
}

// isFollowUp reports whether a message replies to the bot with a question,
// which is answered as /ask.
func (b *Bot) isFollowUp(m *tgbotapi.Message, text string) bool {
	r := m.ReplyToMessage
	return r != nil && r.From != nil && r.From.ID == b.self.ID && !strings.HasPrefix(text, "/")
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

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
// messages as a follow-up question.
func (b *Bot) handleMessage(ctx context.Context, m *tgbotapi.Message) {
	if b.migrated(ctx, m) {
		return
	}
	text := strings.TrimSpace(m.Text)
	if text == "" || m.Chat == nil {
		return
	}
	o := outgoing{chatID: m.Chat.ID}
	if !m.Chat.IsPrivate() {
		o.replyTo = m.MessageID
	}
	if b.isFollowUp(m, text) {
		o.replyTo = m.MessageID
		b.reply(ctx, o, b.answer(ctx, m.Chat.ID, text))
		return
	}
	if !strings.HasPrefix(text, "/") && !m.Chat.IsPrivate() {
		return // group chatter is not for the bot
	}
	if !b.addressedToMe(text) {
		return
	}
	if m.Chat.IsPrivate() && b.forChannel(ctx, o, m.From, text) {
		return
	}
	req := bot.Request{Chat: ChatRef(m.Chat.ID), UserID: userID(m.From), Text: text, Admin: b.isAdmin(m.From)}
	msg := b.handler.Handle(ctx, req)
	if topic, ok := briefTopic(text); ok && len(msg.Items) > 0 {
		o.keyboard = briefKeyboard(topic)
	}
	b.reply(ctx, o, msg)
}

// isFollowUp reports whether a message replies to the bot with a question.
func (b *Bot) isFollowUp(m *tgbotapi.Message, text string) bool {
	r := m.ReplyToMessage
	return b.asker != nil && r != nil && r.From != nil && r.From.ID == b.self.ID && !strings.HasPrefix(text, "/")
}

// answer answers a follow-up question from the chat's last brief.
func (b *Bot) answer(ctx context.Context, chat int64, question string) bot.Message {
	ans, err := b.asker.Answer(ctx, ChatRef(chat), question)
	if err != nil {
		if briefbot.ErrorCode(err) == briefbot.EInternal {
			b.log.Error("telegram: answer failed", "chat", chat, "err", err)
		}
		return bot.Text(briefbot.ErrorMessage(err))
	}
	return bot.AnswerMessage(ans)
}

// addressedToMe is false for "/cmd@OtherBot" in a group.
func (b *Bot) addressedToMe(text string) bool {
	head, _, _ := strings.Cut(strings.Fields(text)[0], "\n")
	_, name, found := strings.Cut(head, "@")
	return !found || strings.EqualFold(name, b.self.UserName)
}

func (b *Bot) isAdmin(u *tgbotapi.User) bool { return u != nil && b.admins[u.ID] }

func userID(u *tgbotapi.User) string {
	if u == nil {
		return ""
	}
	return strconv.FormatInt(u.ID, 10)
}

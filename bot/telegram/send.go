package telegram

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot"
	"briefbot/bot"
	"briefbot/scheduler"
)

// maxRetries is how many times one message is retried after a 429.
const maxRetries = 5

// Kinds of Bot API failure.
const (
	kindOther    = iota
	kindRetry    // 429: wait retry_after
	kindGone     // 403 blocked or kicked, or the chat no longer exists
	kindConflict // 409: another process polls the same bot
)

type failure struct {
	kind int
	wait time.Duration
}

// classify reads a Bot API error.
func classify(err error) failure {
	var apiErr *tgbotapi.Error
	if !errors.As(err, &apiErr) {
		return failure{kind: kindOther}
	}
	switch {
	case apiErr.Code == 429:
		wait := time.Duration(apiErr.RetryAfter) * time.Second
		if wait <= 0 {
			wait = time.Second
		}
		return failure{kind: kindRetry, wait: wait}
	case apiErr.Code == 403, apiErr.Code == 400 && strings.Contains(strings.ToLower(apiErr.Message), "chat not found"):
		return failure{kind: kindGone}
	case apiErr.Code == 409:
		return failure{kind: kindConflict}
	}
	return failure{kind: kindOther}
}

// outgoing is one reply: its rendered messages and how they are sent.
type outgoing struct {
	chatID   int64
	replyTo  int
	preview  bool // show link previews
	keyboard *tgbotapi.InlineKeyboardMarkup
}

// send delivers a reply's messages in order; the keyboard goes with the
// last one. A 429 is waited out and retried.
func (b *Bot) send(ctx context.Context, o outgoing, msg bot.Message) error {
	parts := Render(msg)
	for i, text := range parts {
		c := tgbotapi.NewMessage(o.chatID, text)
		c.ParseMode = tgbotapi.ModeHTML
		c.DisableWebPagePreview = !o.preview
		if i == 0 && o.replyTo != 0 {
			c.ReplyToMessageID = o.replyTo
			c.AllowSendingWithoutReply = true
		}
		if i == len(parts)-1 && o.keyboard != nil {
			c.ReplyMarkup = *o.keyboard
		}
		if err := b.sendOne(ctx, &o, c); err != nil {
			return err
		}
	}
	return nil
}

// sendOne sends one message; when the group became a supergroup, the
// chat is moved to its new id and the message is sent there, as are the
// reply's next messages.
func (b *Bot) sendOne(ctx context.Context, o *outgoing, c tgbotapi.MessageConfig) error {
	err := b.retry(ctx, func() error { _, err := b.api.Send(c); return err })
	to := migratedTo(err)
	if to == 0 {
		return err
	}
	b.migrate(ctx, o.chatID, to)
	o.chatID, c.ChatID, c.ReplyToMessageID = to, to, 0
	return b.retry(ctx, func() error { _, err := b.api.Send(c); return err })
}

// retry calls f again after each 429, waiting as long as Telegram asks.
func (b *Bot) retry(ctx context.Context, f func() error) error {
	for attempt := 0; ; attempt++ {
		err := f()
		k := classify(err)
		if err == nil || k.kind != kindRetry || attempt == maxRetries {
			return err
		}
		b.rateLimited()
		b.log.Warn("telegram: flood control, waiting", "retry_in", k.wait.String())
		if err := b.sleep(ctx, k.wait); err != nil {
			return err
		}
	}
}

// reply sends a reply and logs a failure.
func (b *Bot) reply(ctx context.Context, o outgoing, msg bot.Message) {
	if err := b.send(ctx, o, msg); err != nil {
		b.log.Warn("telegram: reply not sent", "chat", o.chatID, "err", err)
	}
}

// Send delivers a message to a Telegram chat for the digest scheduler,
// with link previews off; its errors say whether to wait, to pause the
// chat or to try again later.
func (b *Bot) Send(ctx context.Context, chat briefbot.ChatRef, msg bot.Message) error {
	id, err := chatID(chat)
	if err != nil {
		return &scheduler.SendError{Kind: scheduler.SendFailed, Err: err}
	}
	err = b.send(ctx, outgoing{chatID: id}, msg)
	if err == nil {
		return nil
	}
	switch k := classify(err); k.kind {
	case kindRetry:
		return &scheduler.SendError{Kind: scheduler.RetryLater, RetryAfter: k.wait, Err: err}
	case kindGone:
		return &scheduler.SendError{Kind: scheduler.ChatGone, Err: err}
	}
	return &scheduler.SendError{Kind: scheduler.SendFailed, Err: fmt.Errorf("telegram: send: %w", err)}
}

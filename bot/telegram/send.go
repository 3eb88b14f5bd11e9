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

// outgoing is where a reply goes and how it is sent.
type outgoing struct {
	chatID  int64
	replyTo int
	preview bool // show link previews
}

// send delivers a reply's messages in order; the buttons of its actions go
// with the last one. A 429 is waited out and retried.
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
		if k := b.keyboard(msg.Actions); i == len(parts)-1 && k != nil {
			c.ReplyMarkup = *k
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

// reply sends a reply, after the chat's earlier ones, and logs a failure.
// A 429 is waited out by the chat's own sender, which holds up no other
// chat. An empty reply sends nothing.
func (b *Bot) reply(ctx context.Context, o outgoing, msg bot.Message) {
	if msg.Empty() {
		return
	}
	b.toChat(ctx, o.chatID, func(ctx context.Context) {
		if err := b.send(ctx, o, msg); err != nil {
			b.log.Warn("telegram: reply not sent", "chat", o.chatID, "err", err)
		}
	})
}

// Send delivers a message (a digest) to a Telegram chat for the
// scheduler, part by part from t.From(), with link previews off and the
// buttons of its actions under the last part. Each part is sent once: a
// 429 is returned at once (the scheduler waits for that chat only), and a
// request written without an answer is reported as Unknown, never resent.
func (b *Bot) Send(ctx context.Context, chat briefbot.ChatRef, msg bot.Message, t bot.Tracker) error {
	id, err := chatID(chat)
	if err != nil {
		return &bot.SendError{Kind: bot.SendFailed, Part: t.From(), Err: err}
	}
	parts := Render(msg)
	o := outgoing{chatID: id}
	for i := t.From(); i < len(parts); i++ {
		if err := t.Sending(ctx, i, len(parts)); err != nil {
			return err
		}
		var k *tgbotapi.InlineKeyboardMarkup
		if i == len(parts)-1 {
			k = b.keyboard(msg.Actions)
		}
		if err := b.sendPart(ctx, &o, parts[i], k); err != nil {
			return b.sendError(err, i)
		}
		if err := t.Sent(ctx, i); err != nil {
			return err
		}
	}
	return nil
}

// sendPart sends one rendered part once, with the keyboard k when not
// nil. A group that became a supergroup refuses it with the new id: the
// chat is moved and the part sent there.
func (b *Bot) sendPart(ctx context.Context, o *outgoing, text string, k *tgbotapi.InlineKeyboardMarkup) error {
	c := tgbotapi.NewMessage(o.chatID, text)
	c.ParseMode = tgbotapi.ModeHTML
	c.DisableWebPagePreview = true
	if k != nil {
		c.ReplyMarkup = *k
	}
	_, err := b.api.Send(c)
	if to := migratedTo(err); to != 0 {
		b.migrate(ctx, o.chatID, to)
		o.chatID, c.ChatID = to, to
		_, err = b.api.Send(c)
	}
	return err
}

// sendError says what became of a part that failed: refused by the Bot
// API (it answered: not delivered), never sent (the request was not
// written), or unknown (written, and no answer came).
func (b *Bot) sendError(err error, part int) error {
	var apiErr *tgbotapi.Error
	var te *transportError
	switch k := classify(err); {
	case k.kind == kindRetry:
		b.rateLimited()
		return &bot.SendError{Kind: bot.RetryLater, Part: part, RetryAfter: k.wait, Err: err}
	case k.kind == kindGone:
		return &bot.SendError{Kind: bot.ChatGone, Part: part, Err: err}
	case errors.As(err, &apiErr), errors.As(err, &te) && !te.written:
		return &bot.SendError{Kind: bot.SendFailed, Part: part, Err: fmt.Errorf("telegram: send: %w", err)}
	}
	return &bot.SendError{Kind: bot.Unknown, Part: part, Err: fmt.Errorf("telegram: send: %w", err)}
}

package telegram

import (
	"context"
	"strconv"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot"
	"briefbot/bot"
)

// maxCallbackData is Telegram's limit on a button's data, in bytes.
const maxCallbackData = 64

// moreStories is how many stories "More" asks for.
const moreStories = "10"

// Button actions, the first byte of a button's data; the topic follows.
const (
	actMore      = "m"
	actSources   = "s"
	actSubscribe = "d"
)

// briefKeyboard is the row of buttons under a brief; none when the topic
// does not fit in a button's data.
func briefKeyboard(topic string) *tgbotapi.InlineKeyboardMarkup {
	if len(actMore)+1+len(topic) >= maxCallbackData {
		return nil
	}
	k := tgbotapi.NewInlineKeyboardMarkup(tgbotapi.NewInlineKeyboardRow(
		tgbotapi.NewInlineKeyboardButtonData("More", actMore+":"+topic),
		tgbotapi.NewInlineKeyboardButtonData("Sources", actSources+":"+topic),
		tgbotapi.NewInlineKeyboardButtonData("Subscribe daily", actSubscribe+":"+topic),
	))
	return &k
}

// briefTopic returns the topic of a "/brief <topic> [window] [count]".
func briefTopic(text string) (string, bool) {
	fields := strings.Fields(text)
	if len(fields) < 2 {
		return "", false
	}
	name, _, _ := strings.Cut(strings.ToLower(fields[0]), "@")
	if name != "/brief" {
		return "", false
	}
	fields = fields[1:]
	for len(fields) > 1 && isOption(fields[len(fields)-1]) {
		fields = fields[:len(fields)-1]
	}
	return strings.ToLower(strings.Join(fields, " ")), true
}

func isOption(word string) bool {
	if _, err := briefbot.ParseWindow(word); err == nil {
		return true
	}
	return strings.Trim(word, "0123456789") == ""
}

// handleCallback answers a button press: every press gets its
// answerCallbackQuery, then the action's reply.
func (b *Bot) handleCallback(ctx context.Context, cq *tgbotapi.CallbackQuery) {
	act, topic, _ := strings.Cut(cq.Data, ":")
	note := ""
	if cq.Message == nil || cq.Message.Chat == nil || topic == "" {
		note = "This button has expired."
	}
	if err := b.retry(ctx, func() error { _, err := b.api.Request(tgbotapi.NewCallback(cq.ID, note)); return err }); err != nil {
		b.log.Warn("telegram: could not answer a button press", "err", err)
	}
	if note != "" {
		return
	}
	chat := cq.Message.Chat.ID
	req := bot.Request{Chat: ChatRef(chat), UserID: userID(cq.From), Admin: b.isAdmin(cq.From)}
	switch act {
	case actMore:
		req.Text = "/brief " + topic + " " + moreStories
		b.more(ctx, cq.Message, topic, b.handler.Handle(ctx, req))
	case actSources:
		req.Text = "/brief " + topic
		b.reply(ctx, outgoing{chatID: chat}, sourcesOnly(topic, b.handler.Handle(ctx, req)))
	case actSubscribe:
		req.Text = "/subscribe " + topic
		b.reply(ctx, outgoing{chatID: chat}, b.handler.Handle(ctx, req))
	}
}

// more shows a longer brief in place of the pressed one when it fits in
// one message, and as a new message otherwise.
func (b *Bot) more(ctx context.Context, pressed *tgbotapi.Message, topic string, msg bot.Message) {
	parts := Render(msg)
	if len(parts) != 1 {
		b.reply(ctx, outgoing{chatID: pressed.Chat.ID}, msg)
		return
	}
	edit := tgbotapi.NewEditMessageText(pressed.Chat.ID, pressed.MessageID, parts[0])
	edit.ParseMode = tgbotapi.ModeHTML
	edit.DisableWebPagePreview = true
	edit.ReplyMarkup = briefKeyboard(topic)
	if err := b.retry(ctx, func() error { _, err := b.api.Request(edit); return err }); err != nil {
		b.log.Warn("telegram: could not show more stories", "err", err)
	}
}

// sourcesOnly lists the sources of a brief's stories.
func sourcesOnly(topic string, brief bot.Message) bot.Message {
	if len(brief.Items) == 0 {
		return brief
	}
	msg := bot.Message{Title: "Sources: " + topic}
	for i, it := range brief.Items {
		for _, s := range it.Sources {
			msg.Lines = append(msg.Lines, strings.Join(nonEmpty(itemNumber(i+1)+" "+s.Name, s.URL), " — "))
		}
	}
	return msg
}

func itemNumber(n int) string { return "[" + strconv.Itoa(n) + "]" }

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

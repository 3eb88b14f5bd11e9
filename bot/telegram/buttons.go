package telegram

import (
	"context"
	"strconv"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot"
	"briefbot/bot"
	"briefbot/digest"
)

// maxCallbackData is Telegram's limit on a button's data, in bytes.
const maxCallbackData = 64

// moreStories is how many stories "More" asks for.
const moreStories = "10"

// Button actions: a button's data is the action, a colon and a bare topic
// (digest.BareTopic), such as "m:south korea". Nothing else is accepted.
const (
	actMore      = "m"
	actSources   = "s"
	actSubscribe = "d"
)

// expired is the answer to a press whose data is not a button of ours.
const expired = "This button has expired."

// briefKeyboard is the row of buttons under a brief; none when the topic
// is not bare or does not fit in a button's data.
func briefKeyboard(topic string) *tgbotapi.InlineKeyboardMarkup {
	if len(actMore)+1+len(topic) > maxCallbackData || !digest.BareTopic(topic) {
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

// press is a button press read strictly from its data.
type press struct {
	act, topic string
}

// readPress reads a button's data: one of our actions and a bare topic,
// within Telegram's 64 bytes. Anything else is refused.
func readPress(data string) (press, bool) {
	if len(data) > maxCallbackData {
		return press{}, false
	}
	act, topic, found := strings.Cut(data, ":")
	if !found || !digest.BareTopic(topic) {
		return press{}, false
	}
	switch act {
	case actMore, actSources, actSubscribe:
		return press{act: act, topic: topic}, true
	}
	return press{}, false
}

// handleCallback answers a button press: every press gets its
// answerCallbackQuery, then the action's reply. A press whose data is not
// one of our buttons' is only told the button has expired.
func (b *Bot) handleCallback(ctx context.Context, cq *tgbotapi.CallbackQuery) {
	p, ok := readPress(cq.Data)
	if cq.Message == nil || cq.Message.Chat == nil {
		ok = false
	}
	note := ""
	if !ok {
		note = expired
	}
	b.toChat(ctx, updateChat(tgbotapi.Update{CallbackQuery: cq}), func(ctx context.Context) {
		if err := b.retry(ctx, func() error { _, err := b.api.Request(tgbotapi.NewCallback(cq.ID, note)); return err }); err != nil {
			b.log.Warn("telegram: could not answer a button press", "err", err)
		}
	})
	if !ok {
		return
	}
	chat := cq.Message.Chat
	req := b.request(chat, sender{user: cq.From}, "")
	switch p.act {
	case actMore:
		req.Text = "/brief " + p.topic + " " + moreStories
		b.more(ctx, cq.Message, p.topic, b.handler.Handle(ctx, req))
	case actSources:
		req.Text = "/brief " + p.topic
		b.reply(ctx, outgoing{chatID: chat.ID}, sourcesOnly(p.topic, b.handler.Handle(ctx, req)))
	case actSubscribe:
		req.Text = "/subscribe " + p.topic
		b.reply(ctx, outgoing{chatID: chat.ID}, b.handler.Handle(ctx, req))
	}
}

// more shows a longer brief in place of the pressed one when it fits in
// one message, and as a new message otherwise; a reply that is no brief
// (a refusal, say) leaves the pressed brief as it is.
func (b *Bot) more(ctx context.Context, pressed *tgbotapi.Message, topic string, msg bot.Message) {
	parts := Render(msg)
	if len(parts) != 1 || len(msg.Items) == 0 {
		b.reply(ctx, outgoing{chatID: pressed.Chat.ID}, msg)
		return
	}
	edit := tgbotapi.NewEditMessageText(pressed.Chat.ID, pressed.MessageID, parts[0])
	edit.ParseMode = tgbotapi.ModeHTML
	edit.DisableWebPagePreview = true
	edit.ReplyMarkup = briefKeyboard(topic)
	b.toChat(ctx, pressed.Chat.ID, func(ctx context.Context) {
		if err := b.retry(ctx, func() error { _, err := b.api.Request(edit); return err }); err != nil {
			b.log.Warn("telegram: could not show more stories", "err", err)
		}
	})
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

package telegram

import (
	"context"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot/bot"
)

// maxCallbackData is Telegram's limit on a button's data, in bytes.
const maxCallbackData = 64

// buttonsPerRow is how many buttons go side by side.
const buttonsPerRow = 3

// sigLen is the signature's length in a button's data (see bot.ActionData).
var sigLen = bot.ActionSigLen

// expired is the answer to a press whose data is not a button of ours.
const expired = bot.ActionExpired

// buttonKey signs button data as bot.ActionKey does, within Telegram's 64
// bytes. It is derived from the bot's token, so the buttons of a bot
// still work after a restart, and no other bot's do.
type buttonKey struct{ key bot.ActionKey }

func newButtonKey(token string) buttonKey { return buttonKey{bot.NewActionKey(token)} }

// data is the button data of an action; false when the action's command
// is not one a button may carry or does not fit in Telegram's 64 bytes.
func (k buttonKey) data(a bot.Action) (string, bool) { return k.key.Data(a, maxCallbackData) }

// press reads a button's data: a command of ours, strictly. Anything else
// is refused.
func (k buttonKey) press(data string) (bot.Action, bool) { return k.key.Read(data, maxCallbackData) }

// keyboard shows a message's actions as buttons, three a row; an action
// that cannot be a button is left out, and with none there is no keyboard.
func (b *Bot) keyboard(actions []bot.Action) *tgbotapi.InlineKeyboardMarkup {
	var buttons []tgbotapi.InlineKeyboardButton
	for _, a := range actions {
		if data, ok := b.buttons.data(a); ok && a.Label != "" {
			buttons = append(buttons, tgbotapi.NewInlineKeyboardButtonData(a.Label, data))
		}
	}
	if len(buttons) == 0 {
		return nil
	}
	var rows [][]tgbotapi.InlineKeyboardButton
	for len(buttons) > 0 {
		n := min(len(buttons), buttonsPerRow)
		rows = append(rows, buttons[:n])
		buttons = buttons[n:]
	}
	k := tgbotapi.NewInlineKeyboardMarkup(rows...)
	return &k
}

// handleCallback answers a button press: every press gets its
// answerCallbackQuery, then h's answer to the button's command. A press
// whose data is not one of our buttons' is only told the button has
// expired.
func (b *Bot) handleCallback(ctx context.Context, h bot.Handler, cq *tgbotapi.CallbackQuery) {
	a, ok := b.buttons.press(cq.Data)
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
	msg := h.Handle(ctx, b.request(cq.Message.Chat, sender{user: cq.From}, a.Command))
	if a.Replace {
		b.replace(ctx, cq.Message, msg)
		return
	}
	b.reply(ctx, outgoing{chatID: cq.Message.Chat.ID}, msg)
}

// replace shows the reply in place of the message pressed when it fits in
// one message and has items, and as a new message otherwise: a reply with
// no items (a refusal, say) leaves the pressed message as it is.
func (b *Bot) replace(ctx context.Context, pressed *tgbotapi.Message, msg bot.Message) {
	parts := Render(msg)
	if len(parts) != 1 || len(msg.Items) == 0 {
		b.reply(ctx, outgoing{chatID: pressed.Chat.ID}, msg)
		return
	}
	edit := tgbotapi.NewEditMessageText(pressed.Chat.ID, pressed.MessageID, parts[0])
	edit.ParseMode = tgbotapi.ModeHTML
	edit.DisableWebPagePreview = true
	edit.ReplyMarkup = b.keyboard(msg.Actions)
	b.toChat(ctx, pressed.Chat.ID, func(ctx context.Context) {
		if err := b.retry(ctx, func() error { _, err := b.api.Request(edit); return err }); err != nil {
			b.log.Warn("telegram: could not replace a message", "err", err)
		}
	})
}

package telegram

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot/bot"
)

// pressBot is a bot over a fakeAPI whose buttons are signed with key.
func pressBot(key string) (*Bot, *fakeAPI) {
	api := &fakeAPI{}
	return &Bot{api: api, buttons: newButtonKey(key), log: slog.New(slog.DiscardHandler), admins: map[int64]bool{}}, api
}

func press(b *Bot, h bot.Handler, data string) {
	b.handle(context.Background(), h, tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{
		ID: "q", Data: data, From: &tgbotapi.User{ID: 7},
		Message: &tgbotapi.Message{MessageID: 55, Chat: &tgbotapi.Chat{ID: 42, Type: "private"}},
	}})
}

func TestHostileButtonDataReachesNoCommand(t *testing.T) {
	ours, _ := pressBot("123:abc")
	good, _ := ours.buttons.data(bot.Action{Command: "/brief korea 10", Replace: true})
	other, _ := pressBot("456:def")
	theirs, _ := other.buttons.data(bot.Action{Command: "/brief korea"})
	hostile := []struct{ name, data string }{
		{"an earlier form", "m:korea"},
		{"another bot's button", theirs},
		{"the command changed", good[:1+sigLen] + "/unsubscribe all"},
		{"the flag changed", "n" + good[1:]},
		{"an unknown flag", "x" + good[1:]},
		{"the signature changed", good[:1] + strings.Repeat("A", sigLen) + good[1+sigLen:]},
		{"a command appended", good + "\n/unsubscribe all"},
		{"cut short", good[:len(good)-1]},
		{"only a signature", good[:1+sigLen]},
		{"empty", ""},
		{"over 64 bytes", good + strings.Repeat("a", maxCallbackData)},
		{"invalid utf-8", "m:kor\xffea"},
	}
	for _, tc := range hostile {
		t.Run(tc.name, func(t *testing.T) {
			b, api := pressBot("123:abc")
			h := &briefHandler{}
			press(b, h, tc.data)
			if len(h.got) != 0 {
				t.Errorf("reached the handler as %q", h.got)
			}
			if len(api.requests) != 1 || len(api.sent) != 0 {
				t.Fatalf("%d requests, %d messages; want the callback answer only", len(api.requests), len(api.sent))
			}
			if cb, ok := api.requests[0].(tgbotapi.CallbackConfig); !ok || cb.Text != expired {
				t.Errorf("answered %#v, want %q", api.requests[0], expired)
			}
		})
	}
}

func TestButtonDataCarriesItsCommand(t *testing.T) {
	for _, a := range []bot.Action{
		{Command: "/brief south korea 3d 10", Replace: true},
		{Command: `/subscribe "north korea"`},
		{Command: "/subscribe côte d'ivoire"},
		{Command: "/sources 韓国"},
		{Command: "/" + strings.Repeat("a", maxCallbackData-2-sigLen)},
	} {
		b, api := pressBot("123:abc")
		data, ok := b.buttons.data(a)
		if !ok || len(data) > maxCallbackData {
			t.Errorf("%q: data %q (%d bytes), %v", a.Command, data, len(data), ok)
			continue
		}
		h := &briefHandler{}
		press(b, h, data)
		if len(h.got) != 1 || h.got[0] != a.Command {
			t.Errorf("%q ran %q", a.Command, h.got)
		}
		_, edited := api.requests[len(api.requests)-1].(tgbotapi.EditMessageTextConfig)
		if sentNew := len(api.sent) > 0; edited != a.Replace || sentNew == a.Replace {
			t.Errorf("%q: edited %v, %d new messages; want an edit only when it replaces", a.Command, edited, len(api.sent))
		}
	}
}

func TestKeyboardLeavesOutWhatNoButtonCarries(t *testing.T) {
	b, _ := pressBot("123:abc")
	k := b.keyboard([]bot.Action{
		{Label: "More", Command: "/brief korea 10", Replace: true},
		{Label: "Too long", Command: "/brief " + strings.Repeat("x", maxCallbackData)},
		{Label: "Two lines", Command: "/brief korea\n/unsubscribe all"},
		{Label: "No command", Command: "brief korea"},
		{Label: "", Command: "/brief korea"},
		{Label: "Sources", Command: "/sources korea"},
		{Label: "Subscribe daily", Command: "/subscribe korea"},
		{Label: "Fourth", Command: "/help"},
	})
	var labels []string
	for _, row := range k.InlineKeyboard {
		if len(row) > buttonsPerRow {
			t.Errorf("a row of %d buttons", len(row))
		}
		for _, btn := range row {
			labels = append(labels, btn.Text)
			if len(*btn.CallbackData) > maxCallbackData {
				t.Errorf("%s: %d bytes of data", btn.Text, len(*btn.CallbackData))
			}
		}
	}
	if got := strings.Join(labels, ","); got != "More,Sources,Subscribe daily,Fourth" || len(k.InlineKeyboard) != 2 {
		t.Errorf("buttons %s in %d rows, want More,Sources,Subscribe daily,Fourth in 2", got, len(k.InlineKeyboard))
	}
	if b.keyboard([]bot.Action{{Label: "Bad", Command: "no slash"}}) != nil {
		t.Error("a keyboard with no button")
	}
}

package telegram

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestHostileButtonDataReachesNoCommand(t *testing.T) {
	hostile := []struct{ name, data string }{
		{"all as a topic", "d:all"},
		{"options after the topic", "m:korea 10 3d extra"},
		{"a window", "m:korea 3d"},
		{"a count", "s:korea 20"},
		{"a time and zone", "d:korea 07:00 Europe/Paris"},
		{"a zone", "d:korea europe/paris"},
		{"notify-empty", "d:korea notify-empty"},
		{"empty topic", "s:"},
		{"no colon", "m"},
		{"empty", ""},
		{"unknown action", "x:korea"},
		{"long action", "mm:korea"},
		{"upper case", "m:Korea"},
		{"leading space", "m: korea"},
		{"double space", "m:south  korea"},
		{"a second command", "m:korea\n/unsubscribe all"},
		{"a command as topic", "d:/unsubscribe"},
		{"invalid utf-8", "m:kor\xffea"},
		{"control character", "m:korea\x00"},
		{"over 64 bytes", "m:" + strings.Repeat("a", 63)},
	}
	for _, tc := range hostile {
		t.Run(tc.name, func(t *testing.T) {
			api, h := &fakeAPI{}, &briefHandler{}
			b := &Bot{api: api, handler: h, log: slog.New(slog.DiscardHandler), admins: map[int64]bool{}}
			b.handle(context.Background(), tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{
				ID: "q", Data: tc.data, From: &tgbotapi.User{ID: 7},
				Message: &tgbotapi.Message{MessageID: 55, Chat: &tgbotapi.Chat{ID: 42, Type: "private"}},
			}})
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

func TestGoodButtonDataRunsItsCommand(t *testing.T) {
	for data, want := range map[string]string{
		"m:south korea":                "/brief south korea 10",
		"s:korea":                      "/brief korea",
		`d:"north korea"`:              `/subscribe "north korea"`,
		"d:côte d'ivoire":              "/subscribe côte d'ivoire",
		"s:" + "韓国":                    "/brief 韓国",
		"m:" + strings.Repeat("a", 62): "/brief " + strings.Repeat("a", 62) + " 10",
	} {
		api, h := &fakeAPI{}, &briefHandler{}
		b := &Bot{api: api, handler: h, log: slog.New(slog.DiscardHandler), admins: map[int64]bool{}}
		b.handle(context.Background(), tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{
			ID: "q", Data: data, From: &tgbotapi.User{ID: 7},
			Message: &tgbotapi.Message{MessageID: 55, Chat: &tgbotapi.Chat{ID: 42, Type: "private"}},
		}})
		if len(h.got) != 1 || h.got[0] != want {
			t.Errorf("%q ran %q, want %q", data, h.got, want)
		}
	}
}

func TestBriefKeyboardOnlyForBareTopics(t *testing.T) {
	for text, buttons := range map[string]bool{
		"/brief korea":                      true,
		"/brief South Korea 3d 7":           true,
		"/brief 2026 election":              false, // "2026" would read as a count
		"/brief korea all":                  true,
		"/brief " + strings.Repeat("x", 70): false,
	} {
		topic, _ := briefTopic(text)
		if got := briefKeyboard(topic) != nil; got != buttons {
			t.Errorf("%q (topic %q): buttons %v, want %v", text, topic, got, buttons)
		}
	}
}

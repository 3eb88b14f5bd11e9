package telegram_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot/bot"
	"briefbot/bot/telegram"
	"briefbot/bot/telegram/telegramtest"
)

// recorder answers every request with what it was asked, and records it.
type recorder struct {
	mu  sync.Mutex
	got []bot.Request
}

func (r *recorder) Handle(_ context.Context, req bot.Request) bot.Message {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got = append(r.got, req)
	return bot.Text(fmt.Sprintf("answer to %s (admin %v)", req.Text, req.Admin))
}

func (r *recorder) requests() []bot.Request {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.got)
}

// step has b read and answer one batch of updates through h.
func step(t *testing.T, b *telegram.Bot, h bot.Handler) {
	t.Helper()
	if err := b.Step(context.Background(), h); err != nil {
		t.Fatal(err)
	}
}

func texts(calls []telegramtest.Call) []string {
	var out []string
	for _, c := range calls {
		out = append(out, c.Text())
	}
	return out
}

func TestGroupsAnswerCommandsForThisBotOnly(t *testing.T) {
	fake := telegramtest.New(t)
	b := connect(t, fake, telegram.Options{Admins: []int64{7}})
	h := &recorder{}
	fake.Say(-100, "supergroup", 8, "/brief@TheBot korea", 0)
	fake.Say(-100, "supergroup", 8, "/brief@OtherBot korea", 0)
	fake.Say(-100, "supergroup", 8, "good morning all", 0)
	fake.Say(-100, "supergroup", 8, "/feeds add https://example.com/feed", 0)
	fake.Say(-100, "supergroup", 7, "/feeds", 0)
	step(t, b, h)
	sent := fake.Took("sendMessage")
	want := []string{"answer to /brief@TheBot korea (admin false)", "answer to /feeds add https://example.com/feed (admin false)", "answer to /feeds (admin true)"}
	if got := texts(sent); !slices.Equal(got, want) {
		t.Fatalf("replies in the group %q, want %q", got, want)
	}
	if f := sent[0].Form; f.Get("chat_id") != "-100" || f.Get("reply_to_message_id") != "1" {
		t.Errorf("group reply: %v, want it threaded under the command", f)
	}
	if req := h.requests()[0]; !req.Shared || req.ChatAdmin == nil || req.UserID != "8" {
		t.Errorf("group request %+v, want a shared chat whose admins can be asked", req)
	}
}

func TestFloodControlOnAReplyDelaysButDelivers(t *testing.T) {
	fake := telegramtest.New(t)
	var slept []time.Duration
	b := connect(t, fake, telegram.Options{Sleep: func(_ context.Context, d time.Duration) error { slept = append(slept, d); return nil }})
	fake.Fail("sendMessage", 429, 3, "Too Many Requests: retry after 3")
	fake.Say(42, "private", 7, "/help", 0)
	step(t, b, &recorder{})
	sent := fake.Took("sendMessage")
	if len(sent) != 2 || sent[0].Text() != sent[1].Text() || sent[0].Code != 429 {
		t.Fatalf("%d sendMessage calls, want the refused one and its retry", len(sent))
	}
	if !slices.Equal(slept, []time.Duration{3 * time.Second}) {
		t.Errorf("waited %v, want [3s]", slept)
	}
}

func TestTheMenuListsTheHandlersCommands(t *testing.T) {
	fake := telegramtest.New(t)
	b := connect(t, fake, telegram.Options{})
	r := bot.NewRouter(nil)
	r.Add(bot.Command{Name: "brief", Args: "<topic>", Help: "top stories on a topic"},
		bot.Command{Name: "feeds", Help: "the feeds", Admin: true},
		bot.Command{Name: "sources", Help: "for buttons", Hidden: true},
		bot.Command{Name: "Bad-Name", Help: "not a name Telegram takes"},
		bot.Command{Name: "long", Help: strings.Repeat("é", 300)})
	b.SetCommands(context.Background(), bot.Limited(r, bot.NewLimiter(0, nil)))
	set := fake.Took("setMyCommands")
	if len(set) != 2 || set[0].Form.Get("language_code") != "" || set[1].Form.Get("language_code") != "fr" {
		t.Fatalf("setMyCommands calls %v, want the default menu and the French one", set)
	}
	if fr := set[1].Form.Get("commands"); !strings.Contains(fr, `"command":"help","description":"la liste des commandes`) ||
		!strings.Contains(fr, `"command":"long","description":"ééé`) {
		t.Errorf("the French menu, with the help French has and the rest as written: %s", fr)
	}
	menu := set[0].Form.Get("commands")
	for _, want := range []string{`"command":"brief","description":"top stories on a topic"`, `"command":"help"`, `"command":"long"`} {
		if !strings.Contains(menu, want) {
			t.Errorf("menu lacks %s: %s", want, menu)
		}
	}
	for _, unwanted := range []string{"feeds", "sources", "Bad-Name", strings.Repeat("é", 256)} {
		if strings.Contains(menu, unwanted) {
			t.Errorf("menu has %s: %s", unwanted, menu)
		}
	}
	b.SetCommands(context.Background(), &recorder{})
	if n := len(fake.Took("setMyCommands")); n != 0 {
		t.Errorf("%d setMyCommands for a handler that lists no command, want none", n)
	}
}

func TestHostileButtonsReachNothing(t *testing.T) {
	fake := telegramtest.New(t)
	b := connect(t, fake, telegram.Options{})
	h := &recorder{}
	hostile := []string{"d:all", "m:korea 10 3d extra", "s:", "d:korea", "x:korea", "d", "",
		"rAAAAAAAA/unsubscribe all", "n" + strings.Repeat("A", 8) + "/brief korea", "m:" + strings.Repeat("k", 70)}
	for _, data := range hostile {
		fake.Press(42, 101, 7, data)
	}
	step(t, b, h)
	answers := fake.Took("answerCallbackQuery")
	if len(answers) != len(hostile) {
		t.Fatalf("%d presses answered, want %d", len(answers), len(hostile))
	}
	for i, a := range answers {
		if a.Form.Get("text") != "This button has expired." {
			t.Errorf("press %q answered %q", hostile[i], a.Form.Get("text"))
		}
	}
	if sent := fake.Took("sendMessage", "editMessageText"); len(sent) != 0 || len(h.requests()) != 0 {
		t.Errorf("hostile presses got %d messages and reached the handler %d times, want none", len(sent), len(h.requests()))
	}
}

func TestConflictBacksOff(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fake := telegramtest.New(t)
	fake.Fail("getUpdates", 409, 0, "Conflict: terminated by other getUpdates request")
	var logs bytes.Buffer
	waits := 0
	b := connect(t, fake, telegram.Options{Log: slog.New(slog.NewTextHandler(&logs, nil)),
		Sleep: func(context.Context, time.Duration) error { waits++; cancel(); return nil }}) // stop after the first backoff
	if err := b.Run(ctx, &recorder{}); err != nil {
		t.Fatal(err)
	}
	if waits != 1 || !strings.Contains(logs.String(), "409 Conflict") {
		t.Errorf("%d waits; log:\n%s", waits, logs.String())
	}
	if strings.Contains(logs.String(), telegramtest.Token) {
		t.Error("the token reached the log")
	}
}

func TestTokenNotInErrors(t *testing.T) {
	fake := telegramtest.New(t)
	b := connect(t, fake, telegram.Options{})
	fake.Close()
	if err := b.Step(context.Background(), &recorder{}); err == nil || strings.Contains(err.Error(), telegramtest.Token) {
		t.Errorf("error %v: want one without the token", err)
	}
}

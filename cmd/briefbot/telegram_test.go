package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot/bot"
	"briefbot/bot/telegram"
	"briefbot/bot/telegram/telegramtest"
	"briefbot/internal/testclock"
)

// tgHarness is briefbot wired to a fake Bot API, on a real SQLite file
// holding the bundled samples: what the tests of the whole app (digests
// through the scheduler, faults of the network) drive. The adapter's own
// behaviour is tested in bot/telegram.
type tgHarness struct {
	app     *app
	fake    *telegramtest.Fake
	bot     *telegram.Bot
	handler bot.Handler // what the bot answers through, as when it runs
}

func newTGHarness(t *testing.T, ctx context.Context) *tgHarness {
	t.Helper()
	env := dbEnv(t)
	env["BRIEFBOT_TELEGRAM_TOKEN"] = telegramtest.Token
	h := &tgHarness{fake: telegramtest.New(t)}
	e := Env{Getenv: func(k string) string { return env[k] }, Now: func() time.Time { return fixedNow }, Stderr: &bytes.Buffer{}}
	a, err := openApp(ctx, e, &common{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	if err := a.prepare(ctx); err != nil {
		t.Fatal(err)
	}
	a.cfg.Telegram.APIEndpoint = h.fake.Endpoint()
	a.cfg.Telegram.Admins = []int64{7}
	h.app = a
	h.bot, err = a.telegramBot(ctx, h.fake.Client(), func(context.Context, time.Duration) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if err := h.bot.Connect(ctx); err != nil {
		t.Fatal(err)
	}
	h.handler = a.usersHandler()
	return h
}

// step has the bot read and answer one batch of updates.
func (h *tgHarness) step(t *testing.T, ctx context.Context) {
	t.Helper()
	if err := h.bot.Step(ctx, h.handler); err != nil {
		t.Fatal(err)
	}
}

// sent returns the messages sent since the last call.
func (h *tgHarness) sent() []telegramtest.Call { return h.fake.Took("sendMessage") }

func TestTelegramDigestAtItsMinute(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	h.fake.Say(42, "private", 7, "/subscribe korea 10:00 UTC", 0)
	h.fake.Say(43, "private", 9, "/subscribe korea 10:00 UTC", 0)
	h.step(t, ctx)
	h.sent()
	h.fake.Fail("sendMessage", 403, 0, "Forbidden: bot was blocked by the user")
	clock := testclock.New(time.Date(2026, 3, 10, 9, 59, 0, 0, time.UTC))
	s := h.app.newScheduler(h.bot)
	s.Clock = clock
	if err := s.Tick(ctx, clock.Now()); err != nil {
		t.Fatal(err)
	}
	if sent := h.sent(); len(sent) != 0 {
		t.Fatalf("%d messages before 10:00", len(sent))
	}
	clock.Add(time.Minute)
	if err := s.Tick(ctx, clock.Now()); err != nil {
		t.Fatal(err)
	}
	sent := h.sent()
	delivered := 0
	for _, c := range sent {
		if strings.Contains(c.Form.Get("text"), "Korea digest") {
			delivered++
		}
	}
	if len(sent) != 2 || delivered != 2 {
		t.Fatalf("at 10:00: %d sendMessage calls, %d digests; want the blocked chat's attempt and one digest", len(sent), delivered)
	}
	subs, err := h.app.store.AllSubscriptions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	paused := 0
	for _, sub := range subs {
		if sub.Paused != "" {
			paused++
		}
	}
	if paused != 1 {
		t.Errorf("%d paused subscriptions, want the blocked chat's", paused)
	}
}

// run starts Telegram when a token is set, and stops on cancel.
func TestRunStartsTelegram(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fake := telegramtest.New(t)
	fake.OnPoll(func(n int) {
		if n == 2 {
			cancel()
		}
	})
	fake.Say(42, "private", 7, "/brief korea", 0)
	cfgFile := filepath.Join(t.TempDir(), "briefbot.yaml")
	if err := os.WriteFile(cfgFile, []byte("telegram:\n  api_endpoint: "+fake.Endpoint()+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := dbEnv(t)
	env["BRIEFBOT_TELEGRAM_TOKEN"] = telegramtest.Token
	env["BRIEFBOT_CONFIG"] = cfgFile
	var out, errb bytes.Buffer
	code := Main(ctx, Env{
		Args: []string{"run"}, Getenv: func(k string) string { return env[k] },
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Now: func() time.Time { return fixedNow },
	})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if n := len(fake.Took("setMyCommands")); n != 2 {
		t.Errorf("setMyCommands called %d times, want 2: the default menu and the French one", n)
	}
	if sent := fake.Took("sendMessage"); len(sent) != 1 || !strings.Contains(sent[0].Form.Get("text"), "Korea") {
		t.Errorf("sent %+v, want the brief", sent)
	}
	if strings.Contains(errb.String(), telegramtest.Token) || strings.Contains(out.String(), telegramtest.Token) {
		t.Error("the token was printed")
	}
}

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot/bot"
	"briefbot/bot/telegram"
)

// tgHarness is briefbot wired to a fake Bot API, on a real SQLite file
// holding the bundled samples.
type tgHarness struct {
	app   *app
	fake  *fakeTelegram
	bot   *telegram.Bot
	slept []time.Duration
	logs  *bytes.Buffer
}

func newTGHarness(t *testing.T, ctx context.Context) *tgHarness {
	t.Helper()
	env := dbEnv(t)
	env["BRIEFBOT_TELEGRAM_TOKEN"] = fakeToken
	h := &tgHarness{fake: newFakeTelegram(t), logs: &bytes.Buffer{}}
	e := Env{Getenv: func(k string) string { return env[k] }, Now: func() time.Time { return fixedNow }, Stderr: h.logs}
	a, err := openApp(ctx, e, &common{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	if err := a.prepare(ctx); err != nil {
		t.Fatal(err)
	}
	a.cfg.Telegram.APIEndpoint = h.fake.endpoint()
	a.cfg.Telegram.Admins = []int64{7}
	sleep := func(_ context.Context, d time.Duration) error { h.slept = append(h.slept, d); return nil }
	if h.bot, err = a.telegramBot(ctx, h.fake.srv.Client(), sleep); err != nil {
		t.Fatal(err)
	}
	if err := h.bot.Connect(ctx); err != nil {
		t.Fatal(err)
	}
	h.app = a
	return h
}

// step has the bot read and answer one batch of updates.
func (h *tgHarness) step(t *testing.T, ctx context.Context) {
	t.Helper()
	if err := h.bot.Step(ctx); err != nil {
		t.Fatal(err)
	}
}

// sent returns the texts sent since the last call.
func (h *tgHarness) sent() []fakeCall { return h.fake.took("sendMessage") }

func TestTelegramBriefButtonsAndFollowUp(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	h.bot.SetCommands(ctx)
	if n := len(h.fake.took("setMyCommands")); n != 1 {
		t.Errorf("setMyCommands called %d times, want 1", n)
	}

	h.fake.say(42, "private", 7, "/brief korea", 0)
	h.step(t, ctx)
	polls := h.fake.took("getUpdates")
	if f := polls[0].Form; f.Get("offset") != "" || f.Get("timeout") != "30" {
		t.Errorf("getUpdates offset %q timeout %q", f.Get("offset"), f.Get("timeout"))
	}
	brief := h.sent()
	if len(brief) != 1 {
		t.Fatalf("%d messages for /brief korea, want 1", len(brief))
	}
	f := brief[0].Form
	for _, want := range []string{"<b>Korea: ", "<b>1. "} {
		if !strings.Contains(f.Get("text"), want) {
			t.Errorf("brief lacks %q:\n%s", want, f.Get("text"))
		}
	}
	if f.Get("parse_mode") != "HTML" || f.Get("disable_web_page_preview") != "true" {
		t.Errorf("parse_mode %q, preview off %q", f.Get("parse_mode"), f.Get("disable_web_page_preview"))
	}
	for _, want := range []string{`"More"`, `"m:korea"`, `"Sources"`, `"s:korea"`, `"Subscribe daily"`, `"d:korea"`} {
		if !strings.Contains(f.Get("reply_markup"), want) {
			t.Errorf("keyboard lacks %s: %s", want, f.Get("reply_markup"))
		}
	}

	// Each button press is answered, then acted on.
	h.fake.press(42, 101, 7, "d:korea")
	h.fake.press(42, 101, 7, "m:korea")
	h.fake.press(42, 101, 7, "s:korea")
	h.step(t, ctx)
	if polls := h.fake.took("getUpdates"); polls[0].Form.Get("offset") != "1001" {
		t.Errorf("second getUpdates offset %q, want 1001", polls[0].Form.Get("offset"))
	}
	if n := len(h.fake.took("answerCallbackQuery")); n != 3 {
		t.Errorf("%d presses answered, want 3", n)
	}
	var texts []string
	for _, c := range h.sent() {
		texts = append(texts, c.Form.Get("text"))
	}
	for _, c := range h.fake.took("editMessageText") {
		texts = append(texts, c.Form.Get("text"))
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"Subscribed to korea", "<b>6. ", "Sources: korea"} {
		if !strings.Contains(all, want) {
			t.Errorf("button replies lack %q:\n%s", want, all)
		}
	}

	// A reply to the brief is a follow-up question, answered as a reply.
	h.fake.say(42, "private", 7, "who chairs the consortium?", 101)
	h.step(t, ctx)
	ans := h.sent()
	if len(ans) != 1 || ans[0].Form.Get("reply_to_message_id") == "" || !strings.Contains(ans[0].Form.Get("text"), "[1] “") {
		t.Errorf("follow-up answer: %+v", ans)
	}
	if strings.Contains(h.logs.String(), fakeToken) {
		t.Error("the token reached the log")
	}
}

func TestTelegramGroupCommands(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	h.fake.say(-100, "supergroup", 8, "/brief@TheBot korea", 0)
	h.fake.say(-100, "supergroup", 8, "/brief@OtherBot korea", 0)
	h.fake.say(-100, "supergroup", 8, "good morning all", 0)
	h.fake.say(-100, "supergroup", 8, "/feeds add https://example.com/feed", 0)
	h.step(t, ctx)
	sent := h.sent()
	if len(sent) != 2 {
		t.Fatalf("%d replies in the group, want 2: %+v", len(sent), sent)
	}
	if f := sent[0].Form; f.Get("chat_id") != "-100" || f.Get("reply_to_message_id") != "1" || !strings.Contains(f.Get("text"), "Korea") {
		t.Errorf("group brief: %v", f)
	}
	if !strings.Contains(sent[1].Form.Get("text"), "Only an admin") {
		t.Errorf("a non-admin added a feed: %s", sent[1].Form.Get("text"))
	}
}

func TestTelegramFloodControlDelaysButDelivers(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	h.fake.fail("sendMessage", 429, 3, "Too Many Requests: retry after 3")
	h.fake.say(42, "private", 7, "/help", 0)
	h.step(t, ctx)
	sent := h.sent()
	if len(sent) != 2 || sent[0].Form.Get("text") != sent[1].Form.Get("text") {
		t.Fatalf("%d sendMessage calls, want the refused one and its retry", len(sent))
	}
	if len(h.slept) != 1 || h.slept[0] != 3*time.Second {
		t.Errorf("waited %v, want [3s]", h.slept)
	}
}

// fakeClock is the scheduler's clock: Sleep moves time on.
type fakeClock struct{ now time.Time }

func (c *fakeClock) Now() time.Time { return c.now }

func (c *fakeClock) Sleep(_ context.Context, d time.Duration) error {
	c.now = c.now.Add(d)
	return nil
}

func TestTelegramDigestAtItsMinute(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	h.fake.say(42, "private", 7, "/subscribe korea 10:00 UTC", 0)
	h.fake.say(43, "private", 9, "/subscribe korea 10:00 UTC", 0)
	h.step(t, ctx)
	h.sent()
	h.fake.fail("sendMessage", 403, 0, "Forbidden: bot was blocked by the user")
	clock := &fakeClock{now: time.Date(2026, 3, 10, 9, 59, 0, 0, time.UTC)}
	s := h.app.newScheduler(h.bot)
	s.Clock = clock
	if err := s.Tick(ctx, clock.now); err != nil {
		t.Fatal(err)
	}
	if sent := h.sent(); len(sent) != 0 {
		t.Fatalf("%d messages before 10:00", len(sent))
	}
	clock.now = clock.now.Add(time.Minute)
	if err := s.Tick(ctx, clock.now); err != nil {
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

// partTracker records what a platform's Send reports of each part.
type partTracker struct {
	from    int
	sending []int
	sent    []int
}

func (p *partTracker) From() int { return p.from }
func (p *partTracker) Sending(_ context.Context, part, _ int) error {
	p.sending = append(p.sending, part)
	return nil
}
func (p *partTracker) Sent(_ context.Context, part int) error {
	p.sent = append(p.sent, part)
	return nil
}

// sendDigest sends msg to chat as the scheduler does, from its first part.
func (h *tgHarness) sendDigest(ctx context.Context, chat int64, msg bot.Message) (*partTracker, error) {
	t := &partTracker{}
	return t, h.bot.Send(ctx, telegram.ChatRef(chat), msg, t)
}

func TestTelegramSenderClassifiesErrors(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	kind := func(err error) (string, time.Duration) {
		var se *bot.SendError
		if !errors.As(err, &se) {
			return "", 0
		}
		return se.Kind, se.RetryAfter
	}
	h.fake.fail("sendMessage", 429, 5, "Too Many Requests: retry after 5")
	tr, err := h.sendDigest(ctx, 42, botText("hello"))
	if k, wait := kind(err); k != bot.RetryLater || wait != 5*time.Second || len(h.sent()) != 1 || len(tr.sent) != 0 {
		t.Errorf("after a 429: %v, want retry after 5s at once, with no retry of its own", err)
	}
	h.fake.fail("sendMessage", 403, 0, "Forbidden: bot was kicked from the group chat")
	if _, err := h.sendDigest(ctx, -5, botText("hello")); !isKind(err, bot.ChatGone) {
		t.Errorf("after 403: %v, want chat gone", err)
	}
	h.fake.fail("sendMessage", 500, 0, "Internal Server Error")
	if _, err := h.sendDigest(ctx, 42, botText("hello")); !isKind(err, bot.SendFailed) {
		t.Errorf("after 500: %v, want failed (the Bot API answered: not delivered)", err)
	}
	h.fake.setIntercept(dropAfterRecording)
	if _, err := h.sendDigest(ctx, 42, botText("hello")); !isKind(err, bot.Unknown) {
		t.Errorf("connection dropped after the request: %v, want unknown", err)
	}
	h.fake.setIntercept(nil)
	h.fake.srv.Close()
	if _, err := h.sendDigest(ctx, 42, botText("hello")); !isKind(err, bot.SendFailed) {
		t.Errorf("connection refused: %v, want failed (never written)", err)
	}
}

func isKind(err error, kind string) bool {
	var se *bot.SendError
	return errors.As(err, &se) && se.Kind == kind
}

// dropAfterRecording closes the connection of a sendMessage the fake has
// recorded, without an answer: Telegram took the message, its answer is
// lost.
func dropAfterRecording(w http.ResponseWriter, _ *http.Request, method string, _ url.Values) bool {
	if method != "sendMessage" {
		return false
	}
	conn, _, err := w.(http.Hijacker).Hijack()
	if err == nil {
		conn.Close()
	}
	return true
}

func TestTelegramConflictBacksOff(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h := newTGHarness(t, ctx)
	h.fake.fail("getUpdates", 409, 0, "Conflict: terminated by other getUpdates request")
	waits := 0
	h.bot = mustBotWithSleep(t, ctx, h, func(_ context.Context, d time.Duration) error {
		waits++
		cancel() // stop after the first backoff
		return nil
	})
	if err := h.bot.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if waits != 1 || !strings.Contains(h.logs.String(), "409 Conflict") {
		t.Errorf("%d waits; log:\n%s", waits, h.logs.String())
	}
	if strings.Contains(h.logs.String(), fakeToken) {
		t.Error("the token reached the log")
	}
}

func TestTelegramTokenNotInErrors(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	h.fake.srv.Close()
	err := h.bot.Step(ctx)
	if err == nil || strings.Contains(err.Error(), fakeToken) {
		t.Errorf("error %v: want one without the token", err)
	}
}

func mustBotWithSleep(t *testing.T, ctx context.Context, h *tgHarness, sleep func(context.Context, time.Duration) error) *telegram.Bot {
	t.Helper()
	b, err := h.app.telegramBot(ctx, h.fake.srv.Client(), sleep)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Connect(ctx); err != nil {
		t.Fatal(err)
	}
	return b
}

func botText(s string) bot.Message { return bot.Text(s) }

// run starts Telegram when a token is set, and stops on cancel.
func TestRunStartsTelegram(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fake := newFakeTelegram(t)
	fake.onPoll = func(n int) {
		if n == 2 {
			cancel()
		}
	}
	fake.say(42, "private", 7, "/brief korea", 0)
	cfgFile := filepath.Join(t.TempDir(), "briefbot.yaml")
	if err := os.WriteFile(cfgFile, []byte("telegram:\n  api_endpoint: "+fake.endpoint()+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := dbEnv(t)
	env["BRIEFBOT_TELEGRAM_TOKEN"] = fakeToken
	env["BRIEFBOT_CONFIG"] = cfgFile
	var out, errb bytes.Buffer
	code := Main(ctx, Env{
		Args: []string{"run"}, Getenv: func(k string) string { return env[k] },
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Now: func() time.Time { return fixedNow },
	})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if n := len(fake.took("setMyCommands")); n != 1 {
		t.Errorf("setMyCommands called %d times", n)
	}
	if sent := fake.took("sendMessage"); len(sent) != 1 || !strings.Contains(sent[0].Form.Get("text"), "Korea") {
		t.Errorf("sent %+v, want the brief", sent)
	}
	if strings.Contains(errb.String(), fakeToken) || strings.Contains(out.String(), fakeToken) {
		t.Error("the token was printed")
	}
}

func TestRunRefusesDiscordToken(t *testing.T) {
	env := dbEnv(t)
	env["BRIEFBOT_DISCORD_TOKEN"] = "secret-discord"
	_, errs, code := runCLI(t, env, "", "run")
	if code == 0 || !strings.Contains(errs, "Discord") || strings.Contains(errs, "secret-discord") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

func TestTelegramSendsADigestPartByPart(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	long := bot.Message{Title: "Your Korea digest"}
	for i := range 30 {
		long.Lines = append(long.Lines, fmt.Sprintf("Paragraph %d: %s", i, strings.Repeat("news ", 60)))
	}
	parts := telegram.Render(long)
	if len(parts) < 3 {
		t.Fatalf("the message renders as %d parts, want 3 or more", len(parts))
	}
	h.sent()
	h.fake.fail("sendMessage", 500, 0, "Internal Server Error") // the first try of part 2 ...
	tr := &partTracker{from: 1}                                 // ... part 1 went before
	err := h.bot.Send(ctx, telegram.ChatRef(42), long, tr)
	var se *bot.SendError
	if !errors.As(err, &se) || se.Kind != bot.SendFailed || se.Part != 1 || len(tr.sent) != 0 {
		t.Fatalf("part 2 refused: %v (sent %v), want a failure of part index 1", err, tr.sent)
	}
	tr = &partTracker{from: 1}
	if err := h.bot.Send(ctx, telegram.ChatRef(42), long, tr); err != nil {
		t.Fatal(err)
	}
	sent := h.sent()
	if len(sent) != len(parts) { // the refused try, then parts 2.. once each
		t.Fatalf("%d sendMessage calls, want %d", len(sent), len(parts))
	}
	for i, c := range sent[1:] {
		if got, want := c.Form.Get("text"), parts[i+1]; got != want {
			t.Errorf("call %d sent part %q…, want part %d", i+2, cut(got, 30), i+2)
		}
	}
	if want := len(parts) - 1; len(tr.sent) != want || tr.sent[0] != 1 {
		t.Errorf("parts reported sent %v, want 1..%d", tr.sent, want)
	}
}

func cut(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

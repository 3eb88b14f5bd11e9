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
)

// tgHarness is briefbot wired to a fake Bot API, on a real SQLite file
// holding the bundled samples.
type tgHarness struct {
	app     *app
	fake    *telegramtest.Fake
	bot     *telegram.Bot
	handler bot.Handler // what the bot answers through, as when it runs
	slept   []time.Duration
	logs    *bytes.Buffer
}

func newTGHarness(t *testing.T, ctx context.Context) *tgHarness {
	t.Helper()
	env := dbEnv(t)
	env["BRIEFBOT_TELEGRAM_TOKEN"] = telegramtest.Token
	h := &tgHarness{fake: telegramtest.New(t), logs: &bytes.Buffer{}}
	e := Env{Getenv: func(k string) string { return env[k] }, Now: func() time.Time { return fixedNow }, Stderr: h.logs}
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
	h.bot = mustBotWithSleep(t, ctx, h, func(_ context.Context, d time.Duration) error { h.slept = append(h.slept, d); return nil })
	return h
}

// mustBotWithSleep makes the harness's bot and its handler again, from
// the app's settings, and connects the bot.
func mustBotWithSleep(t *testing.T, ctx context.Context, h *tgHarness, sleep func(context.Context, time.Duration) error) *telegram.Bot {
	t.Helper()
	b, err := h.app.telegramBot(ctx, h.fake.Client(), sleep)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Connect(ctx); err != nil {
		t.Fatal(err)
	}
	h.handler = h.app.usersHandler()
	return b
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

// button is the data of the button labelled label under a message sent;
// the test fails when there is none.
func button(t *testing.T, c telegramtest.Call, label string) string {
	t.Helper()
	for _, b := range c.Buttons() {
		if b.Text == label {
			return b.Data
		}
	}
	t.Fatalf("no button %q under %.60q: %v", label, c.Form.Get("text"), c.Buttons())
	return ""
}

// labels are the labels of the buttons under a message sent.
func labels(c telegramtest.Call) string {
	var out []string
	for _, b := range c.Buttons() {
		out = append(out, b.Text)
	}
	return strings.Join(out, ",")
}

func TestTelegramBriefButtonsAndFollowUp(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	h.bot.SetCommands(ctx, h.handler)
	set := h.fake.Took("setMyCommands")
	if len(set) != 1 {
		t.Fatalf("setMyCommands called %d times, want 1", len(set))
	}
	menu := set[0].Form.Get("commands")
	for _, want := range []string{`"brief"`, `"ask"`, `"subscribe"`, `"unsubscribe"`, `"subscriptions"`, `"timezone"`, `"digest"`, `"help"`} {
		if !strings.Contains(menu, want) {
			t.Errorf("menu lacks %s: %s", want, menu)
		}
	}
	for _, unwanted := range []string{`"feeds"`, `"sources"`, `"start"`} {
		if strings.Contains(menu, unwanted) {
			t.Errorf("menu has %s, which is for admins or buttons: %s", unwanted, menu)
		}
	}

	h.fake.Say(42, "private", 7, "/brief korea", 0)
	h.step(t, ctx)
	polls := h.fake.Took("getUpdates")
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
	if got := labels(brief[0]); got != "More,Sources,Subscribe daily" {
		t.Errorf("buttons %s, want More,Sources,Subscribe daily", got)
	}

	// Each button press is answered, then acted on; More shows the next
	// page in place of the brief.
	id := brief[0].MessageID
	for _, label := range []string{"Subscribe daily", "More", "Sources"} {
		h.fake.Press(42, id, 7, button(t, brief[0], label))
	}
	h.step(t, ctx)
	if polls := h.fake.Took("getUpdates"); polls[0].Form.Get("offset") != "1001" {
		t.Errorf("second getUpdates offset %q, want 1001", polls[0].Form.Get("offset"))
	}
	if n := len(h.fake.Took("answerCallbackQuery")); n != 3 {
		t.Errorf("%d presses answered, want 3", n)
	}
	var texts []string
	for _, c := range h.sent() {
		texts = append(texts, c.Form.Get("text"))
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"Subscribed to korea", "<b>Sources: korea</b>", "<b>1. ", "<a href="} {
		if !strings.Contains(all, want) {
			t.Errorf("button replies lack %q:\n%s", want, all)
		}
	}
	edits := h.fake.Took("editMessageText")
	if len(edits) != 1 || edits[0].MessageID != id || !strings.Contains(edits[0].Form.Get("text"), "<b>6. ") {
		t.Fatalf("More: edits %+v, want the brief edited in place with more stories", edits)
	}
	if got := labels(edits[0]); !strings.HasSuffix(got, "Sources,Subscribe daily") {
		t.Errorf("the longer brief's buttons %s", got)
	}

	// A reply to the brief is a follow-up question, answered as a reply.
	h.fake.Say(42, "private", 7, "who chairs the consortium?", id)
	h.step(t, ctx)
	ans := h.sent()
	if len(ans) != 1 || ans[0].Form.Get("reply_to_message_id") == "" || !strings.Contains(ans[0].Form.Get("text"), "[1] “") {
		t.Errorf("follow-up answer: %+v", ans)
	}
	if strings.Contains(h.logs.String(), telegramtest.Token) {
		t.Error("the token reached the log")
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
	h.fake.Say(42, "private", 7, "/subscribe korea 10:00 UTC", 0)
	h.fake.Say(43, "private", 9, "/subscribe korea 10:00 UTC", 0)
	h.step(t, ctx)
	h.sent()
	h.fake.Fail("sendMessage", 403, 0, "Forbidden: bot was blocked by the user")
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
	if n := len(fake.Took("setMyCommands")); n != 1 {
		t.Errorf("setMyCommands called %d times", n)
	}
	if sent := fake.Took("sendMessage"); len(sent) != 1 || !strings.Contains(sent[0].Form.Get("text"), "Korea") {
		t.Errorf("sent %+v, want the brief", sent)
	}
	if strings.Contains(errb.String(), telegramtest.Token) || strings.Contains(out.String(), telegramtest.Token) {
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

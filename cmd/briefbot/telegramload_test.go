package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot/config"
)

// moveClock is a clock the test moves, read by the bot's goroutines.
type moveClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *moveClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *moveClock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// Sleep moves the clock on by d, as the scheduler's waits do.
func (c *moveClock) Sleep(ctx context.Context, d time.Duration) error {
	c.add(d)
	return ctx.Err()
}

// waitLog is the bot's Sleep: it records each wait, and holds the first
// one until released, as a reply waiting out flood control. It never
// waits for real time.
type waitLog struct {
	mu       sync.Mutex
	waits    []time.Duration
	waiting  chan struct{} // closed when the first wait begins
	release  chan struct{} // closing it ends the first wait
	holdNext bool
}

func newWaitLog(hold bool) *waitLog {
	return &waitLog{waiting: make(chan struct{}), release: make(chan struct{}), holdNext: hold}
}

func (w *waitLog) sleep(ctx context.Context, d time.Duration) error {
	w.mu.Lock()
	w.waits = append(w.waits, d)
	hold := w.holdNext
	w.holdNext = false
	w.mu.Unlock()
	if !hold {
		return nil
	}
	close(w.waiting)
	select {
	case <-w.release:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (w *waitLog) list() []time.Duration {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.waits)
}

// setIntercept lets f answer the fake's calls first (see fakeTelegram).
func (h *tgHarness) setIntercept(f func(w http.ResponseWriter, r *http.Request, method string, form url.Values) bool) {
	h.fake.setIntercept(f)
}

// rebuild makes the harness's bot again with the settings changed: the
// clock, the waits and the per-user limit.
func (h *tgHarness) rebuild(t *testing.T, ctx context.Context, clock *moveClock, sleep func(context.Context, time.Duration) error, perMinute int) {
	t.Helper()
	if clock != nil {
		h.app.env.Now = clock.Now
	}
	if perMinute > 0 {
		h.app.cfg.Chat.RequestsPerMinute = perMinute
	}
	h.bot = mustBotWithSleep(t, ctx, h, sleep)
}

func tooManyRequests(seconds int) map[string]any {
	return map[string]any{"ok": false, "error_code": 429, "description": "Too Many Requests: retry after " + strconv.Itoa(seconds),
		"parameters": map[string]any{"retry_after": seconds}}
}

// await waits for ch, or fails the test when the watchdog fires first.
func await(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(time.Minute):
		t.Fatalf("gave up waiting: %s", what)
	}
}

func chatsOf(calls []fakeCall) []string {
	var out []string
	for _, c := range calls {
		out = append(out, c.Form.Get("chat_id"))
	}
	return out
}

func TestTelegramOneChatsFloodDelaysNoOtherChat(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	waits := newWaitLog(true)
	h.rebuild(t, ctx, nil, waits.sleep, 100) // every brief of the flood is answered
	var mu sync.Mutex
	refused := false
	otherAnswered := make(chan struct{})
	h.setIntercept(func(w http.ResponseWriter, _ *http.Request, method string, form url.Values) bool {
		if method != "sendMessage" {
			return false
		}
		mu.Lock()
		defer mu.Unlock()
		switch form.Get("chat_id") {
		case "1":
			if !refused { // the flooding chat's first reply: slow down, 7 s
				refused = true
				fakeWriteJSON(w, tooManyRequests(7))
				return true
			}
		case "2":
			close(otherAnswered)
		}
		return false
	})
	for range 60 {
		h.fake.say(1, "private", 1, "/brief korea", 0)
	}
	h.fake.say(2, "private", 2, "/brief korea", 0)
	stepped := make(chan error, 1)
	go func() { stepped <- h.bot.Step(ctx) }()
	await(t, waits.waiting, "the flooding chat waits out its 429")
	await(t, otherAnswered, "the other chat's reply")
	close(waits.release) // only now may the flooding chat's replies go on
	if err := <-stepped; err != nil {
		t.Fatal(err)
	}
	chats := chatsOf(h.sent())
	other := slices.Index(chats, "2")
	if other < 0 || other > 1 {
		t.Errorf("the other chat's reply is message %d of %v; want it first, or after the refused one", other+1, chats)
	}
	if n := strings.Count(strings.Join(chats, " "), "1"); n != 61 {
		t.Errorf("%d sendMessage calls to the flooding chat, want its 60 replies and the refused one", n)
	}
	if got := waits.list(); !slices.Equal(got, []time.Duration{7 * time.Second}) {
		t.Errorf("waits %v, want the one 7 s asked", got)
	}
}

func TestTelegramBriefLimitPerUser(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	clock := &moveClock{now: fixedNow}
	waits := newWaitLog(false)
	h.rebuild(t, ctx, clock, waits.sleep, 0) // the default: 20 a minute
	for range 22 {
		h.fake.say(5, "private", 5, "/brief korea", 0)
	}
	h.step(t, ctx)
	var texts []string
	for _, c := range h.sent() {
		texts = append(texts, c.Form.Get("text"))
	}
	if len(texts) != 21 {
		t.Fatalf("%d replies to 22 briefs, want 20 briefs and one slow-down", len(texts))
	}
	for i, s := range texts[:20] {
		if !strings.Contains(s, "<b>Korea: ") {
			t.Fatalf("reply %d is no brief: %s", i+1, s)
		}
	}
	if !strings.Contains(texts[20], "Slow down") || !strings.Contains(texts[20], "Try again in 60 s") {
		t.Errorf("21st reply %q, want a slow-down with the wait", texts[20])
	}

	// The limit is the user's, in every chat; another user is not limited.
	clock.add(30 * time.Second)
	h.fake.say(-300, "supergroup", 5, "/brief korea", 0)
	h.fake.say(-300, "supergroup", 6, "/brief korea", 0)
	h.fake.press(5, 101, 5, "m:korea")
	h.step(t, ctx)
	if sent := h.sent(); len(sent) != 1 || !strings.Contains(sent[0].Form.Get("text"), "<b>Korea: ") || sent[0].Form.Get("chat_id") != "-300" {
		t.Errorf("replies %v; want only the other user's brief", chatsOf(sent))
	}
	if edits := h.fake.took("editMessageText"); len(edits) != 0 {
		t.Errorf("More over the limit edited the brief: %v", edits)
	}

	clock.add(30 * time.Second)
	h.fake.say(5, "private", 5, "/brief korea", 0)
	h.step(t, ctx)
	if sent := h.sent(); len(sent) != 1 || !strings.Contains(sent[0].Form.Get("text"), "<b>Korea: ") {
		t.Errorf("a minute later: %d replies, want the brief", len(sent))
	}
	if len(waits.list()) != 0 {
		t.Errorf("waited %v", waits.list())
	}
}

// postJSON posts an update to the webhook and returns the status.
func postJSON(t *testing.T, url string, update map[string]any) int {
	t.Helper()
	body, _ := json.Marshal(update)
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Error(err)
		return 0
	}
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", hookSecret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Error(err)
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

func briefUpdate(id int, chat, user int64) map[string]any {
	return map[string]any{"update_id": id, "message": map[string]any{
		"message_id": id, "date": 0, "text": "/brief korea",
		"chat": map[string]any{"id": chat, "type": "private"},
		"from": map[string]any{"id": user, "is_bot": false, "first_name": "Ana"},
	}}
}

func TestTelegramWebhookTakesUpdatesAsPollingDoes(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	h.app.cfg.Telegram.Webhook = config.Webhook{URL: "https://bot.example.org/tg", Listen: "127.0.0.1:0", SecretToken: hookSecret}
	waits := newWaitLog(false)
	h.rebuild(t, ctx, nil, waits.sleep, 100)
	if err := h.bot.SetWebhook(ctx); err != nil {
		t.Fatal(err)
	}
	if set := h.fake.took("setWebhook"); len(set) != 1 || set[0].Form.Get("max_connections") != "8" {
		t.Errorf("setWebhook %+v, want one connection a worker", set)
	}
	srv := httptest.NewServer(h.bot.WebhookHandler())
	defer srv.Close()

	// The flooding chat's first reply is held, as by a slow network, so
	// its chat is busy when the webhook's posts come.
	var mu sync.Mutex
	held, release, otherAnswered := make(chan struct{}), make(chan struct{}), make(chan struct{})
	holding := true
	h.setIntercept(func(_ http.ResponseWriter, _ *http.Request, method string, form url.Values) bool {
		if method != "sendMessage" {
			return false
		}
		mu.Lock()
		hold := holding && form.Get("chat_id") == "1"
		holding = holding && !hold
		mu.Unlock()
		switch {
		case hold:
			close(held)
			<-release
		case form.Get("chat_id") == "2":
			close(otherAnswered)
		}
		return false
	})
	h.fake.say(1, "private", 1, "/brief korea", 0)
	stepped := make(chan error, 1)
	go func() { stepped <- h.bot.Step(ctx) }()
	await(t, held, "the flooding chat's first reply")

	for i := range 59 {
		if got := postJSON(t, srv.URL, briefUpdate(2000+i, 1, 1)); got != http.StatusOK {
			t.Fatalf("post %d: status %d", i, got)
		}
	}
	if got := postJSON(t, srv.URL, briefUpdate(3000, 2, 2)); got != http.StatusOK {
		t.Fatalf("other chat's post: status %d", got)
	}
	await(t, otherAnswered, "the other chat's reply")
	close(release)
	if err := <-stepped; err != nil {
		t.Fatal(err)
	}
	chats := chatsOf(h.sent())
	if other := slices.Index(chats, "2"); other != 1 || len(chats) != 61 {
		t.Errorf("replies to chats %v; want the held one, the other chat's, then the flood's 59", chats)
	}
}

func TestTelegramStopFinishesTheUpdatesTaken(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h := newTGHarness(t, ctx)
	for chat := range int64(12) {
		h.fake.say(100+chat, "private", 100+chat, "/brief korea", 0)
	}
	h.fake.onPoll = func(n int) {
		if n == 2 {
			cancel() // stop while the first batch is being answered
		}
	}
	waits := newWaitLog(false)
	h.rebuild(t, ctx, nil, waits.sleep, 0)
	if err := h.bot.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(h.sent()); n != 12 {
		t.Errorf("%d replies after the stop, want all 12 updates taken answered", n)
	}
	polls := h.fake.took("getUpdates")
	if len(polls) < 2 || polls[1].Form.Get("offset") != "1012" {
		t.Errorf("%d polls; want the second to acknowledge the 12 taken", len(polls))
	}
}

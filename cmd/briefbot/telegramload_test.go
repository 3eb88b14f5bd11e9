package main

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot/bot/telegram/telegramtest"
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

func chatsOf(calls []telegramtest.Call) []string {
	var out []string
	for _, c := range calls {
		out = append(out, c.Form.Get("chat_id"))
	}
	return out
}

func TestTelegramBriefLimitPerUser(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	clock := &moveClock{now: fixedNow}
	waits := newWaitLog(false)
	h.rebuild(t, ctx, clock, waits.sleep, 0) // the default: 20 a minute
	for range 22 {
		h.fake.Say(5, "private", 5, "/brief korea", 0)
	}
	h.step(t, ctx)
	briefs := h.sent()
	var texts []string
	for _, c := range briefs {
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
	h.fake.Say(-300, "supergroup", 5, "/brief korea", 0)
	h.fake.Say(-300, "supergroup", 6, "/brief korea", 0)
	h.fake.Press(5, briefs[0].MessageID, 5, button(t, briefs[0], "More"))
	h.step(t, ctx)
	if sent := h.sent(); len(sent) != 1 || !strings.Contains(sent[0].Form.Get("text"), "<b>Korea: ") || sent[0].Form.Get("chat_id") != "-300" {
		t.Errorf("replies %v; want only the other user's brief", chatsOf(sent))
	}
	if edits := h.fake.Took("editMessageText"); len(edits) != 0 {
		t.Errorf("More over the limit edited the brief: %v", edits)
	}

	clock.add(30 * time.Second)
	h.fake.Say(5, "private", 5, "/brief korea", 0)
	h.step(t, ctx)
	if sent := h.sent(); len(sent) != 1 || !strings.Contains(sent[0].Form.Get("text"), "<b>Korea: ") {
		t.Errorf("a minute later: %d replies, want the brief", len(sent))
	}
	if len(waits.list()) != 0 {
		t.Errorf("waited %v", waits.list())
	}
}

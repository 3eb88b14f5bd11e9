package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"briefbot"
)

// testClock is a clock the test moves.
type testClock struct{ now time.Time }

func (c *testClock) Now() time.Time { return c.now }

func TestLimiterCountsTheLastMinutePerUser(t *testing.T) {
	clock := &testClock{now: time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)}
	l := NewLimiter(3, clock.Now)
	type answer struct {
		ok   bool
		wait time.Duration
		warn bool
	}
	ask := func(platform, user string) answer {
		ok, wait, warn := l.Allow(platform, user)
		return answer{ok, wait, warn}
	}
	for i := range 3 {
		if got := ask("telegram", "5"); !got.ok {
			t.Fatalf("request %d refused: %+v", i+1, got)
		}
		clock.now = clock.now.Add(10 * time.Second)
	}
	if got, want := ask("telegram", "5"), (answer{false, 30 * time.Second, true}); got != want {
		t.Errorf("4th: %+v, want %+v (the first leaves the window 30 s later)", got, want)
	}
	if got := ask("telegram", "5"); got.ok || got.warn {
		t.Errorf("5th: %+v, want refused without a warning", got)
	}
	if got := ask("discord", "5"); !got.ok {
		t.Errorf("the same id on another platform refused: %+v", got)
	}
	if got := ask("telegram", "6"); !got.ok {
		t.Errorf("another user refused: %+v", got)
	}
	clock.now = clock.now.Add(30 * time.Second)
	if got := ask("telegram", "5"); !got.ok {
		t.Errorf("after the first left the window: %+v", got)
	}
	if got := ask("telegram", "5"); got.ok || !got.warn {
		t.Errorf("over again: %+v, want a new warning", got)
	}
	clock.now = clock.now.Add(2 * time.Minute)
	l.Allow("telegram", "7")
	if n := len(l.users); n != 1 {
		t.Errorf("%d users remembered a minute after the others went quiet, want 1", n)
	}
}

// countHandler counts the requests that reach it.
type countHandler struct{ got []string }

func (h *countHandler) Handle(_ context.Context, req Request) Message {
	h.got = append(h.got, req.Text)
	return Text("answer to " + req.Text)
}

func TestLimitedAnswersAFloodOnce(t *testing.T) {
	clock := &testClock{now: time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)}
	next := &countHandler{}
	h := Limited(next, NewLimiter(2, clock.Now))
	chat := briefbot.ChatRef{Platform: "telegram", ID: "5"}
	say := func(text string) Message {
		return h.Handle(context.Background(), Request{Chat: chat, UserID: "5", Text: text})
	}
	say("/brief korea")
	say("/ask who?")
	if got := text(say("/brief@TheBot japan")); !strings.Contains(got, "Slow down") || !strings.Contains(got, "Try again in 60 s") {
		t.Errorf("3rd: %q, want a slow-down with the wait", got)
	}
	if got := say("/brief chile"); !got.Empty() {
		t.Errorf("4th: %+v, want no reply", got)
	}
	if got := text(say("/help")); !strings.Contains(got, "answer to /help") {
		t.Errorf("/help was limited: %q", got)
	}
	if len(next.got) != 3 {
		t.Errorf("handler got %q, want the two in budget and /help", next.got)
	}
	clock.now = clock.now.Add(time.Minute)
	if got := text(say("/brief korea")); !strings.Contains(got, "answer to") {
		t.Errorf("a minute later: %q", got)
	}
}

func TestLimitedCountsFollowUpsAndListsTheCommands(t *testing.T) {
	clock := &testClock{now: time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)}
	r := NewRouter(nil)
	h := Limited(r, NewLimiter(1, clock.Now))
	chat := briefbot.ChatRef{Platform: "telegram", ID: "5"}
	h.Handle(context.Background(), Request{Chat: chat, UserID: "5", Text: "who said it?", FollowUp: true})
	got := h.Handle(context.Background(), Request{Chat: chat, UserID: "5", Text: "/sources korea"})
	if !strings.Contains(text(got), "Slow down") {
		t.Errorf("after a follow-up, /sources = %q, want a slow-down", text(got))
	}
	if got, want := len(CommandsOf(h)), len(r.Commands()); got != want || want == 0 {
		t.Errorf("the limited handler lists %d commands, the router %d", got, want)
	}
}

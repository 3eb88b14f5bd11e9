package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
)

// record is a log of what ran, safe for the lanes' goroutines.
type record struct {
	mu  sync.Mutex
	got []string
}

func (r *record) add(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got = append(r.got, s)
}

func (r *record) list() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.got)
}

func mustWait(t *testing.T, l *Lanes[string]) {
	t.Helper()
	if err := l.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestLanesKeepEachChatsOrderWithinTheWorkers(t *testing.T) {
	l := NewLanes[string](LanesOptions{Workers: 3, Backlog: 100, Outbox: 100, Capacity: 1000})
	var running, most atomic.Int32
	rec := &record{}
	for i := range 20 {
		for _, chat := range []string{"a", "b", "c", "d", "e"} {
			got := l.Take(chat, func(context.Context) {
				n := running.Add(1)
				for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
				}
				rec.add(fmt.Sprintf("%s%d", chat, i))
				running.Add(-1)
				l.Send(chat, func(context.Context) { rec.add(fmt.Sprintf("%s%d sent", chat, i)) })
			})
			if got != Queued {
				t.Fatalf("take %s%d: %v", chat, i, got)
			}
		}
	}
	mustWait(t, l)
	if m := most.Load(); m > 3 {
		t.Errorf("%d messages answered at once, want at most 3", m)
	}
	for _, chat := range []string{"a", "b", "c", "d", "e"} {
		var answered, sent []string
		for _, s := range rec.list() {
			var c string
			var i int
			if n, _ := fmt.Sscanf(s, "%1s%d", &c, &i); n == 2 && c == chat {
				if len(s) > 4 && s[len(s)-4:] == "sent" {
					sent = append(sent, s)
				} else {
					answered = append(answered, s)
				}
			}
		}
		for i := range 20 {
			if answered[i] != fmt.Sprintf("%s%d", chat, i) || sent[i] != fmt.Sprintf("%s%d sent", chat, i) {
				t.Fatalf("chat %s out of order: %v / %v", chat, answered, sent)
			}
		}
	}
	if l.Busy("a") {
		t.Error("a chat still busy after Wait")
	}
}

func TestLanesTakeTurnsBetweenChats(t *testing.T) {
	l := NewLanes[string](LanesOptions{Workers: 1, Backlog: 100, Outbox: 100, Capacity: 1000})
	rec := &record{}
	hold := make(chan struct{})
	l.Take("flood", func(context.Context) { <-hold; rec.add("flood0") })
	for i := 1; i < 5; i++ {
		l.Take("flood", func(context.Context) { rec.add(fmt.Sprint("flood", i)) })
	}
	l.Take("quiet", func(context.Context) { rec.add("quiet") })
	close(hold)
	mustWait(t, l)
	want := []string{"flood0", "quiet", "flood1", "flood2", "flood3", "flood4"}
	if got := rec.list(); !slices.Equal(got, want) {
		t.Errorf("answered %v, want %v: the quiet chat right after the flood's first", got, want)
	}
}

func TestLanesStuckRepliesHoldUpTheirChatOnly(t *testing.T) {
	l := NewLanes[string](LanesOptions{Workers: 2, Backlog: 100, Outbox: 1, Capacity: 1000})
	rec := &record{}
	stuck, secondDone := make(chan struct{}), make(chan struct{})
	for i := range 3 {
		l.Take("slow", func(context.Context) {
			rec.add(fmt.Sprint("slow", i))
			l.Send("slow", func(context.Context) {
				if i == 0 {
					<-stuck // as a reply waiting out flood control
				}
				rec.add(fmt.Sprint("slow", i, " sent"))
			})
			if i == 1 {
				close(secondDone)
			}
		})
	}
	<-secondDone
	l.Take("other", func(context.Context) {
		rec.add("other")
		l.Send("other", func(context.Context) { rec.add("other sent") })
	})
	if err := l.WaitChat(context.Background(), "other"); err != nil {
		t.Fatal(err)
	}
	if got := rec.list(); slices.Contains(got, "slow2") || !slices.Contains(got, "other sent") {
		t.Errorf("while a reply is stuck: %v; want the other chat answered and the slow chat's third message waiting", got)
	}
	close(stuck)
	mustWait(t, l)
	var answered, sent []string
	for _, s := range rec.list() {
		switch {
		case s[0] != 's':
		case len(s) > 5:
			sent = append(sent, s)
		default:
			answered = append(answered, s)
		}
	}
	if !slices.Equal(answered, []string{"slow0", "slow1", "slow2"}) || !slices.Equal(sent, []string{"slow0 sent", "slow1 sent", "slow2 sent"}) {
		t.Errorf("slow chat answered %v and sent %v, both in order", answered, sent)
	}
	if got := rec.list(); slices.Index(got, "slow2") < slices.Index(got, "slow0 sent") {
		t.Errorf("%v: the third message started before the stuck reply went out", got)
	}
}

func TestLanesBoundWhatTheyHold(t *testing.T) {
	l := NewLanes[string](LanesOptions{Workers: 1, Backlog: 2, Outbox: 10, Capacity: 3})
	started, hold := make(chan struct{}), make(chan struct{})
	l.Take("a", func(context.Context) { close(started); <-hold })
	<-started
	var got []Taken
	for _, chat := range []string{"a", "a", "a", "a", "b", "c"} {
		got = append(got, l.Take(chat, func(context.Context) {}))
	}
	want := []Taken{Queued, Queued, Dropped, DroppedAgain, Queued, Full}
	if !slices.Equal(got, want) {
		t.Errorf("takes %v, want %v", got, want)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := l.Room(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("room while full: %v, want to wait", err)
	}
	close(hold)
	if n, err := l.Room(context.Background()); err != nil || n < 1 {
		t.Errorf("room after: %d, %v", n, err)
	}
	mustWait(t, l)
	if n, _ := l.Room(context.Background()); n != 3 {
		t.Errorf("room when idle %d, want 3", n)
	}
}

func TestLanesAbandonDropsWhatWaitsAndCancelsWhatRuns(t *testing.T) {
	l := NewLanes[string](LanesOptions{Workers: 1, Backlog: 10, Outbox: 10, Capacity: 10})
	rec := &record{}
	started := make(chan struct{})
	l.Take("a", func(ctx context.Context) {
		close(started)
		<-ctx.Done()
		rec.add("a0 cancelled")
	})
	l.Take("a", func(context.Context) { rec.add("a1") })
	<-started
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := l.Wait(ctx); err == nil {
		t.Fatal("Wait returned with work still running")
	}
	l.Abandon()
	mustWait(t, l)
	if got := rec.list(); !slices.Equal(got, []string{"a0 cancelled"}) {
		t.Errorf("ran %v, want only the first, cancelled", got)
	}
	if got := l.Take("b", func(context.Context) { rec.add("b") }); got != Full {
		t.Errorf("take after Abandon: %v, want Full", got)
	}
}

func TestLanesContainPanics(t *testing.T) {
	var stages []string
	var mu sync.Mutex
	l := NewLanes[string](LanesOptions{Workers: 1, Backlog: 10, Outbox: 10, Capacity: 10,
		OnPanic: func(stage string, _ error) { mu.Lock(); stages = append(stages, stage); mu.Unlock() }})
	rec := &record{}
	l.Take("a", func(context.Context) {
		l.Send("a", func(context.Context) { panic("reply") })
		panic("message")
	})
	l.Take("a", func(context.Context) { rec.add("a1") })
	mustWait(t, l)
	slices.Sort(stages)
	if !slices.Equal(stages, []string{"message", "reply"}) || !slices.Equal(rec.list(), []string{"a1"}) {
		t.Errorf("panics %v, then ran %v; want both contained and the next message answered", stages, rec.list())
	}
}

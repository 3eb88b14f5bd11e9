package poll

import (
	"context"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/storage/sqlite"
	"briefbot/storage/teststore"
)

// heldFeeds holds every ReadFeed until its feed's gate is closed, and
// says when each begins.
type heldFeeds struct {
	mu      sync.Mutex
	gates   map[string]chan struct{}
	entered chan string
}

func (h *heldFeeds) ReadFeed(ctx context.Context, f briefbot.Feed) (Fetched, error) {
	h.mu.Lock()
	ch := h.gates[f.URL]
	h.mu.Unlock()
	h.entered <- f.URL
	select {
	case <-ch:
		return Fetched{NotModified: true}, nil
	case <-ctx.Done():
		return Fetched{}, ctx.Err()
	}
}

// state is what the scheduler holds: polls running, by host, and queued.
func (p *Poller) state() (running int, hosts map[string]int, queued []string) {
	s := &p.sched
	s.mu.Lock()
	defer s.mu.Unlock()
	hosts = map[string]int{}
	for h, n := range s.hosts {
		hosts[h] = n
	}
	for _, j := range s.queue {
		queued = append(queued, j.feed.URL)
	}
	return s.running, hosts, queued
}

func TestSchedulerHoldsConcurrencyAndPerHostAcrossStarts(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2026, 4, 1, 8, 0, 0, 0, time.UTC)
	db := teststore.Open(t)
	urls := []string{"https://a.example/1", "https://a.example/2", "https://a.example/3", "https://b.example/1", "https://c.example/1"}
	net := &heldFeeds{gates: map[string]chan struct{}{}, entered: make(chan string, len(urls))}
	for i, u := range urls {
		if _, err := db.AddFeed(ctx, briefbot.Feed{URL: u, Name: u, Enabled: true, Added: t0, NextCheck: t0.Add(time.Duration(i) * time.Second)}); err != nil {
			t.Fatal(err)
		}
		net.gates[u] = make(chan struct{})
	}
	p := &Poller{Store: db, Feeds: net, Opt: Options{Concurrency: 3, PerHost: 2}}

	for _, at := range []time.Time{t0.Add(time.Minute), t0.Add(2 * time.Minute)} { // the second finds them all taken
		if err := p.Start(ctx, at); err != nil {
			t.Fatal(err)
		}
		running, hosts, queued := p.state()
		if running != 3 || hosts["a.example"] != 2 || hosts["b.example"] != 1 || len(queued) != 2 || queued[0] != urls[2] || queued[1] != urls[4] {
			t.Fatalf("after Start: %d running %v, queued %v; want a1, a2 and b1 running, a3 and c1 waiting", running, hosts, queued)
		}
	}
	for range 3 {
		<-net.entered
	}
	close(net.gates[urls[3]]) // b1 ends: a3 still waits for its host, c1 goes
	if got := <-net.entered; got != urls[4] {
		t.Fatalf("%s began after b1, want c1", got)
	}
	if _, _, queued := p.state(); len(queued) != 1 || queued[0] != urls[2] {
		t.Fatalf("queued %v, want a3", queued)
	}
	close(net.gates[urls[0]]) // a1 ends: a3 goes
	if got := <-net.entered; got != urls[2] {
		t.Fatalf("%s began after a1, want a3", got)
	}
	for _, u := range []string{urls[1], urls[2], urls[4]} {
		close(net.gates[u])
	}
	p.Wait()
	if running, hosts, queued := p.state(); running != 0 || len(hosts) != 0 || len(queued) != 0 {
		t.Errorf("after Wait: %d running %v, queued %v", running, hosts, queued)
	}
	for _, f := range mustFeeds(t, db) {
		want := t0.Add(time.Minute) // started by the first Start
		if f.URL == urls[2] || f.URL == urls[4] {
			want = t0.Add(2 * time.Minute) // queued still at the second
		}
		if !f.LastCheck.Equal(want) {
			t.Errorf("%s polled as of %v, want %v", f.URL, f.LastCheck, want)
		}
	}
}

func TestQueuedPollsAreDroppedWhenTheirContextEnds(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2026, 4, 1, 8, 0, 0, 0, time.UTC)
	db := teststore.Open(t)
	net := &heldFeeds{gates: map[string]chan struct{}{}, entered: make(chan string, 2)}
	for _, u := range []string{"https://a.example/1", "https://b.example/1"} {
		if _, err := db.AddFeed(ctx, briefbot.Feed{URL: u, Name: u, Enabled: true, Added: t0, NextCheck: t0}); err != nil {
			t.Fatal(err)
		}
		net.gates[u] = make(chan struct{})
	}
	p := &Poller{Store: db, Feeds: net, Opt: Options{Concurrency: 1}}
	stop, cancel := context.WithCancel(ctx)
	if err := p.Start(stop, t0); err != nil {
		t.Fatal(err)
	}
	<-net.entered
	cancel()
	p.Wait()
	if len(net.entered) != 0 {
		t.Errorf("a poll queued when the stop came was started: %s", <-net.entered)
	}
	for _, f := range mustFeeds(t, db) {
		if !f.LastCheck.IsZero() || f.Failures != 0 {
			t.Errorf("a stopped or dropped poll changed %s: %+v", f.URL, f)
		}
	}
}

func mustFeeds(t *testing.T, db *sqlite.DB) []briefbot.Feed {
	t.Helper()
	feeds, err := db.Feeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return feeds
}

func TestTicksGivesTheFirstTickAtOnce(t *testing.T) {
	at := time.Date(2031, 3, 12, 9, 41, 0, 0, time.UTC)
	ctx, cancel := context.WithCancel(context.Background())
	ticks := Ticks(ctx, time.Hour, func() time.Time { return at })
	cancel()
	select {
	case got := <-ticks:
		if !got.Equal(at) {
			t.Errorf("first tick at %v, want the clock's %v", got, at)
		}
	default:
		t.Fatal("no tick at once: the first poll would wait an interval")
	}
}

package poll_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/poll"
)

// pageSite serves a page for every link and records the reads. onRead, when
// set, is called with the count of reads so far before each answer.
type pageSite struct {
	mu     sync.Mutex
	reads  int
	served []string // links whose page was given
	onRead func(n int)
}

func (s *pageSite) ReadPage(ctx context.Context, url string) (poll.Page, error) {
	s.mu.Lock()
	s.reads++
	n, hook := s.reads, s.onRead
	s.mu.Unlock()
	if hook != nil {
		hook(n)
	}
	if err := ctx.Err(); err != nil {
		return poll.Page{}, err
	}
	s.mu.Lock()
	s.served = append(s.served, url)
	s.mu.Unlock()
	return poll.Page{Text: "The full story behind " + url + ": the council met until late and voted on the harbour budget, the ferry timetable and the new school."}, nil
}

// take returns the links served since the last call.
func (s *pageSite) take() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.served
	s.served = nil
	return out
}

// snippet is a feed item that carries only a snippet, published age ago.
func snippet(n int, age time.Duration) poll.Item {
	return poll.Item{
		GUID: fmt.Sprintf("s-%d", n), Link: fmt.Sprintf("https://big.example/a/%d", n),
		Title: fmt.Sprintf("Council notice %d", n), Published: t0.Add(-age),
		Text: fmt.Sprintf("Notice %d: the council publishes its decision number %d on the harbour.", n, n),
	}
}

// snippets are n snippet items, item i published i minutes before t0, in
// an order shuffled with seed.
func snippets(n int, seed uint64) []poll.Item {
	items := make([]poll.Item, n)
	for i := range items {
		items[i] = snippet(i, time.Duration(i)*time.Minute)
	}
	rnd := rand.New(rand.NewPCG(seed, seed))
	rnd.Shuffle(n, func(i, j int) { items[i], items[j] = items[j], items[i] })
	return items
}

// lockedBuffer is a log destination the test reads after the poller wrote.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) lines(substr string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, line := range strings.Split(l.b.String(), "\n") {
		if strings.Contains(line, substr) {
			out = append(out, line)
		}
	}
	return out
}

func TestPageCapReadsOnlyTheNewestPages(t *testing.T) {
	r := newRig(t)
	var logs lockedBuffer
	r.p.Log = slog.New(slog.NewTextHandler(&logs, nil))
	site := &pageSite{}
	r.p.Pages = site
	f := r.follow(t, "https://big.example/rss")
	r.net.by[f.URL] = poll.Fetched{Items: snippets(500, 1)}
	r.tick(t, t0)

	read := site.take()
	if len(read) != 50 {
		t.Fatalf("%d pages read, want the cap of 50", len(read))
	}
	for _, link := range read {
		var n int
		if _, err := fmt.Sscanf(link, "https://big.example/a/%d", &n); err != nil || n >= 50 {
			t.Errorf("page %s read; want only the 50 newest items' (0-49)", link)
		}
	}
	if got := r.articles(t); got != 500 {
		t.Errorf("%d articles stored, want all 500: those past the cap keep their snippet", got)
	}
	capped := logs.lines("page cap")
	if len(capped) != 1 || !strings.Contains(capped[0], "pages=50") || !strings.Contains(capped[0], "snippets_kept=450") {
		t.Errorf("want one log line for the feed with the counts, got %q", capped)
	}
}

func TestPageCapUndatedItemsGoInFeedOrder(t *testing.T) {
	r := newRig(t)
	r.p.Opt.MaxPages = 2
	site := &pageSite{}
	r.p.Pages = site
	f := r.follow(t, "https://big.example/rss")
	var items []poll.Item
	for i := range 5 {
		it := snippet(i, 0)
		it.Published = time.Time{}
		items = append(items, it)
	}
	full := item(9, time.Hour) // full text: needs no page, takes no page from the cap
	r.net.by[f.URL] = poll.Fetched{Items: append([]poll.Item{full}, items...)}
	r.tick(t, t0)
	read := site.take()
	slices.Sort(read)
	if want := []string{"https://big.example/a/0", "https://big.example/a/1"}; !slices.Equal(read, want) {
		t.Errorf("pages read %v, want the first two snippet items of the feed %v", read, want)
	}
	if got := r.articles(t); got != 6 {
		t.Errorf("%d articles stored, want 6", got)
	}
}

func TestStoppedPollKeepsItsBatchesAndTheNextTakesTheRest(t *testing.T) {
	const n = 300
	r := newRig(t)
	r.p.Opt.MaxPages, r.p.Opt.Batch = n, 50
	site := &pageSite{}
	r.p.Pages = site
	f := r.follow(t, "https://big.example/rss")
	r.net.by[f.URL] = poll.Fetched{Items: snippets(n, 2), ETag: `"v1"`}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	site.onRead = func(reads int) {
		if reads == 120 { // in the third batch: a SIGTERM
			cancel()
		}
	}
	if err := r.p.Tick(ctx, t0); err != nil {
		t.Fatal(err)
	}

	first := site.take()
	taken := takenKeys(t, r, f.ID, n)
	if len(taken) < 100 || len(taken) >= n {
		t.Fatalf("%d items taken by the stopped poll, want the two batches done and more left", len(taken))
	}
	if got := r.articles(t); got != len(taken) {
		t.Errorf("%d articles stored but %d items recorded as taken", got, len(taken))
	}
	if got := keysOfLinks(first); !slices.Equal(got, taken) {
		t.Errorf("the items taken are not those whose page was read:\nread  %v\ntaken %v", got, taken)
	}
	if g := r.feed(t, f.ID); !g.LastSuccess.IsZero() || g.Failures != 0 || g.ETag != "" || !g.NextCheck.Equal(t0) {
		t.Errorf("a stopped poll changed the feed's state: %+v", g)
	}

	site.onRead = nil
	r.tick(t, t0)
	second := site.take()
	if len(second) != n-len(taken) {
		t.Errorf("the next poll read %d pages, want the %d left", len(second), n-len(taken))
	}
	for _, k := range keysOfLinks(second) {
		if _, again := slices.BinarySearch(taken, k); again {
			t.Errorf("item %s taken twice", k)
		}
	}
	if got := r.articles(t); got != n {
		t.Errorf("%d articles after the next poll, want %d", got, n)
	}
	if g := r.feed(t, f.ID); g.LastSuccess != t0 || g.ETag != `"v1"` {
		t.Errorf("the complete poll did not save the feed's state: %+v", g)
	}
}

// takenKeys returns, sorted, the keys of the feed's n snippet items that
// are recorded as taken.
func takenKeys(t *testing.T, r *rig, feedID int64, n int) []string {
	t.Helper()
	all := make([]string, n)
	for i := range all {
		all[i] = fmt.Sprintf("s-%d", i)
	}
	unseen, err := r.db.UnseenItems(context.Background(), feedID, all)
	if err != nil {
		t.Fatal(err)
	}
	taken := slices.DeleteFunc(all, func(k string) bool { return slices.Contains(unseen, k) })
	slices.Sort(taken)
	return taken
}

// keysOfLinks maps the links of snippet items to their keys, sorted.
func keysOfLinks(links []string) []string {
	keys := make([]string, len(links))
	for i, l := range links {
		keys[i] = "s-" + strings.TrimPrefix(l, "https://big.example/a/")
	}
	slices.Sort(keys)
	return keys
}

// gatedFeeds answers from a table, but holds ReadFeed of a gated feed until
// its gate is closed (or the poll's context ends), saying when it begins.
type gatedFeeds struct {
	*feeds
	mu       sync.Mutex
	gates    map[string]chan struct{}
	entered  chan string
	inFlight map[string]int
	calls    map[string]int
	most     int // the most reads of one feed ever in flight at once
}

func gate(f *feeds) *gatedFeeds {
	return &gatedFeeds{feeds: f, gates: map[string]chan struct{}{}, entered: make(chan string, 16), inFlight: map[string]int{}, calls: map[string]int{}}
}

func (g *gatedFeeds) ReadFeed(ctx context.Context, f briefbot.Feed) (poll.Fetched, error) {
	g.mu.Lock()
	g.calls[f.URL]++
	g.inFlight[f.URL]++
	g.most = max(g.most, g.inFlight[f.URL])
	ch := g.gates[f.URL]
	g.mu.Unlock()
	defer func() {
		g.mu.Lock()
		g.inFlight[f.URL]--
		g.mu.Unlock()
	}()
	if ch != nil {
		g.entered <- f.URL
		select {
		case <-ch:
		case <-ctx.Done():
			return poll.Fetched{}, briefbot.Errorf(briefbot.EInternal, "fetch cancelled")
		}
	}
	return g.feeds.ReadFeed(ctx, f)
}

func (g *gatedFeeds) reads(url string) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.calls[url]
}

func TestSlowFeedDoesNotDelayAFastOne(t *testing.T) {
	r := newRig(t)
	net := gate(r.net)
	r.p.Feeds = net
	ctx := context.Background()
	slow := r.follow(t, "https://slow.example/rss")
	fast, err := r.db.AddFeed(ctx, briefbot.Feed{URL: "https://fast.example/rss", Name: "Fast", Enabled: true, Added: t0, NextCheck: t0.Add(time.Minute)})
	if err != nil {
		t.Fatal(err)
	}
	r.net.by[slow.URL] = poll.Fetched{Items: []poll.Item{item(1, time.Hour), item(2, time.Hour)}}
	r.net.by[fast.URL] = poll.Fetched{Items: []poll.Item{item(3, time.Hour)}}
	net.gates[slow.URL] = make(chan struct{})

	if err := r.p.Start(ctx, t0); err != nil {
		t.Fatal(err)
	}
	<-net.entered // the slow feed is being read, and stays so
	at := fast.NextCheck
	for round := 1; round <= 2; round++ {
		r.tick(t, at) // returns once the fast feed is polled: it does not wait for the slow one
		got := r.feed(t, fast.ID)
		if got.LastSuccess != at || net.reads(fast.URL) != round {
			t.Fatalf("round %d: the fast feed was not polled at %v while the slow one was read: %+v", round, at, got)
		}
		at = got.NextCheck
	}
	if got := net.reads(slow.URL); got != 1 {
		t.Errorf("the slow feed was read %d times", got)
	}
	close(net.gates[slow.URL])
	r.p.Wait()
	if got := r.feed(t, slow.ID); got.LastSuccess != t0 || r.articles(t) != 3 {
		t.Errorf("the slow feed's poll did not end well: %+v, %d articles", got, r.articles(t))
	}
}

func TestFeedNeverPolledTwiceAtOnce(t *testing.T) {
	r := newRig(t)
	net := gate(r.net)
	r.p.Feeds = net
	ctx := context.Background()
	f := r.follow(t, "https://slow.example/rss")
	r.net.by[f.URL] = poll.Fetched{Items: []poll.Item{item(1, time.Hour)}}
	net.gates[f.URL] = make(chan struct{})
	if err := r.p.Start(ctx, t0); err != nil {
		t.Fatal(err)
	}
	<-net.entered
	for _, later := range []time.Duration{20 * time.Minute, time.Hour} { // due again, by its state
		if err := r.p.Start(ctx, t0.Add(later)); err != nil {
			t.Fatal(err)
		}
	}
	r.tick(t, t0.Add(2*time.Hour)) // starts nothing, so waits for nothing
	close(net.gates[f.URL])
	r.p.Wait()
	if got := net.reads(f.URL); got != 1 || net.most != 1 {
		t.Errorf("read %d times, at most %d at once; want once", got, net.most)
	}
	r.tick(t, r.feed(t, f.ID).NextCheck)
	if got := net.reads(f.URL); got != 2 {
		t.Errorf("after its poll, the feed was not polled again when due: %d reads", got)
	}
}

func TestStopWaitsForPollsInFlightAndIsNoFailure(t *testing.T) {
	r := newRig(t)
	net := gate(r.net)
	r.p.Feeds = net
	f := r.follow(t, "https://slow.example/rss")
	r.net.by[f.URL] = poll.Fetched{Items: []poll.Item{item(1, time.Hour)}}
	net.gates[f.URL] = make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	ticks := make(chan time.Time, 1)
	ticks <- t0
	ran := make(chan struct{})
	go func() {
		defer close(ran)
		_ = r.p.Run(ctx, ticks)
	}()
	<-net.entered
	cancel()
	<-ran
	net.mu.Lock()
	left := net.inFlight[f.URL]
	net.mu.Unlock()
	if left != 0 {
		t.Errorf("Run returned with %d reads in flight", left)
	}
	if g := r.feed(t, f.ID); g.Failures != 0 || g.LastError != "" || !g.NextCheck.Equal(t0) || r.articles(t) != 0 {
		t.Errorf("a stop counted as a failure or moved the feed's schedule: %+v", g)
	}
}

func TestStopInTheLastBatchSavesNoState(t *testing.T) {
	r := newRig(t)
	site := &pageSite{}
	r.p.Pages = site
	f := r.follow(t, "https://big.example/rss")
	r.net.by[f.URL] = poll.Fetched{Items: snippets(10, 3), ETag: `"v1"`}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	site.onRead = func(reads int) {
		if reads == 5 {
			cancel()
		}
	}
	if err := r.p.Tick(ctx, t0); err != nil {
		t.Fatal(err)
	}
	taken := takenKeys(t, r, f.ID, 10)
	if len(taken) == 10 || r.articles(t) != len(taken) {
		t.Fatalf("%d items taken, %d articles; want some left, and as many articles as taken", len(taken), r.articles(t))
	}
	if g := r.feed(t, f.ID); !g.LastSuccess.IsZero() || g.ETag != "" {
		t.Errorf("a poll stopped in its last batch saved the feed's validators, so the next may see a 304 and leave the rest: %+v", g)
	}
}

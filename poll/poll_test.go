package poll_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/ingest"
	"briefbot/poll"
	"briefbot/storage/sqlite"
	"briefbot/storage/teststore"
	"briefbot/summarize"
)

var t0 = time.Date(2026, 4, 1, 8, 0, 0, 0, time.UTC)

// feeds answers ReadFeed from a table; a feed's entry may be changed between
// ticks. It stands for the network, which the end-to-end test covers with
// real HTTP.
type feeds struct {
	mu    sync.Mutex
	by    map[string]poll.Fetched
	fail  map[string]error
	pages map[string]poll.Page
	reads map[string]int
}

func newFeeds() *feeds {
	return &feeds{by: map[string]poll.Fetched{}, fail: map[string]error{}, pages: map[string]poll.Page{}, reads: map[string]int{}}
}

func (f *feeds) ReadFeed(_ context.Context, feed briefbot.Feed) (poll.Fetched, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reads[feed.URL]++
	if err := f.fail[feed.URL]; err != nil {
		return poll.Fetched{}, err
	}
	return f.by[feed.URL], nil
}

func (f *feeds) ReadPage(_ context.Context, url string) (poll.Page, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, ok := f.pages[url]
	if !ok {
		return poll.Page{}, briefbot.Errorf(briefbot.EInvalid, "HTTP 404")
	}
	return p, nil
}

type rig struct {
	db      *sqlite.DB
	net     *feeds
	p       *poll.Poller
	notices []string
}

func newRig(t *testing.T) *rig {
	t.Helper()
	db := teststore.Open(t)
	r := &rig{db: db, net: newFeeds()}
	in := &ingest.Ingester{Store: db, Summarizer: summarize.New(), Clean: summarize.Clean, DeriveTitle: summarize.DeriveTitle, Now: func() time.Time { return t0 }}
	r.p = &poll.Poller{
		Store: db, Feeds: r.net, Pages: r.net,
		Ingest: func(ctx context.Context, arts []briefbot.Article) (int, error) {
			rep, err := in.IngestArticles(ctx, arts)
			return rep.Added, err
		},
		Notify: func(_ context.Context, text string) { r.notices = append(r.notices, text) },
		Prune:  db.DeleteSeenBefore,
	}
	return r
}

func (r *rig) follow(t *testing.T, url string) briefbot.Feed {
	t.Helper()
	f, err := r.db.AddFeed(context.Background(), briefbot.Feed{URL: url, Name: "Feed " + url, Enabled: true, Added: t0, NextCheck: t0})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (r *rig) tick(t *testing.T, at time.Time) {
	t.Helper()
	if err := r.p.Tick(context.Background(), at); err != nil {
		t.Fatal(err)
	}
}

func (r *rig) feed(t *testing.T, id int64) briefbot.Feed {
	t.Helper()
	f, err := r.db.FeedByID(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (r *rig) articles(t *testing.T) int {
	t.Helper()
	st, err := r.db.ArticleStats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st.Articles
}

func item(n int, age time.Duration) poll.Item {
	return poll.Item{
		GUID: fmt.Sprintf("guid-%d", n), Link: fmt.Sprintf("https://news.example/%d", n),
		Title: fmt.Sprintf("Harbour strike enters day %d", n), Published: t0.Add(-age), FullText: true,
		Text: fmt.Sprintf("Dock workers in Marseille stayed off the job for a %dth day on Monday, the union said, as talks with port operators stalled over pay and night shifts.", n),
	}
}

func TestFirstFetchTakesOnlyRecentItemsThenOnlyNewOnes(t *testing.T) {
	r := newRig(t)
	f := r.follow(t, "https://a.example/rss")
	r.net.by[f.URL] = poll.Fetched{Title: "A", Items: []poll.Item{item(1, time.Hour), item(2, 3*24*time.Hour)}}
	r.tick(t, t0)
	if got := r.articles(t); got != 1 {
		t.Fatalf("first fetch stored %d articles, want only the recent one", got)
	}
	f = r.feed(t, f.ID)
	r.net.by[f.URL] = poll.Fetched{Items: []poll.Item{item(3, 0), item(1, time.Hour), item(2, 3*24*time.Hour)}}
	r.tick(t, f.NextCheck)
	if got := r.articles(t); got != 2 {
		t.Errorf("second fetch: %d articles, want 2 (only item 3 is new)", got)
	}
	if f.LastSuccess != t0 || f.Failures != 0 {
		t.Errorf("feed state after success: %+v", f)
	}
	if d := f.NextCheck.Sub(t0); d < 13*time.Minute || d > 17*time.Minute {
		t.Errorf("next check in %v, want about the 15m default", d)
	}
}

func TestNotPolledBeforeDue(t *testing.T) {
	r := newRig(t)
	f := r.follow(t, "https://a.example/rss")
	r.tick(t, t0)
	r.tick(t, t0.Add(time.Minute))
	if got := r.net.reads[f.URL]; got != 1 {
		t.Errorf("feed read %d times, want 1", got)
	}
}

func TestFailuresBackOffThenDisableAndTellAdmins(t *testing.T) {
	r := newRig(t)
	bad := r.follow(t, "https://bad.example/rss")
	good := r.follow(t, "https://good.example/rss")
	r.net.fail[bad.URL] = briefbot.Errorf(briefbot.EInvalid, "HTTP 500")
	r.net.by[good.URL] = poll.Fetched{Items: []poll.Item{item(1, time.Hour)}}
	now := t0
	var waits []time.Duration
	for range 40 {
		r.tick(t, now)
		f := r.feed(t, bad.ID)
		if !f.Enabled {
			break
		}
		waits = append(waits, f.NextCheck.Sub(now))
		now = f.NextCheck
	}
	f := r.feed(t, bad.ID)
	if f.Enabled || f.LastError != "HTTP 500" || len(r.notices) != 1 {
		t.Fatalf("after 3 days failing: enabled=%v err=%q notices=%v", f.Enabled, f.LastError, r.notices)
	}
	if !strings.Contains(r.notices[0], bad.URL) {
		t.Errorf("notice does not name the feed: %q", r.notices[0])
	}
	for i := 1; i < len(waits) && waits[i] < 5*time.Hour+24*time.Minute; i++ { // below the 6h cap, less jitter
		if waits[i] < waits[i-1]*3/2 {
			t.Errorf("backoff did not grow: %v", waits)
			break
		}
	}
	for _, w := range waits {
		if w > 6*time.Hour+36*time.Minute {
			t.Errorf("backoff beyond the 6h cap: %v", waits)
		}
	}
	if g := r.feed(t, good.ID); g.Failures != 0 || r.articles(t) != 1 {
		t.Errorf("the healthy feed suffered: %+v, %d articles", g, r.articles(t))
	}
}

func TestNotModifiedAndTTL(t *testing.T) {
	r := newRig(t)
	f := r.follow(t, "https://a.example/rss")
	r.net.by[f.URL] = poll.Fetched{NotModified: true, TTL: 2 * time.Hour}
	r.tick(t, t0)
	f = r.feed(t, f.ID)
	if f.LastSuccess != t0 || r.articles(t) != 0 {
		t.Errorf("304: %+v", f)
	}
	if d := f.NextCheck.Sub(t0); d < 108*time.Minute || d > 132*time.Minute {
		t.Errorf("ttl of 2h not honoured: next check in %v", d)
	}
	r.net.by[f.URL] = poll.Fetched{TTL: 48 * time.Hour}
	r.tick(t, f.NextCheck)
	if d := r.feed(t, f.ID).NextCheck.Sub(f.NextCheck); d > 6*time.Hour+36*time.Minute {
		t.Errorf("ttl beyond max_interval not bounded: %v", d)
	}
}

func TestSnippetItemsGetTheirPage(t *testing.T) {
	r := newRig(t)
	f := r.follow(t, "https://a.example/rss")
	withPage, without := item(1, time.Hour), item(2, time.Hour)
	withPage.FullText, without.FullText = false, false
	withPage.Text, without.Text = "Dock workers strike.", "Teachers march in Lyon over class sizes."
	r.net.pages[withPage.Link] = poll.Page{Text: item(1, 0).Text + " The port authority said ships were waiting offshore."}
	r.net.by[f.URL] = poll.Fetched{Items: []poll.Item{withPage, without}}
	r.tick(t, t0)
	hits, err := r.db.SearchArticles(context.Background(), briefbot.Search{Match: briefbot.Match{{{Phrase: "offshore"}}}})
	if err != nil || len(hits) != 1 {
		t.Fatalf("page text not stored: %v %v", hits, err)
	}
	if r.articles(t) != 2 {
		t.Errorf("an item whose page failed was lost: %d articles", r.articles(t))
	}
}

func TestRetentionPrunesOldArticles(t *testing.T) {
	r := newRig(t)
	r.p.Opt.Retention = 24 * time.Hour
	f := r.follow(t, "https://a.example/rss")
	r.net.by[f.URL] = poll.Fetched{Items: []poll.Item{item(1, time.Hour)}}
	r.tick(t, t0)
	if r.articles(t) != 1 {
		t.Fatal("article not stored")
	}
	r.tick(t, t0.Add(3*24*time.Hour))
	if got := r.articles(t); got != 0 {
		t.Errorf("%d articles left after retention", got)
	}
}

func TestItemsThatLeftTheFeedAreForgottenAfterAMonth(t *testing.T) {
	r := newRig(t)
	f := r.follow(t, "https://a.example/rss")
	r.net.by[f.URL] = poll.Fetched{Items: []poll.Item{item(1, time.Hour), item(2, time.Hour)}}
	r.tick(t, t0)
	later := t0.Add(31 * 24 * time.Hour)
	r.net.by[f.URL] = poll.Fetched{Items: []poll.Item{item(2, time.Hour), item(3, 0)}}
	r.tick(t, later)
	ctx := context.Background()
	unseen, err := r.db.UnseenItems(ctx, f.ID, []string{"guid-1", "guid-2", "guid-3"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(unseen, ",") != "guid-1" {
		t.Errorf("unseen after a month = %v; want only guid-1, which left the feed, forgotten", unseen)
	}
	r.net.by[f.URL] = poll.Fetched{}
	r.tick(t, later.Add(40*24*time.Hour))
	if unseen, _ := r.db.UnseenItems(ctx, f.ID, []string{"guid-2", "guid-3"}); len(unseen) != 0 {
		t.Errorf("a feed listing nothing made the poller forget %v", unseen)
	}
}

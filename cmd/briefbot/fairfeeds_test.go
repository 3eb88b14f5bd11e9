package main

// A feed of tens of thousands of snippet-only items beside a small feed,
// on the real binary: the small feed keeps its schedule while the big one
// is worked on, and the big one reads at most its cap of pages.

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"briefbot"
	"briefbot/storage/sqlite"
	"briefbot/storage/teststore"
)

// pageCap is max_pages_per_poll in the test's configuration.
const pageCap = 50

// bigSite serves one RSS feed of n snippet-only items, listed in shuffled
// order (item i was published i seconds ago), and each item's page. Page
// requests are held until release is closed.
type bigSite struct {
	*httptest.Server
	release chan struct{}
	mu      sync.Mutex
	pages   []int // the items whose page was asked for, in order
	flying  int
	most    int // the most page requests in flight at once
}

func startBigSite(t *testing.T, n int, now time.Time) *bigSite {
	t.Helper()
	s := &bigSite{release: make(chan struct{})}
	var feed []byte
	mux := http.NewServeMux()
	mux.HandleFunc("/big.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(feed)
	})
	mux.HandleFunc("/a/", func(w http.ResponseWriter, r *http.Request) {
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/a/%d", &i); err != nil {
			http.NotFound(w, r)
			return
		}
		s.enter(i)
		defer s.leave()
		select {
		case <-s.release:
		case <-r.Context().Done():
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="en"><head><title>Harbour notice %[1]d</title></head><body><nav>Home</nav><article><h1>Harbour notice %[1]d</h1>
<p>The harbour council published its notice number %[1]d on Monday, after a long session on the budget for the ferry terminal and the dredging of the outer basin.</p>
<p>Councillors said notice %[1]d settles the fees that fishing crews pay for berths in winter, a question that had divided the chamber since the spring.</p>
<p>The port authority welcomed the decision and said works on the breakwater would start before the autumn storms.</p></article><footer>© Harbour</footer></body></html>`, i)
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	feed = []byte(bigFeed(s.URL, n, now))
	return s
}

func (s *bigSite) enter(i int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages = append(s.pages, i)
	s.flying++
	s.most = max(s.most, s.flying)
}

func (s *bigSite) leave() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.flying--
}

func (s *bigSite) asked() (pages []int, most int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]int(nil), s.pages...), s.most
}

// bigFeed is an RSS feed of n snippet-only items in shuffled order.
func bigFeed(base string, n int, now time.Time) string {
	order := rand.New(rand.NewPCG(5, 5)).Perm(n)
	var b strings.Builder
	b.Grow(n * 300)
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Notices</title><link>` + base + `/</link><language>en</language>`)
	for _, i := range order {
		fmt.Fprintf(&b, `<item><title>Harbour notice %d</title><link>%s/a/%d</link><guid>big-%d</guid><pubDate>%s</pubDate><description>The harbour council publishes notice %d on berths, fees and works.</description></item>`,
			i, base, i, i, now.Add(-time.Duration(i)*time.Second).Format(time.RFC1123Z), i)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// startSmallSite serves a feed of full-text items that has one more item
// at each request.
func startSmallSite(t *testing.T, now time.Time) *httptest.Server {
	t.Helper()
	var mu sync.Mutex
	served := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		mu.Lock()
		served++
		n := served
		mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, wireFeed(n, now))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestBigFeedDoesNotHoldUpASmallOne runs briefbot twice on a feed of
// 30,000 snippet-only items and a small feed. The first run is stopped
// mid-poll of the big feed; the second takes the rest.
func TestBigFeedDoesNotHoldUpASmallOne(t *testing.T) {
	n := crashCount(30_000, 3_000)
	now := time.Now()
	began := time.Now()
	big := startBigSite(t, n, now)
	small := startSmallSite(t, now)
	t.Logf("%d items generated in %v", n, time.Since(began).Round(time.Millisecond))
	bigURL, smallURL := big.URL+"/big.xml", small.URL+"/small.xml"
	dir := t.TempDir()
	cfg := filepath.Join(dir, "briefbot.yaml")
	mustWrite(t, cfg, fmt.Sprintf(`allow_private_networks: true
samples: never
log:
  level: debug
polling:
  interval: 1s
  min_interval: 1s
  max_body_mb: 32
  max_pages_per_poll: %d
  per_host_concurrency: 2
feeds:
  - url: %s
    name: Harbour Notices
  - url: %s
    name: Wire
`, pageCap, bigURL, smallURL))
	env := map[string]string{"BRIEFBOT_DB": filepath.Join(dir, "briefbot.db"), "BRIEFBOT_CONFIG": cfg}

	taken := stopMidPoll(t, env, big, bigURL, smallURL, n)
	t.Logf("first run stopped with %d of %d big items taken, after %v", taken, n, time.Since(began).Round(time.Millisecond))
	resumed := time.Now()
	takeTheRest(t, env, big, bigURL, n, taken)
	t.Logf("second run took the other %d in %v; whole test %v", n-taken,
		time.Since(resumed).Round(time.Millisecond), time.Since(began).Round(time.Millisecond))
}

// stopMidPoll runs briefbot while the big feed's pages are held: the small
// feed is polled twice meanwhile. Then the pages go, and a SIGTERM stops
// the big poll after its first batches. It returns how many big items
// were taken.
func stopMidPoll(t *testing.T, env map[string]string, big *bigSite, bigURL, smallURL string, n int) int {
	t.Helper()
	run := start(t, env, "run")
	run.await(t, run.when(fmt.Sprintf(`feed=%s pages=%d snippets_kept=%d`, bigURL, pageCap, n-pageCap)), "the big feed's page cap was logged")
	run.await(t, run.when(fmt.Sprintf(`msg="feed polled" feed=%s items=2 `, smallURL)), "the small feed was polled a second time")
	if stored, bigTaken := countTaken(t, env["BRIEFBOT_DB"], bigURL, n); stored < 2 || bigTaken != 0 {
		t.Errorf("%d articles stored and %d big items taken while the big feed's pages are held; want the small feed's, at least 2, and none", stored, bigTaken)
	}
	close(big.release)
	run.await(t, run.when(fmt.Sprintf(`msg="feed batch stored" feed=%s taken=%d `, bigURL, 2*pageCap)), "two batches of the big feed were stored")
	stop(t, run)
	if !strings.Contains(run.stderr(), "feed poll stopped") {
		t.Errorf("the big feed's poll did not say it stopped:\n%s", lastLines(run.stderr(), 20))
	}
	pages, most := big.asked()
	if len(pages) != pageCap || most > 2 {
		t.Errorf("%d pages of the big feed read, at most %d at once; want %d, at most 2", len(pages), most, pageCap)
	}
	for _, i := range pages {
		if i >= pageCap {
			t.Errorf("the page of item %d was read; want only the %d newest", i, pageCap)
			break
		}
	}
	taken := assertTakenAgreesWithStored(t, env["BRIEFBOT_DB"], bigURL, n, pageCap)
	if taken < 2*pageCap || taken == n {
		t.Errorf("the stopped poll took %d of %d big items; want its batches done and the rest left", taken, n)
	}
	return taken
}

// takeTheRest runs briefbot again until the big feed is polled through: it
// takes the items the stopped poll left, and reads the pages of the newest
// of them only.
func takeTheRest(t *testing.T, env map[string]string, big *bigSite, bigURL string, n, taken int) {
	t.Helper()
	run := start(t, env, "run")
	run.await(t, run.when(fmt.Sprintf(`msg="feed polled" feed=%s items=%d new=%d `, bigURL, n, n-taken)), "the next poll took the rest of the big feed")
	stop(t, run)
	pages, _ := big.asked()
	again := pages[min(pageCap, len(pages)):]
	if len(again) != pageCap {
		t.Errorf("%d pages read by the second poll, want %d", len(again), pageCap)
	}
	for _, i := range again {
		if i < taken || i >= taken+pageCap {
			t.Errorf("the second poll read the page of item %d; want the newest untaken, %d to %d", i, taken, taken+pageCap-1)
			break
		}
	}
	if got := assertTakenAgreesWithStored(t, env["BRIEFBOT_DB"], bigURL, n, 2*pageCap); got != n {
		t.Errorf("%d of the %d big items taken after the second run", got, n)
	}
}

// stop sends SIGTERM and waits for a clean exit.
func stop(t *testing.T, run *proc) {
	t.Helper()
	if err := run.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := run.exit(t); code != 0 {
		t.Fatalf("run: exit %d after SIGTERM:\n%s", code, run.stderr())
	}
}

// countTaken opens the database another process writes and returns how
// many articles it stores and how many items of the big feed are recorded
// as taken.
func countTaken(t *testing.T, path, bigURL string, n int) (articles, bigTaken int) {
	t.Helper()
	ctx := context.Background()
	db := teststore.OpenPath(t, path)
	defer db.Close()
	st, err := db.ArticleStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	feeds, err := db.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range feeds {
		if f.URL == bigURL {
			bigTaken = takenOf(t, db, f.ID, "big-", n)
		}
	}
	return st.Articles, bigTaken
}

// takenOf counts the items of a feed, keyed prefix0 to prefix(n-1), that
// are recorded as taken.
func takenOf(t *testing.T, db *sqlite.DB, feedID int64, prefix string, n int) int {
	t.Helper()
	keys := make([]string, n)
	for i := range keys {
		keys[i] = fmt.Sprintf("%s%d", prefix, i)
	}
	unseen, err := db.UnseenItems(context.Background(), feedID, keys)
	if err != nil {
		t.Fatal(err)
	}
	return n - len(unseen)
}

// assertTakenAgreesWithStored checks that the items recorded as taken, of
// both feeds, are as many as the articles stored, and that paged articles
// carry their page's text; it returns how many big items were taken.
func assertTakenAgreesWithStored(t *testing.T, path, bigURL string, n, paged int) (bigTaken int) {
	t.Helper()
	ctx := context.Background()
	db := teststore.OpenPath(t, path)
	defer db.Close()
	feeds, err := db.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	taken := 0
	for _, f := range feeds {
		if f.URL != bigURL {
			taken += takenOf(t, db, f.ID, "wire-", 1000)
			continue
		}
		bigTaken = takenOf(t, db, f.ID, "big-", n)
		taken += bigTaken
	}
	st, err := db.ArticleStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != taken {
		t.Errorf("%d articles stored, %d items recorded as taken", st.Articles, taken)
	}
	hits, err := db.SearchArticles(ctx, briefbot.Search{Match: briefbot.Match{{{Phrase: "breakwater"}}}, Limit: 10 * paged})
	if err != nil || len(hits) != paged {
		t.Errorf("%d articles carry their page's text (%v), want the %d whose page was read", len(hits), err, paged)
	}
	return bigTaken
}

func lastLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

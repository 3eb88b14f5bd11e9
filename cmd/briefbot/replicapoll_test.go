package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/storage/postgres/pgtest"
)

// TestReplicasPollEachFeedOnce has three processes' pollers share one
// PostgreSQL database and tick at the same instants: each feed is fetched
// once an interval, by one of them, and its items stored once.
func TestReplicasPollEachFeedOnce(t *testing.T) {
	const feeds = 30
	var mu sync.Mutex
	fetched := map[string]int{}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		fetched[r.URL.Path]++
		mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><link>%s</link>
			<item><title>Item of %s</title><link>https://news.example%s/1</link><guid>%s-1</guid>
			<pubDate>%s</pubDate><description>The council of %s voted on the harbour budget on Monday after a long debate about the new ferry terminal.</description></item>
			</channel></rss>`, srv.URL, r.URL.Path, r.URL.Path, r.URL.Path, fixedNow.Add(-time.Hour).Format(time.RFC1123Z), r.URL.Path)
	}))
	defer srv.Close()
	url := pgtest.NewDatabase(t)
	cfg := filepath.Join(t.TempDir(), "briefbot.yaml")
	mustWrite(t, cfg, "allow_private_networks: true\nsamples: never\n")
	env := map[string]string{"BRIEFBOT_DB": url, "BRIEFBOT_CONFIG": cfg}
	var apps []*app
	for range 3 {
		a, err := openApp(context.Background(), Env{Getenv: func(k string) string { return env[k] }, Now: func() time.Time { return fixedNow }, Stderr: io.Discard}, &common{config: cfg})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { a.Close() })
		apps = append(apps, a)
	}
	for i := range feeds {
		if _, err := apps[0].store.AddFeed(context.Background(), briefbot.Feed{URL: fmt.Sprintf("%s/f%02d", srv.URL, i), Enabled: true, Added: fixedNow}); err != nil {
			t.Fatal(err)
		}
	}
	pollers := []interface {
		Tick(context.Context, time.Time) error
	}{apps[0].newPoller(), apps[1].newPoller(), apps[2].newPoller()}
	for round, now := range []time.Time{fixedNow, fixedNow.Add(6 * time.Hour)} { // past the longest interval
		var wg sync.WaitGroup
		for _, p := range pollers {
			wg.Go(func() {
				if err := p.Tick(context.Background(), now); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		mu.Lock()
		for i := range feeds {
			if got := fetched[fmt.Sprintf("/f%02d", i)]; got != round+1 {
				t.Errorf("round %d: feed %d fetched %d times in all, want %d", round, i, got, round+1)
			}
		}
		mu.Unlock()
	}
	st, err := apps[1].store.ArticleStats(context.Background())
	if err != nil || st.Articles != feeds {
		t.Errorf("%d articles stored (%v), want one a feed", st.Articles, err)
	}
}

package samples_test

import (
	"context"
	"testing"
	"time"

	"briefbot"
	"briefbot/samples"
	"briefbot/storage/teststore"
)

var now = time.Date(2031, time.March, 12, 9, 41, 0, 0, time.UTC)

// adder adds articles to the store as ingest would, counting the calls.
type adder struct {
	s     briefbot.ArticleStore
	calls int
}

func (a *adder) add(ctx context.Context, arts []briefbot.Article) (int, error) {
	a.calls++
	n := 0
	for _, art := range arts {
		art.Ingested = now // as ingest stamps it
		res, err := a.s.AddArticle(ctx, art)
		if err != nil {
			return n, err
		}
		if !res.Duplicate {
			n++
		}
	}
	return n, nil
}

func TestIfEmptyFillsOnlyANewStore(t *testing.T) {
	ctx := context.Background()
	db := teststore.Open(t)
	a := &adder{s: db}
	n, err := samples.IfEmpty(ctx, db, now, a.add)
	if err != nil || n == 0 {
		t.Fatalf("new store: %d added, %v; want the samples", n, err)
	}
	if n, err := samples.IfEmpty(ctx, db, now, a.add); err != nil || n != 0 || a.calls != 1 {
		t.Errorf("store with articles: %d added, %v, %d calls; want nothing added", n, err, a.calls)
	}
}

func TestIfEmptyLeavesAStoreThatFollowsFeeds(t *testing.T) {
	ctx := context.Background()
	db := teststore.Open(t)
	if _, err := db.AddFeed(ctx, briefbot.Feed{URL: "https://news.example/rss", Enabled: true}); err != nil {
		t.Fatal(err)
	}
	a := &adder{s: db}
	if n, err := samples.IfEmpty(ctx, db, now, a.add); err != nil || n != 0 || a.calls != 0 {
		t.Errorf("store with a feed: %d added, %v, %d calls; want nothing added", n, err, a.calls)
	}
}

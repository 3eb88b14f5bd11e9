package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"briefbot"
)

// day0 is a fixed time the tests count from.
var day0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// article is a valid article for tests; text makes it distinct.
func article(title, text string) briefbot.Article {
	return briefbot.Article{
		Source:   "test",
		Title:    title,
		Lang:     "en",
		Ingested: day0,
		Text:     text,
	}
}

// MustAdd stores a and returns its id; a must not be a duplicate.
func MustAdd(tb testing.TB, db *DB, a briefbot.Article) int64 {
	tb.Helper()
	res, err := db.AddArticle(context.Background(), a)
	if err != nil {
		tb.Fatalf("AddArticle(%q): %v", a.Title, err)
	}
	if res.Duplicate {
		tb.Fatalf("AddArticle(%q): duplicate of %d", a.Title, res.ID)
	}
	return res.ID
}

func mustStats(t *testing.T, db *DB) briefbot.ArticleStats {
	t.Helper()
	st, err := db.ArticleStats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestConcurrentAddArticle adds articles from several goroutines at once
// through two handles on one file, as two processes would, each also
// adding articles the others add: writers also wait on SQLite's lock, and
// none fails, and each distinct article is stored once. (The contract
// suite does the same through one handle.)
func TestConcurrentAddArticle(t *testing.T) {
	path := filepath.Join(t.TempDir(), "briefbot.db")
	testConcurrentAdd(t, []*DB{MustOpenPath(t, path), MustOpenPath(t, path)})
}

func testConcurrentAdd(t *testing.T, dbs []*DB) {
	const workers, each, shared = 8, 40, 10
	var wg sync.WaitGroup
	errs := make(chan error, workers*(each+shared))
	for w := range workers {
		db := dbs[w%len(dbs)]
		wg.Go(func() {
			for i := range each {
				a := article("own", fmt.Sprintf("Worker %d article %d.", w, i))
				_, err := db.AddArticle(context.Background(), a)
				errs <- err
			}
			for i := range shared {
				a := article("shared", fmt.Sprintf("Shared article %d.", i))
				a.URL = fmt.Sprintf("https://example.com/shared/%d", i)
				_, err := db.AddArticle(context.Background(), a)
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got, want := mustStats(t, dbs[0]).Articles, workers*each+shared; got != want {
		t.Errorf("stored %d articles, want %d", got, want)
	}
}

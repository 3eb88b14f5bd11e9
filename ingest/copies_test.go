package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"briefbot"
	"briefbot/ingest"
)

// countingSummarizer is echoSummarizer that remembers the titles it was
// asked to summarize, and refuses those in refuse.
type countingSummarizer struct {
	mu     sync.Mutex
	asked  []string
	refuse map[string]bool
}

func (s *countingSummarizer) Summarize(ctx context.Context, doc briefbot.Document) (briefbot.Summary, error) {
	s.mu.Lock()
	s.asked = append(s.asked, doc.Title)
	s.mu.Unlock()
	if s.refuse[doc.Title] {
		return briefbot.Summary{}, errors.New("refused")
	}
	return echoSummarizer(ctx, doc)
}

func (s *countingSummarizer) was(title string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Contains(s.asked, title)
}

// TestIngestCopiesAreNotSummarized ingests articles whose texts repeat,
// in the same batch and across batches: each copy of an added article is
// a duplicate, as the store would find it, and is never summarized.
func TestIngestCopiesAreNotSummarized(t *testing.T) {
	store := mustStore(t)
	const n = 2*ingest.StoreBatch + 40
	var arts []briefbot.Article
	var wantTitles, copies []string
	for i := range n {
		a := briefbot.Article{Title: fmt.Sprint("Story ", i), Text: fmt.Sprintf("Text of story %d.", i)}
		switch {
		case i%10 == 3:
			a.Text = fmt.Sprintf("Text of story %d.", i-1) // in the same batch
			copies = append(copies, a.Title)
		case i > ingest.StoreBatch && i%25 == 0:
			a.Text = fmt.Sprintf("Text of story %d.", i-ingest.StoreBatch+1) // from an earlier batch
			copies = append(copies, a.Title)
		default:
			wantTitles = append(wantTitles, a.Title)
		}
		arts = append(arts, a)
	}
	in := newTestIngester(store)
	sum := &countingSummarizer{}
	in.Summarizer = sum
	rep, err := in.IngestArticles(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, len(wantTitles), len(copies))
	if got := titles(t, store); !slices.Equal(got, wantTitles) {
		t.Errorf("stored %d titles, want %d in input order", len(got), len(wantTitles))
	}
	for _, title := range copies {
		if sum.was(title) {
			t.Errorf("the copy %q was summarized", title)
		}
	}
}

// TestIngestCopyOfArticleNotAdded checks that a copy whose first
// article was not added is summarized and stored as any article, after
// the others of its batch: after one that was refused, and after one that
// the store found a duplicate by its URL alone.
func TestIngestCopyOfArticleNotAdded(t *testing.T) {
	store := mustStore(t)
	ctx := context.Background()
	before := briefbot.Article{Title: "Before", URL: "https://example.com/a", Text: "Another text.", Ingested: testNow}
	if _, err := store.AddArticle(ctx, before); err != nil {
		t.Fatal(err)
	}
	arts := []briefbot.Article{
		{Title: "Refused", Text: "The harbour reopened."},
		{Title: "Copy of refused", Text: "The harbour reopened."},
		{Title: "Same URL", URL: "https://example.com/a", Text: "The bridge closed."},
		{Title: "Copy of same URL", Text: "The bridge closed."},
		{Title: "Copy of copy", URL: "https://example.com/b", Text: "The bridge closed."},
	}
	in := newTestIngester(store)
	sum := &countingSummarizer{refuse: map[string]bool{"Refused": true}}
	in.Summarizer = sum
	rep, err := in.IngestArticles(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, 2, 2)
	checkFailed(t, rep, []string{`"Refused"`}, []string{"cannot be summarized"})
	want := []string{"Before", "Copy of refused", "Copy of same URL"}
	if got := titles(t, store); !slices.Equal(got, want) {
		t.Errorf("stored %q, want %q", got, want)
	}
	if !sum.was("Copy of refused") || !sum.was("Copy of same URL") {
		t.Errorf("summarized %q, want the copies of articles not added among them", sum.asked)
	}
}

// TestIngestCopyOfTextCleanedAway checks that articles whose texts,
// alike, clean to nothing are no copies: each is stored under its
// headline, which is its text then.
func TestIngestCopyOfTextCleanedAway(t *testing.T) {
	store := mustStore(t)
	in := newTestIngester(store)
	in.Clean = func(string) string { return "" }
	arts := []briefbot.Article{
		{Title: "First headline", Text: "Boilerplate."},
		{Title: "Second headline", Text: "Boilerplate."},
	}
	rep, err := in.IngestArticles(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, 2, 0)
	want := []string{"First headline", "Second headline"}
	if got := titles(t, store); !slices.Equal(got, want) {
		t.Errorf("stored %q, want %q", got, want)
	}
}

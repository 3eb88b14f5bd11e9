package synth

import (
	"context"
	"io"
	"testing"
	"time"

	"briefbot"
)

// batches records the batches it is given.
type batches struct{ sizes []int }

func (b *batches) AddArticles(_ context.Context, as []briefbot.Article) ([]briefbot.AddResult, error) {
	b.sizes = append(b.sizes, len(as))
	return make([]briefbot.AddResult, len(as)), nil
}

func TestWriteStoresEveryArticleInBatches(t *testing.T) {
	var store batches
	end := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	n, err := Write(context.Background(), &store, NewNews(1, 1234, 300, end), io.Discard)
	if err != nil || n != 1234 {
		t.Fatalf("Write = %d, %v; want 1234 articles", n, err)
	}
	total := 0
	for _, s := range store.sizes {
		if s > batchSize {
			t.Errorf("a batch of %d articles, more than %d", s, batchSize)
		}
		total += s
	}
	if total != 1234 || len(store.sizes) != 3 {
		t.Errorf("%d articles in %d batches, want 1234 in 3", total, len(store.sizes))
	}
}

func TestNewsPlacesNameEachLanguage(t *testing.T) {
	places := NewsPlaces()
	if len(places) < len(newsCountries) {
		t.Fatalf("%d places for %d countries", len(places), len(newsCountries))
	}
	for _, p := range places {
		for _, lang := range CorpusLangs {
			if p[lang] == "" {
				t.Errorf("place %v has no %s name", p, lang)
			}
		}
	}
}

package summarize

import (
	"context"
	"reflect"
	"strings"
	"sync"
	"testing"

	"briefbot"
)

// TestArenasAreNotShared summarizes articles of different lengths on many
// goroutines at once, each reusing the token arenas others release, and
// checks every summary against the one written alone.
func TestArenasAreNotShared(t *testing.T) {
	docs := []briefbot.Document{
		{Text: benchArticle, Published: day(2024, 3, 13)},
		{Title: "Séoul : Kim Jong-un reçu", Text: "SÉOUL, 3 mars — M. Kim a rencontré hier le président sud-coréen à Séoul.", Lang: "fr"},
		{Text: strings.Repeat("The mayor of Lyon, Grégory Doucet, said on Monday that trams would run late. ", 40)},
		{Title: "Short", Text: "Apple plans to sell movies on iTunes."},
	}
	want := make([]briefbot.Summary, len(docs))
	for i, d := range docs {
		want[i] = MustSummarize(t, d)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 8 {
		wg.Go(func() {
			for k := range 50 {
				i := (g + k) % len(docs)
				got, err := New().Summarize(context.Background(), docs[i])
				if err != nil || !reflect.DeepEqual(got, want[i]) {
					errs <- got.What
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for what := range errs {
		t.Errorf("a summary written beside others differs from the one written alone (what %q)", what)
	}
}

package summarize

import (
	"context"
	"fmt"
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

// TestRunWordsInArena finds the runs of sentences with their words in one
// small arena, a new block now and then, and checks them against runs
// whose words are allocated one list a run; a word appended to one run's
// list must leave the next run's as it was.
func TestRunWordsInArena(t *testing.T) {
	var arena []string
	common := func(w string) bool { return stopwords[w] }
	known := func(string) bool { return false }
	for _, s := range []string{
		"The mayor of Lyon, Grégory Doucet, said on Monday that trams would run late.",
		"Le ministre des Affaires étrangères Jean-Yves Le Drian a reçu Kim Jong-un à Séoul.",
		"Apple and Microsoft met the European Commission in Brussels with John Smith.",
	} {
		toks := tokenize(s)
		want := (&runScanner{toks: toks, common: common, known: known}).runs()
		got := (&runScanner{toks: toks, common: common, known: known, arena: &arena}).runs()
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("runs of %q with an arena = %+v, want %+v", s, got, want)
		}
		for i := range got {
			if len(got[i].words) != cap(got[i].words) {
				t.Errorf("run %d of %q: words not capped (len %d, cap %d)", i, s, len(got[i].words), cap(got[i].words))
			}
			_ = append(got[i].words, "x")
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("runs of %q changed by an append to one: %+v, want %+v", s, got, want)
		}
		arena = make([]string, 0, 3) // the next sentence's words need new blocks
	}
}

// TestSentencesInArena reads an article longer than maxSentences twice,
// through the pool's arena, and checks that each sentence pointer still
// holds its own sentence once all are read.
func TestSentencesInArena(t *testing.T) {
	var b strings.Builder
	for i := range maxSentences + 20 {
		fmt.Fprintf(&b, "Sentence number %d tells what happened in Paris. ", i)
	}
	for range 2 {
		a := read(briefbot.Document{Title: "A headline", Text: b.String(), Lang: "en"})
		if len(a.body) != maxSentences || a.title == nil || a.title.text != "A headline" {
			t.Fatalf("read %d sentences, headline %v", len(a.body), a.title)
		}
		for i, s := range a.body {
			if want := fmt.Sprintf("Sentence number %d tells what happened in Paris.", i); s.index != i || s.text != want {
				t.Errorf("sentence %d = %d %q, want %q", i, s.index, s.text, want)
			}
		}
		a.release()
	}
}

package ingest_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"

	"briefbot"
)

// panicsOn is a summarizer that panics, as a summarizer bug would, on
// documents whose text holds word, and echoes the others.
func panicsOn(word string) summarizerFunc {
	return func(ctx context.Context, doc briefbot.Document) (briefbot.Summary, error) {
		if strings.Contains(doc.Text, word) {
			var runs [][]string
			_ = runs[len(runs)-1] // index out of range, like a real bug
		}
		return echoSummarizer(ctx, doc)
	}
}

func TestSummarizerPanicIsContained(t *testing.T) {
	ctx := context.Background()
	db := mustStore(t)
	var logs bytes.Buffer
	var panics atomic.Int64
	in := newTestIngester(db)
	in.Summarizer = panicsOn("cursed")
	in.Log = slog.New(slog.NewTextHandler(&logs, nil))
	in.OnPanic = func(stage string) {
		if stage != "summarize" {
			t.Errorf("stage = %q, want summarize", stage)
		}
		panics.Add(1)
	}
	secret := "a cursed sentence that must never reach a log line"
	arts := []briefbot.Article{
		{Title: "Before", Text: "Fine text before.", URL: "https://example.org/before"},
		{Title: "Cursed", Text: secret, URL: "https://example.org/cursed", Source: "Example Wire"},
		{Title: "After", Text: "Fine text after.", URL: "https://example.org/after"},
	}
	rep, err := in.IngestArticles(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 3 || rep.Unsummarized != 1 || len(rep.Failed) != 0 {
		t.Fatalf("report = %+v, want 3 added, 1 without a summary, none failed", rep)
	}
	if got, want := rep.String(), "3 added (1 without a summary), 0 duplicates, 0 failed"; got != want {
		t.Errorf("report = %q, want %q", got, want)
	}
	if got := panics.Load(); got != 1 {
		t.Errorf("panics counted = %d, want 1", got)
	}
	out := logs.String()
	if strings.Count(out, "contained a panic") != 1 || !strings.Contains(out, "https://example.org/cursed") ||
		!strings.Contains(out, "Example Wire") || !strings.Contains(out, "index out of range") {
		t.Errorf("want one log line naming the article's URL, source and the panic:\n%s", out)
	}
	if strings.Contains(out, "must never reach") {
		t.Errorf("the article's text reached the log:\n%s", out)
	}
	for _, a := range stored(t, db) {
		failed := a.Title == "Cursed"
		if got := a.SummaryError != ""; got != failed {
			t.Errorf("%s: summary error %q, want set = %v", a.Title, a.SummaryError, failed)
		}
		if failed && a.Summary.What != "" {
			t.Errorf("%s: summary %+v, want empty", a.Title, a.Summary)
		}
		if !failed && a.Summary.What != a.Title {
			t.Errorf("%s: summary %+v, want the echo", a.Title, a.Summary)
		}
	}

	t.Run("resummarize mends it", func(t *testing.T) {
		in.Summarizer = echoSummarizer
		res, err := in.Resummarize(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		if res.Summarized != 1 || res.Failed != 0 {
			t.Errorf("resummarized = %+v, want 1 summarized", res)
		}
		for _, a := range stored(t, db) {
			if a.SummaryError != "" || a.Summary.What != a.Title {
				t.Errorf("%s: summary %+v, error %q after resummarize", a.Title, a.Summary, a.SummaryError)
			}
		}
	})
	t.Run("a summarizer still failing keeps the mark", func(t *testing.T) {
		in.Summarizer = panicsOn("Fine")
		res, err := in.Resummarize(ctx, true)
		if err != nil {
			t.Fatal(err)
		}
		if res.Summarized != 1 || res.Failed != 2 {
			t.Errorf("resummarized = %+v, want 1 summarized, 2 failed", res)
		}
	})
}

func TestCleanerPanicKeepsTheText(t *testing.T) {
	db := mustStore(t)
	in := newTestIngester(db)
	in.Clean = func(text string) string { return strings.Fields(text)[99] }
	in.DeriveTitle = func(text string) string { return strings.Fields(text)[99] }
	var panics atomic.Int64
	in.OnPanic = func(string) { panics.Add(1) }
	rep, err := in.IngestArticles(context.Background(), []briefbot.Article{{Text: "Short text. Still news."}})
	if err != nil || rep.Added != 1 {
		t.Fatalf("report %+v, err %v; want the article added", rep, err)
	}
	a := stored(t, db)[0]
	if a.Text != "Short text. Still news." || a.Title != "Short text" {
		t.Errorf("article = %q / %q, want the tidied text and the lead as title", a.Title, a.Text)
	}
	if got := panics.Load(); got != 2 {
		t.Errorf("panics counted = %d, want 2 (clean, title)", got)
	}
}

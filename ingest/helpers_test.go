package ingest_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/ingest"
	"briefbot/storage/sqlite"
	"briefbot/storage/teststore"
)

var testNow = time.Date(2024, 12, 1, 7, 0, 0, 0, time.UTC)

// mustStore opens a new SQLite store in a temporary directory and closes
// it when the test ends.
func mustStore(tb testing.TB) *sqlite.DB {
	tb.Helper()
	return teststore.Open(tb)
}

// stored lists the stored articles in the order they were stored.
func stored(tb testing.TB, db *sqlite.DB) []briefbot.Article {
	tb.Helper()
	as, err := db.RecentArticles(context.Background(), time.Time{}, sqlite.MaxLimit)
	if err != nil {
		tb.Fatal(err)
	}
	slices.SortFunc(as, func(a, b briefbot.Article) int { return int(a.ID - b.ID) })
	return as
}

// titles lists the stored articles' titles in the order they were stored.
func titles(tb testing.TB, db *sqlite.DB) []string {
	tb.Helper()
	var out []string
	for _, a := range stored(tb, db) {
		out = append(out, a.Title)
	}
	return out
}

// summarizerFunc is a Summarizer made of a function.
type summarizerFunc func(ctx context.Context, doc briefbot.Document) (briefbot.Summary, error)

func (f summarizerFunc) Summarize(ctx context.Context, doc briefbot.Document) (briefbot.Summary, error) {
	return f(ctx, doc)
}

// echoSummarizer summarizes a document as its title, in the language it
// was given or else in English.
var echoSummarizer = summarizerFunc(func(ctx context.Context, doc briefbot.Document) (briefbot.Summary, error) {
	lang := doc.Lang
	if lang == "" {
		lang = "en"
	}
	return briefbot.Summary{What: doc.Title, Summary: doc.Title, Lang: lang}, nil
})

func newTestIngester(store briefbot.ArticleStore) *ingest.Ingester {
	return &ingest.Ingester{
		Store:      store,
		Summarizer: echoSummarizer,
		Now:        func() time.Time { return testNow },
	}
}

// checkFailed checks that the report names exactly the given files, each
// with an EInvalid error holding the matching text.
func checkFailed(t *testing.T, rep ingest.Report, names, reasons []string) {
	t.Helper()
	if len(rep.Failed) != len(names) {
		t.Fatalf("Failed = %v, want %d entries %q", rep.Failed, len(names), names)
	}
	for i, f := range rep.Failed {
		if f.Name != names[i] {
			t.Errorf("Failed[%d].Name = %q, want %q", i, f.Name, names[i])
		}
		checkInvalid(t, f.Err, reasons[i])
	}
}

func checkInvalid(t *testing.T, err error, want string) {
	t.Helper()
	switch {
	case err == nil:
		t.Errorf("no error, want one with %q", want)
	case briefbot.ErrorCode(err) != briefbot.EInvalid:
		t.Errorf("error code %q, want %q: %v", briefbot.ErrorCode(err), briefbot.EInvalid, err)
	case !strings.Contains(err.Error(), want):
		t.Errorf("error %q, want it to contain %q", err, want)
	}
}

func checkCounts(t *testing.T, rep ingest.Report, added, dups int) {
	t.Helper()
	if rep.Added != added || rep.Duplicates != dups {
		t.Errorf("report %v, want %d added and %d duplicates", rep, added, dups)
	}
}

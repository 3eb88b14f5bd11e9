package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"briefbot"
	"briefbot/ingest"
	"briefbot/storage/teststore"
)

// TestIngestManyBatches ingests more articles than one batch holds, with
// duplicates across batches and failures among them.
func TestIngestManyBatches(t *testing.T) {
	store := mustStore(t)
	const n = 2*ingest.StoreBatch + 50
	var arts []briefbot.Article
	var wantTitles, wantFailed []string
	for i := range n {
		a := briefbot.Article{Title: fmt.Sprint("Story ", i), Text: fmt.Sprintf("Text of story %d.", i)}
		switch {
		case i%97 == 5:
			a.Text = "---" // refused by the store
			wantFailed = append(wantFailed, fmt.Sprintf("%q", a.Title))
		case i > ingest.StoreBatch && i%50 == 0:
			a.Text = fmt.Sprintf("Text of story %d.", i-ingest.StoreBatch) // a duplicate
		default:
			wantTitles = append(wantTitles, a.Title)
		}
		arts = append(arts, a)
	}
	rep, err := newTestIngester(store).IngestArticles(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, len(wantTitles), n-len(wantTitles)-len(wantFailed))
	var failed []string
	for _, f := range rep.Failed {
		failed = append(failed, f.Name)
	}
	if !slices.Equal(failed, wantFailed) {
		t.Errorf("failed %q, want %q", failed, wantFailed)
	}
	if got := titles(t, store); !slices.Equal(got, wantTitles) {
		t.Errorf("stored %d titles, want %d in input order", len(got), len(wantTitles))
	}
}

// TestIngestStopsOnStoreFailure closes the store while the fourth batch
// is being summarized: two batches are prepared while one is stored, so
// the first batch stays stored (the second and third may be), and the
// ingest stops with the store's failure.
func TestIngestStopsOnStoreFailure(t *testing.T) {
	store := teststore.Open(t)
	const n = 4*ingest.StoreBatch + 10
	fourth := fmt.Sprint("Story ", 3*ingest.StoreBatch)
	in := newTestIngester(store)
	var once sync.Once
	in.Summarizer = summarizerFunc(func(ctx context.Context, doc briefbot.Document) (briefbot.Summary, error) {
		if doc.Title == fourth {
			once.Do(func() { store.Close() })
		}
		return echoSummarizer(ctx, doc)
	})
	var arts []briefbot.Article
	for i := range n {
		arts = append(arts, briefbot.Article{Title: fmt.Sprint("Story ", i), Text: fmt.Sprintf("Text of story %d.", i)})
	}
	rep, err := in.IngestArticles(context.Background(), arts)
	if err == nil || !strings.Contains(err.Error(), "database is closed") {
		t.Fatalf("err = %v, want the store's failure", err)
	}
	if briefbot.ErrorCode(err) != briefbot.EInternal {
		t.Errorf("code %q, want %q", briefbot.ErrorCode(err), briefbot.EInternal)
	}
	batches := rep.Added / ingest.StoreBatch
	if rep.Added%ingest.StoreBatch != 0 || batches < 1 || batches > 3 || len(rep.Failed) != 0 {
		t.Errorf("report %v, want one to three batches added and a stop", rep)
	}
}

// TestIngestPathsBatchesFiles ingests a folder of many one-article files:
// they share batches, and a broken file among them is reported in its
// place.
func TestIngestPathsBatchesFiles(t *testing.T) {
	store := mustStore(t)
	dir := t.TempDir()
	const n = ingest.StoreBatch + 30
	var wantTitles []string
	for i := range n {
		title := fmt.Sprintf("Harbour story %03d", i)
		text := fmt.Sprintf("%s\n\nThe harbour story number %d.", title, i)
		name := fmt.Sprintf("%03d.txt", i)
		if i == 7 {
			text, name = "[{", "007.json"
		} else {
			wantTitles = append(wantTitles, title)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := newTestIngester(store).IngestPaths(context.Background(), []string{dir}, nil, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, n-1, 0)
	broken := filepath.Join(dir, "007.json")
	checkFailed(t, rep, []string{broken}, []string{broken + ": not valid JSON"})
	if got := titles(t, store); !slices.Equal(got, wantTitles) {
		t.Errorf("stored %d titles, want %d in file order", len(got), len(wantTitles))
	}
}

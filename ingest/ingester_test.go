package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/ingest"
)

func TestIngestPathsFolderWithBrokenFile(t *testing.T) {
	store := mustStore(t)
	in := newTestIngester(store)
	folder := filepath.Join("files", "testdata", "folder")
	broken := filepath.Join(folder, "broken.json")
	var progress []int
	in.Progress = func(done, total int) { progress = append(progress, done, total) }

	rep, err := in.IngestPaths(context.Background(), []string{folder}, nil, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, 4, 0)
	if n := len(progress); n == 0 || progress[n-2] != progress[n-1] {
		t.Errorf("progress = %v, want it to end at total/total", progress)
	}
	checkFailed(t, rep, []string{broken}, []string{broken + ": not valid JSON"})
	want := []string{
		"Harbour wall in Kelby to be rebuilt",
		"Kelby school gets new roof",
		"Le festival de Rosnay affiche complet",
		"Kelby ferry fares to rise in April",
	}
	if got := titles(t, store); !slices.Equal(got, want) {
		t.Errorf("stored %q, want %q", got, want)
	}

	t.Run("again", func(t *testing.T) {
		rep, err := in.IngestPaths(context.Background(), []string{folder}, nil, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkCounts(t, rep, 0, 4)
		checkFailed(t, rep, []string{broken}, []string{"not valid JSON"})
	})
}

func TestIngestPathsStdin(t *testing.T) {
	store := mustStore(t)
	in := newTestIngester(store)
	stdin := strings.NewReader(`{"title":"Ferry strike ends","text":"The ferry strike ended on Monday."}
{"title":"Bridge toll scrapped","text":"The bridge toll was scrapped."}
`)
	rep, err := in.IngestPaths(context.Background(), []string{"-"}, stdin, ingest.Options{Source: "pipe"})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, 2, 0)
	checkFailed(t, rep, nil, nil)
	for _, a := range stored(t, store) {
		if a.Source != "pipe" {
			t.Errorf("%q: Source = %q, want pipe", a.Title, a.Source)
		}
	}

	t.Run("broken stdin is named stdin", func(t *testing.T) {
		rep, err := in.IngestPaths(context.Background(), []string{"-"}, strings.NewReader("[{"), ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkFailed(t, rep, []string{"stdin"}, []string{"stdin: not valid JSON"})
	})
}

func TestIngestPathsOptionsFillMissing(t *testing.T) {
	store := mustStore(t)
	in := newTestIngester(store)
	opt := ingest.Options{Published: time.Date(2024, 11, 30, 0, 0, 0, 0, time.UTC), Source: "Archive", Lang: "en-GB"}
	paths := []string{filepath.Join("files", "testdata", "formats", "story-en.txt"), filepath.Join("files", "testdata", "formats", "single.json")}
	if _, err := in.IngestPaths(context.Background(), paths, nil, opt); err != nil {
		t.Fatal(err)
	}
	got := stored(t, store)
	if len(got) != 2 {
		t.Fatalf("stored %d articles, want 2", len(got))
	}
	tests := []struct {
		a         briefbot.Article
		published time.Time
	}{
		{got[0], opt.Published},                                 // the text file has no date
		{got[1], time.Date(2024, 1, 20, 7, 45, 0, 0, time.UTC)}, // the JSON file has its own
	}
	for _, tt := range tests {
		if !tt.a.Published.Equal(tt.published) || tt.a.Source != "Archive" || tt.a.Lang != "en" {
			t.Errorf("%q: published %v, source %q, lang %q; want %v, Archive, en",
				tt.a.Title, tt.a.Published, tt.a.Source, tt.a.Lang, tt.published)
		}
		if !tt.a.Ingested.Equal(testNow) {
			t.Errorf("%q: Ingested = %v, want %v", tt.a.Title, tt.a.Ingested, testNow)
		}
	}
}

func TestIngestPathsJSONLinesWithBadLine(t *testing.T) {
	store := mustStore(t)
	in := newTestIngester(store)
	wire := filepath.Join("files", "testdata", "formats", "wire.jsonl")
	rep, err := in.IngestPaths(context.Background(), []string{wire}, nil, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, 3, 0)
	checkFailed(t, rep, []string{wire}, []string{wire + ": line 4: no title and no text"})
}

func TestIngestPathsTooLargeAndMissing(t *testing.T) {
	store := mustStore(t)
	in := newTestIngester(store)
	in.MaxFileSize = 100
	story := filepath.Join("files", "testdata", "formats", "story-en.txt")
	single := filepath.Join("files", "testdata", "formats", "single.json")
	missing := filepath.Join("files", "testdata", "missing.txt")
	rep, err := in.IngestPaths(context.Background(), []string{story, missing, single}, nil, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, 0, 0)
	checkFailed(t, rep, []string{missing, story, single},
		[]string{"no such file", story + ": larger than 100 bytes", "larger than 100 bytes"})
}

func TestIngestArticlesPrepares(t *testing.T) {
	store := mustStore(t)
	var (
		mu   sync.Mutex // articles are summarized in parallel
		docs []briefbot.Document
	)
	in := &ingest.Ingester{
		Store: store,
		Summarizer: summarizerFunc(func(ctx context.Context, doc briefbot.Document) (briefbot.Summary, error) {
			mu.Lock()
			defer mu.Unlock()
			docs = append(docs, doc)
			return briefbot.Summary{Summary: "s", Lang: "fr"}, nil
		}),
		Clean: func(text string) string {
			return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text), "Comment (0)"))
		},
		DeriveTitle: func(text string) string { return "Derived title" },
		Now:         func() time.Time { return testNow },
	}
	published := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	arts := []briefbot.Article{
		{Text: "Le conseil a voté.\nComment (0)", Published: published},
		{Title: "Kept title", Text: "The council voted.", Lang: "en-GB", URL: "HTTPS://News.example/v?utm_medium=x"},
	}
	rep, err := in.IngestArticles(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, 2, 0)
	wantDocs := []briefbot.Document{
		{Title: "Derived title", Text: "Le conseil a voté.", Published: published, Cleaned: true},
		{Title: "Kept title", Text: "The council voted.", Lang: "en", Cleaned: true},
	}
	slices.SortFunc(docs, func(a, b briefbot.Document) int { return strings.Compare(a.Title, b.Title) })
	if !slices.Equal(docs, wantDocs) {
		t.Errorf("summarized %+v\nwant %+v", docs, wantDocs)
	}
	got := stored(t, store)
	if got[0].Lang != "fr" || got[1].Lang != "en" {
		t.Errorf("langs %q, %q; want fr from the summary, then en kept", got[0].Lang, got[1].Lang)
	}
	if got[1].URL != "https://news.example/v" {
		t.Errorf("URL %q, want it canonical", got[1].URL)
	}
	for _, a := range got {
		if a.Summary.Summary != "s" || !a.Ingested.Equal(testNow) {
			t.Errorf("%q: summary %q, ingested %v; want s, %v", a.Title, a.Summary.Summary, a.Ingested, testNow)
		}
	}
}

func TestIngestArticlesWithoutSummarizer(t *testing.T) {
	store := mustStore(t)
	in := &ingest.Ingester{Store: store, Now: func() time.Time { return testNow }}
	rep, err := in.IngestArticles(context.Background(), []briefbot.Article{{Text: "The pier reopened. Anglers returned."}})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, 1, 0)
	if got := titles(t, store); !slices.Equal(got, []string{"The pier reopened"}) {
		t.Errorf("titles %q, want the lead's first sentence", got)
	}
}

func TestIngestArticlesFailuresOfOneArticle(t *testing.T) {
	store := mustStore(t)
	feed, err := store.AddFeed(context.Background(), briefbot.Feed{URL: "https://news.example/rss", Enabled: true})
	if err != nil {
		t.Fatal(err)
	}
	in := newTestIngester(store)
	in.Summarizer = summarizerFunc(func(ctx context.Context, doc briefbot.Document) (briefbot.Summary, error) {
		if doc.Title == "Unsummarizable" {
			return briefbot.Summary{}, errors.New("no sentence found")
		}
		return echoSummarizer(ctx, doc)
	})
	arts := []briefbot.Article{
		{Title: "Unsummarizable", URL: "https://news.example/u", Text: "…"},
		{Title: "Refused", Text: "!!!"},
		{Title: "Fine", Text: "Fine text.", FeedID: feed.ID},
		{Title: "Fine again", Text: "Fine text."},
		{},
		{Title: "Unfollowed", Text: "From a feed that is not followed.", FeedID: feed.ID + 1},
	}
	rep, err := in.IngestArticles(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, rep, 1, 1)
	checkFailed(t, rep,
		[]string{"https://news.example/u", `"Refused"`, "an article without title", `"Unfollowed"`},
		[]string{"https://news.example/u: cannot be summarized: no sentence found",
			`article "Refused" has no text`, "no title and no text",
			fmt.Sprintf(`article "Unfollowed": feed %d is not followed`, feed.ID+1)})
	got := stored(t, store)
	if len(got) != 1 || got[0].FeedID != feed.ID {
		t.Errorf("stored %+v, want Fine with feed %d", got, feed.ID)
	}
}

func TestIngestCanceled(t *testing.T) {
	store := mustStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	in := newTestIngester(store)
	_, err := in.IngestPaths(ctx, []string{filepath.Join("files", "testdata", "folder")}, nil, ingest.Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("IngestPaths: err = %v, want context.Canceled", err)
	}
	_, err = in.IngestArticles(ctx, []briefbot.Article{{Title: "T", Text: "x"}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("IngestArticles: err = %v, want context.Canceled", err)
	}
	if got := stored(t, store); len(got) != 0 {
		t.Errorf("%d articles stored after cancel", len(got))
	}
}

func TestIngestCanceledWhileSummarizing(t *testing.T) {
	store := mustStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	in := newTestIngester(store)
	in.Summarizer = summarizerFunc(func(ctx context.Context, doc briefbot.Document) (briefbot.Summary, error) {
		cancel()
		return briefbot.Summary{}, ctx.Err()
	})
	rep, err := in.IngestArticles(ctx, []briefbot.Article{{Title: "A", Text: "a"}, {Title: "B", Text: "b"}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if len(rep.Failed) != 0 || len(stored(t, store)) != 0 {
		t.Errorf("report %v, %d stored; want a stop without failures", rep, len(stored(t, store)))
	}
}

func TestReportString(t *testing.T) {
	rep := ingest.Report{Added: 3, Duplicates: 1, Failed: []ingest.FileError{{Name: "a", Err: errors.New("a: bad")}}}
	if got, want := rep.String(), "3 added, 1 duplicate, 1 failed"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := rep.Failed[0].Error(); got != "a: bad" {
		t.Errorf("FileError.Error() = %q", got)
	}
}

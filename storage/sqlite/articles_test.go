package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
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

func TestAddArticleDedup(t *testing.T) {
	first := article("Rain in Paris", "It rained in Paris on Monday.")
	first.URL = "https://example.com/rain?id=7"
	for _, tc := range []struct {
		name   string
		edit   func(a *briefbot.Article)
		wantDu bool
	}{
		{"same URL, other text", func(a *briefbot.Article) { a.Text = "Something else entirely." }, true},
		{"URL with tracking", func(a *briefbot.Article) {
			a.URL = "HTTPS://Example.com:443/rain?utm_source=x&id=7#top"
			a.Text = "Other words."
		}, true},
		{"same text, other URL", func(a *briefbot.Article) { a.URL = "https://mirror.example/rain" }, true},
		{"same words, other spacing and case", func(a *briefbot.Article) {
			a.URL = ""
			a.Text = "  it RAINED in paris, on monday!  "
		}, true},
		{"other text, other URL", func(a *briefbot.Article) {
			a.URL = "https://example.com/sun"
			a.Text = "The sun shone in Paris."
		}, false},
		{"other text, no URL", func(a *briefbot.Article) {
			a.URL = ""
			a.Text = "Snow fell on Lyon."
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := MustOpen(t)
			id := MustAdd(t, db, first)
			a := first
			tc.edit(&a)
			got, err := db.AddArticle(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			if got.Duplicate != tc.wantDu {
				t.Fatalf("Duplicate = %v, want %v", got.Duplicate, tc.wantDu)
			}
			if tc.wantDu && got.ID != id {
				t.Errorf("ID = %d, want the first article's %d", got.ID, id)
			}
			if !tc.wantDu && got.ID == id {
				t.Errorf("ID = %d, the first article's, want a new one", got.ID)
			}
		})
	}
}

// TestAddArticleDuplicatePrefersURL checks that an article whose URL matches
// one stored article and whose text matches another is reported as a
// duplicate of the one with its URL.
func TestAddArticleDuplicatePrefersURL(t *testing.T) {
	db := MustOpen(t)
	a := article("A", "Alpha text.")
	a.URL = "https://example.com/a"
	b := article("B", "Beta text.")
	b.URL = "https://example.com/b"
	idA, _ := MustAdd(t, db, a), MustAdd(t, db, b)
	c := b
	c.URL = a.URL
	got, err := db.AddArticle(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	if want := (briefbot.AddResult{ID: idA, Duplicate: true}); got != want {
		t.Errorf("AddArticle = %+v, want %+v", got, want)
	}
}

func TestAddArticleInvalid(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(a *briefbot.Article)
	}{
		{"no text", func(a *briefbot.Article) { a.Text = "" }},
		{"only punctuation", func(a *briefbot.Article) { a.Text = " -- !!! " }},
		{"no ingested time", func(a *briefbot.Article) { a.Ingested = time.Time{} }},
		{"bad summary date", func(a *briefbot.Article) { a.Summary.When = "March 3rd" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := MustOpen(t)
			a := article("T", "Some text.")
			tc.edit(&a)
			_, err := db.AddArticle(context.Background(), a)
			if got, want := briefbot.ErrorCode(err), briefbot.EInvalid; got != want {
				t.Errorf("code = %q, want %q (err %v)", got, want, err)
			}
		})
	}
}

func TestArticleRoundTrip(t *testing.T) {
	full := briefbot.Article{
		Source:    "Le Monde",
		URL:       "https://www.lemonde.fr/a.html",
		Title:     "Séoul et Pyongyang",
		Lang:      "fr",
		Published: day0.Add(-time.Hour),
		Ingested:  day0,
		Text:      "Les deux Corées ont parlé.\nUn second paragraphe.",
		Sample:    true,
		Summary: briefbot.Summary{
			Who:      []string{"Kim Jong-un", `Yoon "Suk" Yeol`},
			What:     "talks",
			Where:    []string{"Séoul", "Pyongyang"},
			When:     "2026-03-01",
			WhenText: "dimanche",
			Summary:  "Les deux Corées ont parlé dimanche.",
			Lang:     "fr",
		},
	}
	undated := article("Undated", "No date and no summary.")
	for _, tc := range []struct {
		name string
		in   briefbot.Article
		feed bool // the article comes from a feed
	}{
		{"every field", full, true},
		{"no date, no summary", undated, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := MustOpen(t)
			in := tc.in
			if tc.feed {
				in.FeedID = MustAddFeed(t, db, "https://www.lemonde.fr/rss").ID
			}
			in.StoryID = 99 // the store assigns the story
			id := MustAdd(t, db, in)
			got, err := db.GetArticle(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			want := in
			want.ID, want.StoryID = id, id
			if !reflect.DeepEqual(got, want) {
				t.Errorf("GetArticle =\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

func TestGetArticleNotFound(t *testing.T) {
	db := MustOpen(t)
	a, err := db.GetArticle(context.Background(), 42)
	if got, want := briefbot.ErrorCode(err), briefbot.ENotFound; got != want {
		t.Fatalf("code = %q, want %q (err %v)", got, want, err)
	}
	if got, want := briefbot.ErrorMessage(err), "article 42 not found"; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
	if a.ID != 0 {
		t.Errorf("article = %+v, want the zero article", a)
	}
}

func TestSetSummary(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	id := MustAdd(t, db, article("Talks", "Delegations met."))
	want := briefbot.Summary{
		Who:     []string{"Kim Jong-un"},
		What:    "a summit",
		Where:   []string{"Panmunjom"},
		When:    "2026-02-28",
		Summary: "Delegations met at Panmunjom.",
		Lang:    "en",
	}
	if err := db.SetSummary(ctx, id, want, ""); err != nil {
		t.Fatal(err)
	}
	a, err := db.GetArticle(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Summary; !reflect.DeepEqual(got, want) {
		t.Errorf("summary = %+v, want %+v", got, want)
	}
	t.Run("indexed", func(t *testing.T) {
		if got := searchIDs(t, db, terms("panmunjom")); !reflect.DeepEqual(got, []int64{id}) {
			t.Errorf("search panmunjom = %v, want [%d]", got, id)
		}
		MustCheckIndex(t, db)
	})
	t.Run("not found", func(t *testing.T) {
		err := db.SetSummary(ctx, id+1, want, "")
		if got, want := briefbot.ErrorCode(err), briefbot.ENotFound; got != want {
			t.Errorf("code = %q, want %q (err %v)", got, want, err)
		}
	})
	t.Run("bad date", func(t *testing.T) {
		err := db.SetSummary(ctx, id, briefbot.Summary{When: "2026-13-45"}, "")
		if got, want := briefbot.ErrorCode(err), briefbot.EInvalid; got != want {
			t.Errorf("code = %q, want %q (err %v)", got, want, err)
		}
	})
}

func TestArticlesWithASummaryErrorAreFoundAndMended(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	good := MustAdd(t, db, article("Talks", "Delegations met."))
	failed := article("Storm", "A storm hit the coast.")
	failed.SummaryError = "the summarizer panicked"
	bad := MustAdd(t, db, failed)
	ids := func(failedOnly bool, after int64) []int64 {
		t.Helper()
		as, err := db.ArticlesAfter(ctx, after, failedOnly, 0)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	if got, want := ids(true, 0), []int64{bad}; !reflect.DeepEqual(got, want) {
		t.Errorf("failed only = %v, want %v", got, want)
	}
	if got, want := ids(false, 0), []int64{good, bad}; !reflect.DeepEqual(got, want) {
		t.Errorf("all = %v, want %v", got, want)
	}
	if got := ids(false, bad); len(got) != 0 {
		t.Errorf("after the last = %v, want none", got)
	}
	a, err := db.GetArticle(ctx, bad)
	if err != nil || a.SummaryError != failed.SummaryError {
		t.Fatalf("stored summary error = %q (err %v), want %q", a.SummaryError, err, failed.SummaryError)
	}
	if err := db.SetSummary(ctx, bad, briefbot.Summary{What: "a storm", Where: []string{"Brest"}}, ""); err != nil {
		t.Fatal(err)
	}
	if got := ids(true, 0); len(got) != 0 {
		t.Errorf("failed only after mending = %v, want none", got)
	}
	if got := searchIDs(t, db, terms("brest")); !reflect.DeepEqual(got, []int64{bad}) {
		t.Errorf("search brest = %v, want [%d]", got, bad)
	}
}

func TestRecentArticles(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	var ids []int64 // oldest first
	for i := range 5 {
		a := article(fmt.Sprint("day ", i), fmt.Sprint("Text of day ", i))
		a.Published = day0.AddDate(0, 0, i)
		ids = append(ids, MustAdd(t, db, a))
	}
	undated := article("undated", "Ingested late, no date.")
	undated.Ingested = day0.AddDate(0, 0, 10)
	idUndated := MustAdd(t, db, undated)
	for _, tc := range []struct {
		name  string
		since time.Time
		limit int
		want  []int64
	}{
		{"all", time.Time{}, 0, []int64{idUndated, ids[4], ids[3], ids[2], ids[1], ids[0]}},
		{"since day 3", day0.AddDate(0, 0, 3), 0, []int64{idUndated, ids[4], ids[3]}},
		{"since just after day 3", day0.AddDate(0, 0, 3).Add(time.Millisecond), 0, []int64{idUndated, ids[4]}},
		{"limit 2", time.Time{}, 2, []int64{idUndated, ids[4]}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as, err := db.RecentArticles(ctx, tc.since, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			if got := articleIDs(as); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ids = %v, want %v", got, tc.want)
			}
		})
	}
	t.Run("negative limit", func(t *testing.T) {
		_, err := db.RecentArticles(ctx, time.Time{}, -1)
		if got, want := briefbot.ErrorCode(err), briefbot.EInvalid; got != want {
			t.Errorf("code = %q, want %q", got, want)
		}
	})
}

func articleIDs(as []briefbot.Article) []int64 {
	ids := []int64{}
	for _, a := range as {
		ids = append(ids, a.ID)
	}
	return ids
}

func TestStatsAndDeleteSamples(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	for i := range 5 {
		a := article("Corée", fmt.Sprint("Nouvelles de Corée numéro ", i))
		a.Sample = i < 3
		MustAdd(t, db, a)
	}
	if got, want := mustStats(t, db), (briefbot.ArticleStats{Articles: 5, Samples: 3}); got != want {
		t.Errorf("before: stats = %+v, want %+v", got, want)
	}
	n, err := db.DeleteSamples(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := n, 3; got != want {
		t.Errorf("DeleteSamples = %d, want %d", got, want)
	}
	if got, want := mustStats(t, db), (briefbot.ArticleStats{Articles: 2, Samples: 0}); got != want {
		t.Errorf("after: stats = %+v, want %+v", got, want)
	}
}

func mustStats(t *testing.T, db *DB) briefbot.ArticleStats {
	t.Helper()
	st, err := db.ArticleStats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestConcurrentAddArticle adds articles from several goroutines at once,
// each also adding articles the others add, and checks that none fails and
// each distinct article is stored once. With two handles on one file, as two
// processes would have, writers also wait on SQLite's lock.
func TestConcurrentAddArticle(t *testing.T) {
	for _, handles := range []int{1, 2} {
		t.Run(fmt.Sprint(handles, " handles"), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "briefbot.db")
			var dbs []*DB
			for range handles {
				dbs = append(dbs, MustOpenPath(t, path))
			}
			testConcurrentAdd(t, dbs)
		})
	}
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

package storetest

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"
)

var articleTests = []test{
	{"Dedup", testDedup},
	{"DuplicatePrefersURL", testDuplicatePrefersURL},
	{"Invalid", testInvalid},
	{"RoundTrip", testRoundTrip},
	{"ToTheSecond", testToTheSecond},
	{"GetNotFound", testGetNotFound},
	{"GetArticles", testGetArticles},
	{"SetSummary", testSetSummary},
	{"SummaryErrors", testSummaryErrors},
	{"Recent", testRecent},
	{"StatsAndSamples", testStatsAndSamples},
	{"Batch", testBatch},
	{"BatchInvalidStoresNothing", testBatchInvalid},
	{"BatchEmpty", testBatchEmpty},
	{"BatchCanceled", testBatchCanceled},
	{"Concurrent", testConcurrent},
}

func testDedup(t *testing.T, open opener) {
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
			s := open(t)
			id := mustAdd(t, s, first)
			a := first
			tc.edit(&a)
			got, err := s.AddArticle(t.Context(), a)
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

// testDuplicatePrefersURL stores an article whose URL is one stored
// article's and whose text is another's: it duplicates the one with its URL.
func testDuplicatePrefersURL(t *testing.T, open opener) {
	s := open(t)
	a := article("A", "Alpha text.")
	a.URL = "https://example.com/a"
	b := article("B", "Beta text.")
	b.URL = "https://example.com/b"
	idA, _ := mustAdd(t, s, a), mustAdd(t, s, b)
	c := b
	c.URL = a.URL
	got, err := s.AddArticle(t.Context(), c)
	if err != nil {
		t.Fatal(err)
	}
	if want := (briefbot.AddResult{ID: idA, Duplicate: true}); got != want {
		t.Errorf("AddArticle = %+v, want %+v", got, want)
	}
}

func testInvalid(t *testing.T, open opener) {
	for _, tc := range []struct {
		name string
		edit func(a *briefbot.Article)
	}{
		{"no text", func(a *briefbot.Article) { a.Text = "" }},
		{"only punctuation", func(a *briefbot.Article) { a.Text = " -- !!! " }},
		{"no ingested time", func(a *briefbot.Article) { a.Ingested = time.Time{} }},
		{"bad summary date", func(a *briefbot.Article) { a.Summary.When = "March 3rd" }},
		{"feed not followed", func(a *briefbot.Article) { a.FeedID = 7 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			a := article("Harbour strike", "Some text.")
			tc.edit(&a)
			_, err := s.AddArticle(t.Context(), a)
			checkCode(t, err, briefbot.EInvalid)
			if msg := briefbot.ErrorMessage(err); !strings.Contains(msg, a.Title) {
				t.Errorf("message %q does not name the article %q", msg, a.Title)
			}
			if n := mustStats(t, s).Articles; n != 0 {
				t.Errorf("%d articles stored, want none", n)
			}
		})
	}
}

func testRoundTrip(t *testing.T, open opener) {
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
			Who:      []string{"Kim Jong-un", `Yoon "Suk" Yeol`, `<Moon> & co\`},
			What:     "talks",
			Where:    []string{"Séoul", "Pyongyang"},
			When:     "2026-03-01",
			WhenText: "dimanche",
			Summary:  "Les deux Corées ont parlé dimanche.",
			Lang:     "fr",
			// a flag set, so that a store that drops it fails
			WhereInferred: true,
		},
		SummaryError: "",
	}
	for _, tc := range []struct {
		name string
		in   briefbot.Article
		feed bool // the article comes from a feed
	}{
		{"every field", full, true},
		{"no date, no summary", article("Undated", "No date and no summary."), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			in := tc.in
			if tc.feed {
				in.FeedID = mustAddFeed(t, s, "https://www.lemonde.fr/rss").ID
			}
			in.StoryID = 99 // the store assigns the story
			id := mustAdd(t, s, in)
			if id <= 0 {
				t.Fatalf("id %d, want a positive one", id)
			}
			want := in
			want.ID, want.StoryID = id, id
			if got := mustGet(t, s, id); !reflect.DeepEqual(got, want) {
				t.Errorf("GetArticle =\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

// testToTheSecond checks that times are kept to the second, in UTC, and
// the URL canonical.
func testToTheSecond(t *testing.T, open opener) {
	s := open(t)
	paris := time.FixedZone("Paris", 3600)
	a := article("Fractions", "Times with fractions of a second.")
	a.Published = day0.Add(1500 * time.Millisecond).In(paris)
	a.Ingested = day0.Add(2999 * time.Millisecond).In(paris)
	a.URL = "HTTPS://Example.com:443/fractions?utm_medium=rss"
	got := mustGet(t, s, mustAdd(t, s, a))
	for _, tc := range []struct {
		name      string
		got, want time.Time
	}{
		{"Published", got.Published, day0.Add(time.Second)},
		{"Ingested", got.Ingested, day0.Add(2 * time.Second)},
	} {
		if !tc.got.Equal(tc.want) || tc.got.Location() != time.UTC {
			t.Errorf("%s = %v, want %v", tc.name, tc.got, tc.want)
		}
	}
	if want := "https://example.com/fractions"; got.URL != want {
		t.Errorf("URL = %q, want %q", got.URL, want)
	}
}

func testGetNotFound(t *testing.T, open opener) {
	s := open(t)
	a, err := s.GetArticle(t.Context(), 42)
	checkCode(t, err, briefbot.ENotFound)
	if got, want := briefbot.ErrorMessage(err), "article 42 not found"; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
	if a.ID != 0 {
		t.Errorf("article = %+v, want the zero article", a)
	}
}

func testGetArticles(t *testing.T, open opener) {
	s := open(t)
	ids := mustAddAll(t, s, []briefbot.Article{
		article("A", "Alpha text."), article("B", "Beta text."), article("C", "Gamma text."),
	})
	for _, tc := range []struct {
		name string
		ask  []int64
		want []int64
	}{
		{"in the order asked", []int64{ids[2], ids[0], ids[1]}, []int64{ids[2], ids[0], ids[1]}},
		{"missing left out", []int64{ids[1], 999, ids[0]}, []int64{ids[1], ids[0]}},
		{"each once", []int64{ids[0], ids[2], ids[0]}, []int64{ids[0], ids[2]}},
		{"none", nil, []int64{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as, err := s.GetArticles(t.Context(), tc.ask)
			if err != nil {
				t.Fatal(err)
			}
			if got := articleIDs(as); !slices.Equal(got, tc.want) {
				t.Errorf("ids = %v, want %v", got, tc.want)
			}
			for _, a := range as {
				if a.Text == "" || a.Title == "" {
					t.Errorf("article %d read without its text or title: %+v", a.ID, a)
				}
			}
		})
	}
	t.Run("too many", func(t *testing.T) {
		_, err := s.GetArticles(t.Context(), make([]int64, briefbot.MaxLimit+1))
		checkCode(t, err, briefbot.EInvalid)
	})
}

func testSetSummary(t *testing.T, open opener) {
	s := open(t)
	id := mustAdd(t, s, article("Talks", "Delegations met."))
	want := briefbot.Summary{
		Who:     []string{"Kim Jong-un"},
		What:    "a summit",
		Where:   []string{"Panmunjom"},
		When:    "2026-02-28",
		Summary: "Delegations met at Panmunjom.",
		Lang:    "en",
	}
	want.WhereInferred = true // rewritten with the rest
	mustDo(t, s.SetSummary(t.Context(), id, want, ""))
	if got := mustGet(t, s, id).Summary; !reflect.DeepEqual(got, want) {
		t.Errorf("summary = %+v, want %+v", got, want)
	}
	t.Run("searched", func(t *testing.T) {
		if got := searchIDs(t, s, terms("panmunjom")); !slices.Equal(got, []int64{id}) {
			t.Errorf("search panmunjom = %v, want [%d]", got, id)
		}
		mustDo(t, s.SetSummary(t.Context(), id, briefbot.Summary{Summary: "A meeting at Kaesong."}, ""))
		if got := searchIDs(t, s, terms("panmunjom")); len(got) != 0 {
			t.Errorf("search panmunjom after a new summary = %v, want none", got)
		}
		if got := searchIDs(t, s, terms("kaesong")); !slices.Equal(got, []int64{id}) {
			t.Errorf("search kaesong = %v, want [%d]", got, id)
		}
	})
	t.Run("not found", func(t *testing.T) {
		checkCode(t, s.SetSummary(t.Context(), id+1, want, ""), briefbot.ENotFound)
	})
	t.Run("bad date", func(t *testing.T) {
		checkCode(t, s.SetSummary(t.Context(), id, briefbot.Summary{When: "2026-13-45"}, ""), briefbot.EInvalid)
	})
}

func testSummaryErrors(t *testing.T, open opener) {
	s := open(t)
	good := mustAdd(t, s, article("Talks", "Delegations met."))
	failed := article("Storm", "A storm hit the coast.")
	failed.SummaryError = "the summarizer panicked"
	bad := mustAdd(t, s, failed)
	ids := func(failedOnly bool, after int64, limit int) []int64 {
		t.Helper()
		as, err := s.ArticlesAfter(t.Context(), after, failedOnly, limit)
		if err != nil {
			t.Fatal(err)
		}
		return articleIDs(as)
	}
	for _, tc := range []struct {
		name       string
		failedOnly bool
		after      int64
		limit      int
		want       []int64
	}{
		{"failed only", true, 0, 0, []int64{bad}},
		{"all, in id order", false, 0, 0, []int64{good, bad}},
		{"after the first", false, good, 0, []int64{bad}},
		{"after the last", false, bad, 0, []int64{}},
		{"limit", false, 0, 1, []int64{good}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ids(tc.failedOnly, tc.after, tc.limit); !slices.Equal(got, tc.want) {
				t.Errorf("ArticlesAfter = %v, want %v", got, tc.want)
			}
		})
	}
	if a := mustGet(t, s, bad); a.SummaryError != failed.SummaryError {
		t.Fatalf("stored summary error = %q, want %q", a.SummaryError, failed.SummaryError)
	}
	if got := mustStats(t, s).Unsummarized; got != 1 {
		t.Errorf("Unsummarized = %d, want 1", got)
	}
	mustDo(t, s.SetSummary(t.Context(), bad, briefbot.Summary{What: "a storm", Where: []string{"Brest"}}, ""))
	if got := ids(true, 0, 0); len(got) != 0 {
		t.Errorf("failed only after mending = %v, want none", got)
	}
	if got := mustStats(t, s).Unsummarized; got != 0 {
		t.Errorf("Unsummarized after mending = %d, want 0", got)
	}
	if got := searchIDs(t, s, terms("brest")); !slices.Equal(got, []int64{bad}) {
		t.Errorf("search brest = %v, want [%d]", got, bad)
	}
	_, err := s.ArticlesAfter(t.Context(), 0, false, -1)
	checkCode(t, err, briefbot.EInvalid)
}

func testRecent(t *testing.T, open opener) {
	s := open(t)
	var ids []int64 // oldest first
	for i := range 5 {
		ids = append(ids, mustAdd(t, s, at(fmt.Sprint("day ", i), fmt.Sprint("Text of day ", i), day0.AddDate(0, 0, i))))
	}
	undated := article("undated", "Ingested late, no date.")
	undated.Ingested = day0.AddDate(0, 0, 10)
	idUndated := mustAdd(t, s, undated)
	sameTime := mustAdd(t, s, at("day 4 again", "Another text of day 4.", day0.AddDate(0, 0, 4)))
	for _, tc := range []struct {
		name  string
		since time.Time
		limit int
		want  []int64
	}{
		{"all, newest first", time.Time{}, 0, []int64{idUndated, sameTime, ids[4], ids[3], ids[2], ids[1], ids[0]}},
		{"since day 3", day0.AddDate(0, 0, 3), 0, []int64{idUndated, sameTime, ids[4], ids[3]}},
		{"since just after day 3", day0.AddDate(0, 0, 3).Add(time.Millisecond), 0, []int64{idUndated, sameTime, ids[4]}},
		{"limit 2", time.Time{}, 2, []int64{idUndated, sameTime}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as, err := s.RecentArticles(t.Context(), tc.since, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			if got := articleIDs(as); !slices.Equal(got, tc.want) {
				t.Errorf("ids = %v, want %v", got, tc.want)
			}
		})
	}
	t.Run("negative limit", func(t *testing.T) {
		_, err := s.RecentArticles(t.Context(), time.Time{}, -1)
		checkCode(t, err, briefbot.EInvalid)
	})
	t.Run("default and most", func(t *testing.T) {
		mustAddAll(t, s, manyArticles(briefbot.MaxLimit+10, "Bulk"))
		for limit, want := range map[int]int{0: briefbot.DefaultLimit, briefbot.MaxLimit + 1: briefbot.MaxLimit} {
			as, err := s.RecentArticles(t.Context(), time.Time{}, limit)
			if err != nil || len(as) != want {
				t.Errorf("limit %d: %d articles, %v; want %d", limit, len(as), err, want)
			}
		}
	})
}

func testStatsAndSamples(t *testing.T, open opener) {
	s := open(t)
	for i := range 5 {
		a := article("Corée", fmt.Sprint("Nouvelles de Corée numéro ", i))
		a.Sample = i < 3
		mustAdd(t, s, a)
	}
	if got, want := mustStats(t, s), (briefbot.ArticleStats{Articles: 5, Samples: 3}); got != want {
		t.Errorf("before: stats = %+v, want %+v", got, want)
	}
	n, err := s.DeleteSamples(t.Context())
	if err != nil || n != 3 {
		t.Errorf("DeleteSamples = %d, %v; want 3", n, err)
	}
	if got, want := mustStats(t, s), (briefbot.ArticleStats{Articles: 2}); got != want {
		t.Errorf("after: stats = %+v, want %+v", got, want)
	}
	if got := searchIDs(t, s, terms("coree")); len(got) != 2 {
		t.Errorf("search after DeleteSamples found %v, want the 2 others", got)
	}
}

func testBatch(t *testing.T, open opener) {
	s := open(t)
	stored := article("Stored", "Already stored.")
	stored.URL = "https://example.com/stored"
	storedID := mustAdd(t, s, stored)
	withURL := func(a briefbot.Article, url string) briefbot.Article { a.URL = url; return a }
	as := []briefbot.Article{
		article("A", "Alpha text."),
		withURL(article("Stored again", "Other words."), "https://example.com/stored?utm_source=x"),
		article("B", "Beta text."),
		withURL(article("A again", "alpha TEXT"), "https://mirror.example/a"),
		article("C", "Gamma text."),
	}
	got, err := s.AddArticles(t.Context(), as)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(as) {
		t.Fatalf("%d results for %d articles", len(got), len(as))
	}
	want := []briefbot.AddResult{
		{ID: got[0].ID}, {ID: storedID, Duplicate: true}, {ID: got[2].ID},
		{ID: got[0].ID, Duplicate: true}, {ID: got[4].ID},
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("result %d (%s) = %+v, want %+v", i, as[i].Title, got[i], want[i])
		}
	}
	if ids := []int64{storedID, got[0].ID, got[2].ID, got[4].ID}; !ascending(ids) {
		t.Errorf("new ids %v, want them ascending in the order stored", ids)
	}
	if got, want := mustStats(t, s).Articles, 4; got != want {
		t.Errorf("%d articles stored, want %d", got, want)
	}
}

func testBatchInvalid(t *testing.T, open opener) {
	for _, tc := range []struct {
		name string
		edit func(a *briefbot.Article)
	}{
		{"no text", func(a *briefbot.Article) { a.Text = "…" }},
		{"feed not followed", func(a *briefbot.Article) { a.FeedID = 7 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			broken := article("Broken", "Broken text.")
			tc.edit(&broken)
			res, err := s.AddArticles(t.Context(), []briefbot.Article{article("Fine", "Fine text."), broken})
			checkCode(t, err, briefbot.EInvalid)
			if msg := briefbot.ErrorMessage(err); !strings.Contains(msg, `"Broken"`) {
				t.Errorf("message %q does not name the article", msg)
			}
			if n := mustStats(t, s).Articles; res != nil || n != 0 {
				t.Errorf("results %v, %d stored; want none", res, n)
			}
		})
	}
}

func testBatchEmpty(t *testing.T, open opener) {
	res, err := open(t).AddArticles(t.Context(), nil)
	if err != nil || len(res) != 0 {
		t.Errorf("AddArticles(nil) = %v, %v; want no results", res, err)
	}
}

// testBatchCanceled checks that a batch whose context ended stores nothing.
func testBatchCanceled(t *testing.T, open opener) {
	s := open(t)
	cctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := s.AddArticles(cctx, []briefbot.Article{article("A", "Alpha text.")}); err == nil {
		t.Fatal("AddArticles with a canceled context succeeded")
	}
	if got := mustStats(t, s).Articles; got != 0 {
		t.Errorf("%d articles stored, want 0", got)
	}
}

// testConcurrent adds articles from several goroutines at once, each also
// adding articles the others add: none fails, and each distinct article is
// stored once.
func testConcurrent(t *testing.T, open opener) {
	s := open(t)
	const workers, each, shared = 8, 20, 10
	var wg sync.WaitGroup
	errs := make(chan error, workers*(each+shared))
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				_, err := s.AddArticle(t.Context(), article("own", fmt.Sprintf("Worker %d article %d.", w, i)))
				errs <- err
			}
			for i := range shared {
				a := article("shared", fmt.Sprintf("Shared article %d.", i))
				a.URL = fmt.Sprintf("https://example.com/shared/%d", i)
				_, err := s.AddArticle(t.Context(), a)
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
	if got, want := mustStats(t, s).Articles, workers*each+shared; got != want {
		t.Errorf("stored %d articles, want %d", got, want)
	}
}

// manyArticles is n short distinct articles whose titles start with title.
func manyArticles(n int, title string) []briefbot.Article {
	as := make([]briefbot.Article, n)
	for i := range as {
		as[i] = article(fmt.Sprint(title, " ", i), fmt.Sprintf("%s number %d: %s", title, i, strings.Repeat("word ", i%7)))
	}
	return as
}

// ascending reports whether ids grow strictly.
func ascending(ids []int64) bool {
	for i := 1; i < len(ids); i++ {
		if ids[i] <= ids[i-1] {
			return false
		}
	}
	return true
}

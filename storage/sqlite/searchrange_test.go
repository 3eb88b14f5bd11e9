package sqlite

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"briefbot"
)

// TestSearchWindowOutOfOrder stores articles whose dates do not follow
// their arrival (a late article about last week, one dated before 1970,
// one with no date) and checks every window against a plain filter.
func TestSearchWindowOutOfOrder(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	offsets := []int{5, 1, 3, 0, -30000, 4, 2, 6, 2}
	seen := map[int64]time.Time{}
	for i, d := range offsets {
		a := article(fmt.Sprintf("Korea %d", i), fmt.Sprintf("Korea report number %d.", i))
		a.Published = day0.AddDate(0, 0, d).Add(time.Duration(i) * time.Minute)
		seen[MustAdd(t, db, a)] = a.Published
	}
	undated := article("Korea undated", "Korea report without a date.")
	undated.Ingested = day0.AddDate(0, 0, 3)
	seen[MustAdd(t, db, undated)] = undated.Ingested
	for lo := -30001; lo <= 7; lo++ {
		for _, span := range []int{1, 2, 40000} {
			since, until := day0.AddDate(0, 0, lo), day0.AddDate(0, 0, lo+span)
			hits, err := db.SearchArticles(ctx, briefbot.Search{Match: terms("korea"), Since: since, Until: until})
			if err != nil {
				t.Fatal(err)
			}
			got := hitIDs(hits)
			var want []int64
			for id, s := range seen {
				if !s.Before(since) && s.Before(until) {
					want = append(want, id)
				}
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("window %v to %v: ids %v, want %v", since, until, got, want)
			}
		}
		if lo == -29999 {
			lo = -2 // skip the empty years between
		}
	}
}

// TestSearchRanksTheNewestMatches checks that a search with more matches
// than ScanLimit ranks the newest ones.
func TestSearchRanksTheNewestMatches(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	var as []briefbot.Article
	for i := range ScanLimit + 20 {
		a := article(fmt.Sprintf("Note %d", i), fmt.Sprintf("Korea market note %d.", i))
		a.Published = day0.Add(time.Duration(i) * time.Minute)
		as = append(as, a)
	}
	if _, err := db.AddArticles(ctx, as); err != nil {
		t.Fatal(err)
	}
	hits, err := db.SearchArticles(ctx, briefbot.Search{Match: terms("korea"), Limit: MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	oldest := day0.Add(20 * time.Minute)
	for _, h := range hits {
		if h.Article.Published.Before(oldest) {
			t.Fatalf("ranked %q, older than the %d newest matches", h.Article.Title, ScanLimit)
		}
	}
	n, err := db.MatchCount(ctx, briefbot.Search{Match: terms("korea")})
	if err != nil || n != ScanLimit {
		t.Errorf("MatchCount = %d, %v; want %d", n, err, ScanLimit)
	}
}

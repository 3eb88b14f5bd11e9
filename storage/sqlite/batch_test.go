package sqlite

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"briefbot"
)

func TestAddArticlesBatch(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	stored := article("Stored", "Already stored.")
	stored.URL = "https://example.com/stored"
	storedID := MustAdd(t, db, stored)
	withURL := func(a briefbot.Article, url string) briefbot.Article { a.URL = url; return a }
	as := []briefbot.Article{
		article("A", "Alpha text."),
		withURL(article("Stored again", "Other words."), "https://example.com/stored?utm_source=x"),
		article("B", "Beta text."),
		withURL(article("A again", "alpha TEXT"), "https://mirror.example/a"),
		article("C", "Gamma text."),
	}
	got, err := db.AddArticles(ctx, as)
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
		t.Errorf("new ids %v, want them ascending in input order", ids)
	}
	if got, want := mustStats(t, db).Articles, 4; got != want {
		t.Errorf("%d articles stored, want %d", got, want)
	}
	MustCheckIndex(t, db)
}

func ascending(ids []int64) bool {
	for i := 1; i < len(ids); i++ {
		if ids[i] <= ids[i-1] {
			return false
		}
	}
	return true
}

func TestAddArticlesInvalidStoresNothing(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name, msg string
		edit      func(a *briefbot.Article)
	}{
		{"no text", `article "Broken" has no text`, func(a *briefbot.Article) { a.Text = "…" }},
		{"feed not followed", `article "Broken": feed 7 is not followed`, func(a *briefbot.Article) { a.FeedID = 7 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := MustOpen(t)
			broken := article("Broken", "Broken text.")
			tc.edit(&broken)
			res, err := db.AddArticles(ctx, []briefbot.Article{article("Fine", "Fine text."), broken})
			checkCode(t, err, briefbot.EInvalid)
			if got := briefbot.ErrorMessage(err); got != tc.msg {
				t.Errorf("message = %q, want %q", got, tc.msg)
			}
			if res != nil || mustStats(t, db).Articles != 0 {
				t.Errorf("results %v, %d stored; want none", res, mustStats(t, db).Articles)
			}
		})
	}
}

func TestAddArticlesEmpty(t *testing.T) {
	res, err := MustOpen(t).AddArticles(context.Background(), nil)
	if err != nil || len(res) != 0 {
		t.Errorf("AddArticles(nil) = %v, %v; want no results", res, err)
	}
}

// TestAddArticlesCanceled checks that a batch whose context ends stores
// nothing.
func TestAddArticlesCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	db := MustOpen(t)
	_, err := db.AddArticles(ctx, []briefbot.Article{article("A", "Alpha text.")})
	if err == nil {
		t.Fatal("AddArticles with a canceled context succeeded")
	}
	if got := mustStats(t, db).Articles; got != 0 {
		t.Errorf("%d articles stored, want 0", got)
	}
}

// manyArticles is n short distinct articles.
func manyArticles(n int, title string) []briefbot.Article {
	as := make([]briefbot.Article, n)
	for i := range as {
		as[i] = article(fmt.Sprint(title, " ", i), fmt.Sprintf("%s number %d: %s", title, i, strings.Repeat("word ", i%7)))
	}
	return as
}

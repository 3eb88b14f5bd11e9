package sqlite

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"briefbot"
)

// TestDeleteSeenBeforeMany deletes more articles than one transaction does.
func TestDeleteSeenBeforeMany(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	as := manyArticles(2*deleteChunk+5, "Harbour")
	if _, err := db.AddArticles(ctx, as); err != nil {
		t.Fatal(err)
	}
	n, err := db.DeleteSeenBefore(ctx, day0.Add(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if n != len(as) || mustStats(t, db).Articles != 0 {
		t.Errorf("deleted %d of %d, %d left", n, len(as), mustStats(t, db).Articles)
	}
	MustCheckIndex(t, db)
}

// manyArticles is n short distinct articles.
func manyArticles(n int, title string) []briefbot.Article {
	as := make([]briefbot.Article, n)
	for i := range as {
		as[i] = article(fmt.Sprint(title, " ", i), fmt.Sprintf("%s number %d: %s", title, i, strings.Repeat("word ", i%7)))
	}
	return as
}

package sqlite

import (
	"context"
	"slices"
	"testing"
	"time"

	"briefbot"
)

func TestDeleteSeenBefore(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	at := func(title, text string, published time.Time, sample bool) int64 {
		a := article(title, text)
		a.Published, a.Sample = published, sample
		return MustAdd(t, db, a)
	}
	old := at("Old", "Harbour news from long ago.", day0.AddDate(0, 0, -3), false)
	oldSample := at("Old sample", "Harbour sample from long ago.", day0.AddDate(0, 0, -2), true)
	edge := at("Edge", "Harbour news at the edge.", day0.AddDate(0, 0, -1), false)
	undated := article("Undated", "Harbour news without a date.")
	undated.Ingested = day0.AddDate(0, 0, -1).Add(-time.Second)
	undatedID := MustAdd(t, db, undated)
	fresh := at("Fresh", "Harbour news of today.", day0, false)

	n, err := db.DeleteSeenBefore(ctx, day0.AddDate(0, 0, -1))
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("deleted %d, want 3 (%d, %d, %d)", n, old, oldSample, undatedID)
	}
	if got, want := searchIDs(t, db, terms("harbour")), []int64{fresh, edge}; !slices.Equal(got, want) {
		t.Errorf("search after delete = %v, want %v", got, want)
	}
	MustCheckIndex(t, db)
	_, err = db.GetArticle(ctx, old)
	checkCode(t, err, briefbot.ENotFound)

	t.Run("a fraction of a second after", func(t *testing.T) {
		n, err := db.DeleteSeenBefore(ctx, day0.AddDate(0, 0, -1).Add(time.Millisecond))
		if err != nil || n != 1 {
			t.Errorf("DeleteSeenBefore = %d, %v; want the edge article", n, err)
		}
	})
	t.Run("zero time", func(t *testing.T) {
		n, err := db.DeleteSeenBefore(ctx, time.Time{})
		if err != nil || n != 0 || mustStats(t, db).Articles != 1 {
			t.Errorf("DeleteSeenBefore(zero) = %d, %v; want nothing deleted", n, err)
		}
	})
}

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

// TestDeleteSeenBeforeEndsStory checks that an article whose story's
// articles were all deleted starts a story of its own.
func TestDeleteSeenBeforeEndsStory(t *testing.T) {
	db := MustOpen(t)
	MustAdd(t, db, published("Wire", "https://wire.example/1", wire, -48*time.Hour))
	if _, err := db.DeleteSeenBefore(context.Background(), day0.Add(-24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	id := MustAdd(t, db, published("Daily", "https://daily.example/1", edited, 0))
	if got := storyOf(t, db, id); got != id {
		t.Errorf("story = %d, want its own %d", got, id)
	}
}

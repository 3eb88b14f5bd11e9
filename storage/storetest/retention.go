package storetest

import (
	"slices"
	"testing"
	"time"

	"briefbot"
)

var retentionTests = []test{
	{"DeleteSeenBefore", testDeleteSeenBefore},
	{"DeleteMany", testDeleteMany},
}

func testDeleteSeenBefore(t *testing.T, open opener) {
	s := open(t)
	add := func(title, text string, published time.Time, sample bool) int64 {
		a := at(title, text, published)
		a.Sample = sample
		return mustAdd(t, s, a)
	}
	old := add("Old", "Harbour news from long ago.", day0.AddDate(0, 0, -3), false)
	oldSample := add("Old sample", "Harbour sample from long ago.", day0.AddDate(0, 0, -2), true)
	edge := add("Edge", "Harbour news at the edge.", day0.AddDate(0, 0, -1), false)
	undated := article("Undated", "Harbour news without a date.")
	undated.Ingested = day0.AddDate(0, 0, -1).Add(-time.Second)
	undatedID := mustAdd(t, s, undated)
	fresh := add("Fresh", "Harbour news of today.", day0, false)

	n, err := s.DeleteSeenBefore(t.Context(), day0.AddDate(0, 0, -1))
	if err != nil || n != 3 {
		t.Errorf("DeleteSeenBefore = %d, %v; want 3 (%d, %d, %d)", n, err, old, oldSample, undatedID)
	}
	if got, want := searchIDs(t, s, terms("harbour")), []int64{fresh, edge}; !slices.Equal(got, want) {
		t.Errorf("search after delete = %v, want %v", got, want)
	}
	for _, id := range []int64{old, oldSample, undatedID} {
		_, err = s.GetArticle(t.Context(), id)
		checkCode(t, err, briefbot.ENotFound)
	}
	if got, want := mustStats(t, s), (briefbot.ArticleStats{Articles: 2}); got != want {
		t.Errorf("stats = %+v, want %+v", got, want)
	}
	t.Run("a fraction of a second after", func(t *testing.T) {
		n, err := s.DeleteSeenBefore(t.Context(), day0.AddDate(0, 0, -1).Add(time.Millisecond))
		if err != nil || n != 1 {
			t.Errorf("DeleteSeenBefore = %d, %v; want the edge article", n, err)
		}
	})
	t.Run("zero time", func(t *testing.T) {
		n, err := s.DeleteSeenBefore(t.Context(), time.Time{})
		if err != nil || n != 0 || mustStats(t, s).Articles != 1 {
			t.Errorf("DeleteSeenBefore(zero) = %d, %v; want nothing deleted", n, err)
		}
	})
}

// testDeleteMany deletes more articles than a store may delete at once.
func testDeleteMany(t *testing.T, open opener) {
	s := open(t)
	as := manyArticles(2500, "Harbour")
	mustAddAll(t, s, as)
	n, err := s.DeleteSeenBefore(t.Context(), day0.Add(time.Second))
	if err != nil || n != len(as) {
		t.Errorf("DeleteSeenBefore = %d, %v; want %d", n, err, len(as))
	}
	if st := mustStats(t, s); st.Articles != 0 {
		t.Errorf("%d articles left, want none", st.Articles)
	}
	if got := searchIDs(t, s, terms("harbour")); len(got) != 0 {
		t.Errorf("search after delete = %v, want none", got)
	}
}

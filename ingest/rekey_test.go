package ingest_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"briefbot"
	"briefbot/ingest"
	"briefbot/topics"
)

// keySearch returns the ids of the articles a search for key finds.
func keySearch(tb testing.TB, s briefbot.ArticleStore, key string) []int64 {
	tb.Helper()
	cs, err := s.SearchCandidates(context.Background(), briefbot.Search{Match: briefbot.Match{{{Key: key}}}})
	if err != nil {
		tb.Fatal(err)
	}
	var ids []int64
	for _, c := range cs {
		ids = append(ids, c.ID)
	}
	return ids
}

func TestIngestWritesKeys(t *testing.T) {
	store := mustStore(t)
	in := &ingest.Ingester{Store: store, Summarizer: echoSummarizer, Now: func() time.Time { return testNow }}
	_, err := in.IngestArticles(context.Background(), []briefbot.Article{
		{Title: "Séisme au Japon", Text: "Un violent séisme a frappé le nord du pays."},
		{Title: "Markets", Text: "Shares rose in a quiet session."},
	})
	if err != nil {
		t.Fatal(err)
	}
	got := stored(t, store)
	for _, k := range []string{"pjp", "cdisaster0earthquake"} {
		if !slices.Contains(got[0].Keys, k) {
			t.Errorf("keys of the French story %q lack %s", got[0].Keys, k)
		}
	}
	if got[0].KeysVersion != topics.KeysVersion {
		t.Errorf("keys version %d, want %d", got[0].KeysVersion, topics.KeysVersion)
	}
	if ids := keySearch(t, store, "cdisaster0earthquake"); !slices.Equal(ids, []int64{got[0].ID}) {
		t.Errorf("earthquake key finds %v, want [%d]", ids, got[0].ID)
	}
}

// TestRekey checks that articles stored before keys, or keyed by older
// rules, are keyed by Rekey, and only once.
func TestRekey(t *testing.T) {
	store := mustStore(t)
	ctx := context.Background()
	old := []briefbot.Article{
		{Title: "Grève à la SNCF", Text: "Les cheminots sont en grève.", Ingested: testNow},
		{Title: "Talks in Seoul", Text: "Officials met.", Ingested: testNow, Keys: []string{"pxx"}, KeysVersion: topics.KeysVersion - 1},
		{Title: "Current", Text: "Keyed by today's rules.", Ingested: testNow, Keys: []string{"pfr"}, KeysVersion: topics.KeysVersion},
	}
	res, err := store.AddArticles(ctx, old)
	if err != nil {
		t.Fatal(err)
	}
	in := &ingest.Ingester{Store: store}
	n, err := in.Rekey(ctx)
	if err != nil || n != 2 {
		t.Fatalf("Rekey = %d, %v; want 2 articles keyed", n, err)
	}
	if ids := keySearch(t, store, "clabour0strike"); !slices.Equal(ids, []int64{res[0].ID}) {
		t.Errorf("strike key finds %v, want the old French story %d", ids, res[0].ID)
	}
	if ids := keySearch(t, store, "pkr"); !slices.Equal(ids, []int64{res[1].ID}) {
		t.Errorf("South Korea's key finds %v, want %d", ids, res[1].ID)
	}
	if ids := keySearch(t, store, "pxx"); len(ids) != 0 {
		t.Errorf("an older version's key still finds %v", ids)
	}
	if ids := keySearch(t, store, "pfr"); !slices.Equal(ids, []int64{res[2].ID}) {
		t.Errorf("the current article's keys were changed: pfr finds %v", ids)
	}
	if n, err := in.Rekey(ctx); err != nil || n != 0 {
		t.Errorf("second Rekey = %d, %v; want nothing to key", n, err)
	}
}

package sqlite

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"briefbot"
)

// terms is a Match of one group per word, none a prefix.
func terms(words ...string) briefbot.Match {
	var m briefbot.Match
	for _, w := range words {
		m = append(m, []briefbot.Term{{Phrase: w}})
	}
	return m
}

// searchIDs returns the ids that a search for m finds, best first.
func searchIDs(tb testing.TB, db *DB, m briefbot.Match) []int64 {
	tb.Helper()
	hits, err := db.SearchArticles(context.Background(), briefbot.Search{Match: m})
	if err != nil {
		tb.Fatalf("SearchArticles(%v): %v", m, err)
	}
	return hitIDs(hits)
}

func hitIDs(hits []briefbot.Hit) []int64 {
	ids := []int64{}
	for _, h := range hits {
		ids = append(ids, h.Article.ID)
	}
	return ids
}

func TestSearchFoldsCaseAndAccents(t *testing.T) {
	db := MustOpen(t)
	id := MustAdd(t, db, article("La Corée du Nord tire un missile", "Séoul a protesté."))
	MustAdd(t, db, article("Météo", "Il pleut à Paris."))
	for _, tc := range []struct {
		name string
		m    briefbot.Match
	}{
		{"coree", terms("coree")},
		{"Coree", terms("Coree")},
		{"CORÉE", terms("CORÉE")},
		{"seoul in text", terms("seoul")},
		{"prefix cor", briefbot.Match{{{Phrase: "cor", Prefix: true}}}},
		{"phrase", terms("coree du nord")},
		{"either word", briefbot.Match{{{Phrase: "japon"}, {Phrase: "coree"}}}},
		{"both words", terms("coree", "missile")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := searchIDs(t, db, tc.m), []int64{id}; !reflect.DeepEqual(got, want) {
				t.Errorf("ids = %v, want %v", got, want)
			}
		})
	}
	t.Run("no match", func(t *testing.T) {
		if got := searchIDs(t, db, terms("coree", "pleut")); len(got) != 0 {
			t.Errorf("ids = %v, want none", got)
		}
	})
}

func TestSearchWindow(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	var ids []int64
	for i := range 3 {
		a := article("Korea", strings.Repeat("word ", i+1)+"Korea news.")
		a.Published = day0.AddDate(0, 0, i)
		ids = append(ids, MustAdd(t, db, a))
	}
	undated := article("Korea", "Undated Korea news.")
	undated.Ingested = day0.AddDate(0, 0, 1).Add(time.Hour)
	idUndated := MustAdd(t, db, undated)
	for _, tc := range []struct {
		name         string
		since, until time.Time
		want         []int64
	}{
		{"no bounds", time.Time{}, time.Time{}, []int64{ids[0], ids[1], ids[2], idUndated}},
		{"since is inclusive", day0.AddDate(0, 0, 1), time.Time{}, []int64{ids[1], ids[2], idUndated}},
		{"until is exclusive", time.Time{}, day0.AddDate(0, 0, 1), []int64{ids[0]}},
		{"undated counts at ingestion", day0.AddDate(0, 0, 1).Add(time.Minute), day0.AddDate(0, 0, 2), []int64{idUndated}},
		{"sub-second bounds", day0.Add(time.Millisecond), day0.AddDate(0, 0, 2).Add(time.Millisecond), []int64{ids[1], ids[2], idUndated}},
		{"empty window", day0.AddDate(0, 0, 5), day0.AddDate(0, 0, 6), []int64{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := db.SearchArticles(ctx, briefbot.Search{
				Match: terms("korea"), Since: tc.since, Until: tc.until,
			})
			if err != nil {
				t.Fatal(err)
			}
			if got := hitIDs(hits); !sameIDs(got, tc.want) {
				t.Errorf("ids = %v, want %v (any order)", got, tc.want)
			}
		})
	}
}

// sameIDs reports whether a and b hold the same ids in any order.
func sameIDs(a, b []int64) bool {
	count := map[int64]int{}
	for _, id := range a {
		count[id]++
	}
	for _, id := range b {
		count[id]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return len(a) == len(b)
}

func TestSearchRanksTitleFirst(t *testing.T) {
	db := MustOpen(t)
	inText := MustAdd(t, db, article("Weather report", "Rain today. Later, news from Korea."))
	inTitle := MustAdd(t, db, article("Korea holds election", "Voters went to the polls today."))
	hits, err := db.SearchArticles(context.Background(), briefbot.Search{Match: terms("korea")})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := hitIDs(hits), []int64{inTitle, inText}; !reflect.DeepEqual(got, want) {
		t.Fatalf("ids = %v, want %v", got, want)
	}
	if hits[0].Relevance <= hits[1].Relevance {
		t.Errorf("relevance %v then %v, want decreasing", hits[0].Relevance, hits[1].Relevance)
	}
}

func TestSearchLimit(t *testing.T) {
	db := MustOpen(t)
	for i := range 60 {
		MustAdd(t, db, article("Korea", "Korea item "+strings.Repeat("x", i+1)))
	}
	for _, tc := range []struct {
		name  string
		limit int
		want  int
	}{
		{"default", 0, DefaultLimit},
		{"small", 3, 3},
		{"above max is max", MaxLimit + 1, 60},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := db.SearchArticles(context.Background(),
				briefbot.Search{Match: terms("korea"), Limit: tc.limit})
			if err != nil {
				t.Fatal(err)
			}
			if got := len(hits); got != tc.want {
				t.Errorf("%d hits, want %d", got, tc.want)
			}
		})
	}
}

func TestSearchInvalid(t *testing.T) {
	db := MustOpen(t)
	many := briefbot.Match{}
	for range MaxTerms + 1 {
		many = append(many, []briefbot.Term{{Phrase: "korea"}})
	}
	for _, tc := range []struct {
		name string
		s    briefbot.Search
	}{
		{"no match", briefbot.Search{}},
		{"empty group", briefbot.Search{Match: briefbot.Match{{}}}},
		{"empty phrase", briefbot.Search{Match: terms("")}},
		{"no letters", briefbot.Search{Match: terms(`"*-:()`)}},
		{"too many terms", briefbot.Search{Match: many}},
		{"term too long", briefbot.Search{Match: terms(strings.Repeat("korea ", 40))}},
		{"negative limit", briefbot.Search{Match: terms("korea"), Limit: -1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := db.SearchArticles(context.Background(), tc.s)
			if got, want := briefbot.ErrorCode(err), briefbot.EInvalid; got != want {
				t.Errorf("code = %q, want %q (err %v)", got, want, err)
			}
		})
	}
}

// TestSearchQuerySyntaxIsText checks that query syntax in a term is searched
// for as words, never run.
func TestSearchQuerySyntaxIsText(t *testing.T) {
	db := MustOpen(t)
	id := MustAdd(t, db, article("NEAR or NOT", `Title: "quoted" AND near (words) - minus * star`))
	for _, phrase := range []string{
		`"quoted"`, `quoted"`, `NEAR(`, `NEAR(words)`, `AND`, `OR`, `NOT`, `AND NEAR`,
		`title:quoted`, `-minus`, `star*`, `^near`, `(words`, `words)`, `{title}: "quoted"`,
		"and\x00near", "\xff\xfeminus", `"" quoted ""`,
	} {
		t.Run(phrase, func(t *testing.T) {
			for _, prefix := range []bool{false, true} {
				m := briefbot.Match{{{Phrase: phrase, Prefix: prefix}}}
				if got, want := searchIDs(t, db, m), []int64{id}; !reflect.DeepEqual(got, want) {
					t.Errorf("prefix %v: ids = %v, want %v", prefix, got, want)
				}
			}
		})
	}
}

// TestSearchAfterDelete checks that the full-text index forgets deleted
// articles and stays consistent with the articles table.
func TestSearchAfterDelete(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	sample := article("Korea sample", "Sample Korea text.")
	sample.Sample = true
	MustAdd(t, db, sample)
	kept := MustAdd(t, db, article("Korea kept", "Kept Korea text."))
	if _, err := db.DeleteSamples(ctx); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		m    briefbot.Match
		want []int64
	}{
		{"shared word", terms("korea"), []int64{kept}},
		{"deleted word", terms("sample"), []int64{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := searchIDs(t, db, tc.m); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ids = %v, want %v", got, tc.want)
			}
		})
	}
	MustCheckIndex(t, db)
}

// MustCheckIndex fails unless the full-text index matches the articles table.
func MustCheckIndex(tb testing.TB, db *DB) {
	tb.Helper()
	_, err := db.write.ExecContext(context.Background(),
		`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`)
	if err != nil {
		tb.Fatalf("full-text index out of step: %v", err)
	}
}

package brief

import (
	"slices"
	"testing"
	"time"

	"briefbot/storage/teststore"

	"briefbot"
)

func TestRelevance(t *testing.T) {
	korea := briefbot.Match{{{Phrase: "coree", Prefix: true}, {Phrase: "south korea"}}}
	tests := []struct {
		name string
		c    briefbot.Candidate
		m    briefbot.Match
		want float64
	}{
		{"body only", briefbot.Candidate{Title: "Markets", Summary: "Stocks rose."}, korea, 1},
		{"title, accents and case", briefbot.Candidate{Title: "La CORÉE du Sud vote"}, korea, 11},
		{"prefix in summary", briefbot.Candidate{Summary: "Les Coréens votent."}, korea, 5},
		{"phrase in where", briefbot.Candidate{Where: []string{"South Korea"}}, korea, 4},
		{"phrase words apart", briefbot.Candidate{Title: "South of Korea"}, briefbot.Match{{{Phrase: "south korea"}}}, 1},
		{"not a prefix unless asked", briefbot.Candidate{Title: "Koreans"}, briefbot.Match{{{Phrase: "korea"}}}, 1},
		{"two groups in the title", briefbot.Candidate{Title: "Korea elections"}, briefbot.Match{{{Phrase: "korea"}}, {{Phrase: "election", Prefix: true}}}, 21},
		{"who", briefbot.Candidate{Who: []string{"Kim Jong Un"}}, briefbot.Match{{{Phrase: "kim jong un"}}}, 4},
		{"one of the names", briefbot.Candidate{Who: []string{"Yoon Suk Yeol", "Kim Jong Un"}}, briefbot.Match{{{Phrase: "kim"}}}, 4},
		{"every field", briefbot.Candidate{Title: "Korea", Summary: "Korea", Who: []string{"Korea"}, Where: []string{"Korea"}},
			briefbot.Match{{{Phrase: "korea"}}}, 21},
		{"a word's end is no match", briefbot.Candidate{Title: "Northkorea"}, briefbot.Match{{{Phrase: "korea", Prefix: true}}}, 1},
		{"a prefix phrase's first word is whole", briefbot.Candidate{Title: "Xsouth Koreans"}, briefbot.Match{{{Phrase: "south kor", Prefix: true}}}, 1},
		{"a key is no word", briefbot.Candidate{Title: "pkr"}, briefbot.Match{{{Key: "pkr"}}}, 1},
		{"punctuation between words", briefbot.Candidate{Title: "South-Korea's vote"}, briefbot.Match{{{Phrase: "south korea"}}}, 11},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var line []byte
			if got := relevance(tt.c, phrases(tt.m), &line); got != tt.want {
				t.Errorf("relevance = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestMostRelevant checks the order of candidates: the most relevant
// first, then the newest seen, then the latest stored, and at most n.
func TestMostRelevant(t *testing.T) {
	now := time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)
	cands := []briefbot.Candidate{
		{ID: 5, Seen: now, Title: "Markets"},
		{ID: 4, Seen: now.Add(-time.Hour), Title: "Korea votes"},
		{ID: 3, Seen: now, Title: "Korea votes again"},
		{ID: 2, Seen: now, Title: "Weather"},
		{ID: 1, Seen: now, Summary: "Korea in the summary."},
	}
	m := briefbot.Match{{{Phrase: "korea"}}}
	var got []int64
	for _, c := range mostRelevant(cands, m, 4) {
		got = append(got, c.ID)
	}
	if want := []int64{3, 4, 1, 5}; !slices.Equal(got, want) {
		t.Errorf("ids = %v, want %v", got, want)
	}
}

// TestRelevant checks that the most relevant candidates are read in full,
// with their relevance, however old among the candidates.
func TestRelevant(t *testing.T) {
	now := time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)
	db := teststore.Open(t)
	var ids []int64
	for i, a := range []briefbot.Article{
		{Title: "Korea votes", Text: "Voters went to the polls in Korea."},
		{Title: "Markets", Text: "Stocks rose, and Korea's won with them."},
		{Title: "Weather", Text: "Rain in Seoul, Korea, all week."},
	} {
		a.Ingested, a.Published = now, now.Add(time.Duration(i)*time.Hour)
		res, err := db.AddArticle(t.Context(), a)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, res.ID)
	}
	hits, err := Relevant(t.Context(), db, briefbot.Search{Match: briefbot.Match{{{Phrase: "korea"}}}, Limit: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 || hits[0].Article.ID != ids[0] || hits[0].Relevance != 11 || hits[0].Article.Text == "" ||
		hits[1].Article.ID != ids[2] || hits[1].Relevance != 1 {
		t.Errorf("hits %+v, want %d (relevance 11, in full) then the newest of the others, %d", hits, ids[0], ids[2])
	}
}

package brief

import (
	"slices"
	"testing"
	"time"

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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := relevance(tt.c, phrases(tt.m)); got != tt.want {
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

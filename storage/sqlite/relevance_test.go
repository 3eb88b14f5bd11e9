package sqlite

import (
	"testing"

	"briefbot"
)

func TestRelevance(t *testing.T) {
	korea := briefbot.Match{{{Phrase: "coree", Prefix: true}, {Phrase: "south korea"}}}
	tests := []struct {
		name string
		c    candidate
		m    briefbot.Match
		want float64
	}{
		{"body only", candidate{title: "Markets", summary: "Stocks rose."}, korea, 1},
		{"title, accents and case", candidate{title: "La CORÉE du Sud vote"}, korea, 11},
		{"prefix in summary", candidate{summary: "Les Coréens votent."}, korea, 5},
		{"phrase in where", candidate{where: `["South Korea"]`}, korea, 4},
		{"phrase words apart", candidate{title: "South of Korea"}, briefbot.Match{{{Phrase: "south korea"}}}, 1},
		{"not a prefix unless asked", candidate{title: "Koreans"}, briefbot.Match{{{Phrase: "korea"}}}, 1},
		{"two groups in the title", candidate{title: "Korea elections"}, briefbot.Match{{{Phrase: "korea"}}, {{Phrase: "election", Prefix: true}}}, 21},
		{"who", candidate{who: `["Kim Jong Un"]`}, briefbot.Match{{{Phrase: "kim jong un"}}}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := relevance(tt.c, phrases(tt.m)); got != tt.want {
				t.Errorf("relevance = %v, want %v", got, tt.want)
			}
		})
	}
}

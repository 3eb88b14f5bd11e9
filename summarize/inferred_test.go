package summarize

import (
	"slices"
	"testing"
	"time"

	"briefbot"
)

// TestWhereInferredFromTheActor: an article that names no place gets the
// country its main actor says it belongs to, marked as inferred; one that
// names a place, or whose actors say two countries, or whose actor is a
// person, does not.
func TestWhereInferredFromTheActor(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, lang, title, text string
		where                   []string // nil: no place at all
		inferred                bool
	}{
		{"a described actor named like a country says none", "en", "Man charged over bank robbery",
			"A 34-year-old was charged after a bank was robbed on Monday, police said.",
			nil, false},
		{"an organisation says its country", "en", "Bank of Japan holds rates",
			"The Bank of Japan kept its key rate unchanged on Tuesday. The Bank of Japan said inflation was slowing.",
			[]string{"Japan"}, true},
		{"a demonym in the organisation's name", "fr", "Le gouvernement italien adopte son budget",
			"Le gouvernement italien a adopté mardi son budget pour l'an prochain. Le gouvernement italien prévoit une croissance de 1 %.",
			[]string{"Italie"}, true},
		{"a place named", "en", "Bank of Japan holds rates in Tokyo",
			"The Bank of Japan kept its key rate unchanged on Tuesday in Tokyo.",
			[]string{"Tokyo", "Japan"}, false},
		{"a person", "en", "Maria Jordan wins the award",
			"Maria Jordan won the award on Tuesday. Jordan thanked her family.",
			nil, false},
		{"a city in the organisation's name", "fr", "Santé : un bouclier pour l'ADN",
			"Des chercheurs de l'université de Kyoto ont découvert une protéine. L'université de Kyoto publie l'étude mardi.",
			[]string{"Kyoto", "Japon"}, true},
		{"a city's name alone is a firm's", "en", "Hitachi unveils a chip",
			"Hitachi has unveiled a new chip. Hitachi said it would ship in May.",
			nil, false},
		{"a city in a two-word organisation's name", "en", "Kyoto University finds a protein",
			"Kyoto University has found a protein that shields DNA. The university said the study took years.",
			[]string{"Kyoto", "Japan"}, true},
		{"a city in a person's name", "en", "Jack London book sells",
			"Jack London's last book sold well on Tuesday, Jack London's publisher said.",
			nil, false},
		{"two countries", "en", "Bank of Japan and Bank of England hold rates",
			"The Bank of Japan kept its key rate unchanged on Tuesday. The Bank of England did the same on Thursday.",
			nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Lang: tt.lang, Published: pub})
			if len(tt.where) == 0 && len(s.Where) > 0 || len(tt.where) > 0 && !slices.Equal(s.Where[:min(len(s.Where), len(tt.where))], tt.where) {
				t.Errorf("Where = %q, want %q (Who %q)", s.Where, tt.where, s.Who)
			}
			if s.WhereInferred != tt.inferred {
				t.Errorf("WhereInferred = %v, want %v (Where %q, Who %q)", s.WhereInferred, tt.inferred, s.Where, s.Who)
			}
		})
	}
}

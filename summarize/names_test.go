package summarize

import (
	"slices"
	"testing"

	"briefbot"
)

// runTexts lists the name runs the scanner finds in one sentence.
func runTexts(text, lang string) []string {
	a := read(briefbot.Document{Text: text, Lang: lang})
	var out []string
	for _, r := range a.body[0].runs {
		out = append(out, a.body[0].span(r))
	}
	return out
}

func TestNameRuns(t *testing.T) {
	tests := []struct {
		name, text, lang string
		want             []string
	}{
		{"french title phrase", "Le ministre sud-coréen des Affaires étrangères, Park Jin, a rencontré Antony Blinken à New York.", "fr",
			[]string{"Park Jin", "Antony Blinken", "New York"}},
		{"french ministry", "Le ministère de l'Intérieur a indiqué jeudi que Claire Martin viendra.", "fr",
			[]string{"ministère de l'Intérieur", "Claire Martin"}},
		{"french organisation with lower-case words", "Le texte viole les résolutions du Conseil de sécurité de l'ONU, selon Paris.", "fr",
			[]string{"Conseil de sécurité de l'ONU", "Paris"}},
		{"english titles", "Secretary of State Antony Blinken met FBI Director James Comey and President Obama.", "en",
			[]string{"Antony Blinken", "FBI", "James Comey", "Obama"}},
		{"places split from names", "The photo shows London Sadiq Khan at the station.", "en",
			[]string{"London", "Sadiq Khan"}},
		{"sentence start and articles", "Several officials of The Guardian met Marine Le Pen in the U.S.", "en",
			[]string{"The Guardian", "Marine Le Pen", "U.S."}},
		{"no weekday or month", "On Tuesday, March 3, Angela Merkel spoke.", "en",
			[]string{"Angela Merkel"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := runTexts(tt.text, tt.lang); !slices.Equal(got, tt.want) {
				t.Errorf("runs = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestActorsMergeAndRank(t *testing.T) {
	doc := briefbot.Document{Text: "Health Minister Anna Kowalska opened a cancer clinic in Warsaw on Monday, the Health Ministry said.\n" +
		"Kowalska said the clinic would treat 5,000 patients a year.\n" +
		"Mrs Kowalska thanked the European Commission for its support."}
	s := MustSummarize(t, doc)
	if want := []string{"Anna Kowalska", "Health Ministry"}; len(s.Who) < 2 || !slices.Equal(s.Who[:2], want) {
		t.Errorf("Who = %q, want %q first: one person for every mention, people first", s.Who, want)
	}
}

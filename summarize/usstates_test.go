package summarize

import (
	"slices"
	"testing"
	"time"

	"briefbot"
	"briefbot/geo"
)

// TestWhereTownAndState checks that a town written with its state names
// that state: the gazetteer's town of the same name in another state or
// country, or another state the article names, never takes it.
func TestWhereTownAndState(t *testing.T) {
	pub := time.Date(2019, 3, 4, 0, 0, 0, 0, time.UTC)
	const nevada = " She had campaigned for weeks in Nevada, where voters in Nevada turned against her late. " +
		"Her rival held three rallies in Nevada in the last week."
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an unknown town and an abbreviation", "A fire destroyed a barn in Oakhaven, N.Y., on Tuesday.",
			[]string{"Oakhaven", "New York State", "United States"}},
		{"an unknown town and a state's name", "A fire destroyed a barn in Oakhaven, New York, on Tuesday.",
			[]string{"Oakhaven", "New York State", "United States"}},
		{"a postal code", "A fire destroyed a barn in Oakhaven, NY, on Tuesday.",
			[]string{"Oakhaven", "New York State", "United States"}},
		{"a known town of another state", "A fire destroyed a barn in Millbrook, N.Y., on Tuesday.",
			[]string{"Millbrook", "New York State", "United States"}},
		{"a town of the state over a larger namesake", "A fire destroyed a barn in Paris, Texas, on Tuesday.",
			[]string{"Paris", "Texas", "United States"}},
		{"the state's own city of the name", "A fire destroyed a barn in Portland, Maine, on Tuesday.",
			[]string{"Portland", "Maine", "United States"}},
		{"another state named more", "The senator spoke to donors on Saturday from her home in Oakhaven, Calif., aides said." + nevada,
			nil},
		{"a venue in the city of the state's name", "Executives met at the Plaza Hotel, New York, on Monday to agree a plan.",
			[]string{"Plaza Hotel"}},
		{"a list of cities", "Protesters marched in Boston, Washington and New York on Sunday.",
			[]string{"Boston", "Massachusetts", "United States"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: "Senator blames late swing for defeat", Text: tt.text, Lang: "en", Published: pub})
			for _, w := range s.Who {
				if st, ok := geo.LookupUSState(w); ok && st.Abbreviated {
					t.Errorf("Who = %q, a state's abbreviation among the actors", s.Who)
				}
			}
			if tt.want == nil {
				if slices.Contains(s.Where, "Oakhaven") && slices.Contains(s.Where, "Nevada") {
					t.Errorf("Where = %q, the town put in another state", s.Where)
				}
				return
			}
			if !slices.Equal(s.Where, tt.want) {
				t.Errorf("Where = %q, want %q", s.Where, tt.want)
			}
		})
	}
}

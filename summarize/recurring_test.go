package summarize

import (
	"slices"
	"testing"
	"time"

	"briefbot"
)

// TestWhereRecurring checks that a place the body comes back to is given
// though no mention of it weighs much, and that a place named once in
// passing is not.
func TestWhereRecurring(t *testing.T) {
	pub := time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text string
		want              []string
	}{
		{"named again", "Bakery chain shrinks its croissants",
			"A popular bakery chain has made its croissants smaller without changing the price. " +
				"Customers complained loudly on social media about the change. " +
				"The firm said flour had become more expensive this year. " +
				"It will sell the smaller pastries in Norway from next week, a spokesman said. " +
				"Shops across Norway will get the new recipe first.",
			[]string{"Norway"}},
		{"named once in passing", "Bakery chain shrinks its croissants",
			"A popular bakery chain has made its croissants smaller without changing the price. " +
				"Customers complained loudly on social media about the change. " +
				"The firm said flour had become more expensive this year. " +
				"Its founder once opened a shop in Norway, a spokesman said.",
			[]string{}},
		{"another place named as often", "Bakery chain shrinks its croissants",
			"A popular bakery chain has made its croissants smaller without changing the price. " +
				"Customers complained loudly on social media about the change. " +
				"It sells pastries in Norway and in Denmark, a spokesman said. " +
				"Shops in Norway and Denmark will get the new recipe first.",
			[]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Lang: "en", Published: pub})
			if !slices.Equal(s.Where, tt.want) {
				t.Errorf("Where = %q, want %q", s.Where, tt.want)
			}
		})
	}
}

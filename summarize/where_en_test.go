package summarize

import (
	"slices"
	"testing"
	"time"

	"briefbot"
)

// TestWhereReading checks English reading rules for the place of the
// event, each case against the place a rule-less reading would give.
func TestWhereReading(t *testing.T) {
	pub := time.Date(2019, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text string
		want              []string
	}{
		{"the lead's vague place named next", "Gas blast kills three workers",
			"Three workers were killed by a gas explosion at a chemical plant in a town in southern Poland on Monday. " +
				"The blast tore through the plant in Tarnow shortly after dawn. " +
				"Rescuers were sent from Krakow, the regional capital. " +
				"Firefighters in Krakow said the explosion of the gas tank at the chemical plant killed three workers.",
			[]string{"Tarnow", "Poland"}},
		{"here in a place, in the writer's words", "Rain delays the cup final",
			"The cup final was delayed by two hours on Sunday as the pitch flooded. " +
				"Officials in Madrid approved the delay of the cup final after talks with both clubs. " +
				"Heavy rain fell all afternoon here in Seville.",
			[]string{"Seville", "Spain"}},
		{"here in a place, in a speaker's words", "Council raises tax",
			"The council raised its tax by 4% on Monday. " +
				"The council's leader defended the tax rise at a meeting in Leeds. " +
				`"Here in Manchester we have no choice," a rival leader told the radio.`,
			[]string{"Leeds", "United Kingdom"}},
		{"a town with the part of a city it lies in", "Bus crashes into shop",
			"A bus crashed into a shop in Croydon, south London, on Monday, injuring six people.",
			[]string{"Croydon", "London", "United Kingdom"}},
		{"a list of cities is no container", "Protests spread",
			"Protesters marched in Lyon, Marseille and Paris on Saturday against the pension reform.",
			[]string{"Lyon", "France"}},
		{"a city named like a word the article writes in lower case", "Laptop voted greatest gadget",
			"The laptop was chosen as the greatest gadget of all time by readers of US magazine Mobile PC. " +
				"Readers said the mobile phone came second, and a mobile music player third.",
			[]string{}},
		{"a city named like another country's, among this country's places", "Flood hits Perth",
			"Floods closed roads in Perth on Monday, and schools in Edinburgh, Glasgow and Dundee shut early. " +
				"Trains between Edinburgh and Glasgow were cancelled, and Dundee and Aberdeen had heavy rain.",
			[]string{"Perth", "United Kingdom"}},
		{"a language is no place", "Stars record charity song",
			"Pop stars re-recorded the charity song in Mandarin and Cantonese in Hong Kong on Sunday.",
			[]string{"Hong Kong"}},
		{"a place of another sentence does not hold a venue", "Rovers win the final",
			"Rovers won the final 2-1 at Brookfield Park on Sunday, the league said. " +
				"The club had won a friendly tournament in Italy in the summer.",
			[]string{"Brookfield Park"}},
		{"a venue holds the city it names", "Rovers win the final",
			"Rovers won the final 2-1 at Melbourne Park on Sunday, the league said. " +
				"The club stays in Melbourne until Tuesday.",
			[]string{"Melbourne Park", "Melbourne", "Australia"}},
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

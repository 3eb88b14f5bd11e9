package summarize

import (
	"slices"
	"testing"
	"time"

	"briefbot"
)

// TestWhereEvent checks the place of the event against a headline's
// label, a dateline's place and a region.
func TestWhereEvent(t *testing.T) {
	pub := time.Date(2016, 11, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text, lang string
		want                    []string
	}{
		{"a label is a place", "États-Unis : le président de l'Académie visé par une enquête",
			"Le président de l'Académie est accusé de harcèlement sexuel, et une enquête interne a été ouverte.", "fr",
			[]string{"États-Unis"}},
		{"the lead's place over the label's", "Burundi : Pierre Claver Mbonimpa reçoit un prix",
			"Le militant burundais Pierre Claver Mbonimpa a reçu vendredi soir à Paris le prix des droits de l'homme.", "fr",
			[]string{"Paris", "France"}},
		{"a time in the dateline", "La Chine ratifie l'accord sur le climat",
			"3 septembre 2016, 09 h 53 UTC . –\nLa Chine a ratifié ce matin l'accord sur le climat à Pékin, à la veille du sommet.", "fr",
			[]string{"Pékin", "Chine"}},
		{"the dateline loses to the lead's place", "Ferry catches fire",
			"NEW YORK — A ferry caught fire in Marseille on Saturday, the operator said, and all passengers were rescued.", "en",
			[]string{"Marseille", "France"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Lang: tt.lang, Published: pub})
			if !slices.Equal(s.Where, tt.want) {
				t.Errorf("Where = %q, want %q", s.Where, tt.want)
			}
		})
	}
}

// TestWhereOfPlace checks that a headline's place written with its noun in
// title case ("the City of …") is the place after the noun.
func TestWhereOfPlace(t *testing.T) {
	pub := time.Date(2019, 5, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text string
		want              []string
	}{
		{"city of", "Floods Hit Homes in Coastal City of Bergen",
			"Heavy rain flooded hundreds of homes overnight, the fire service said on Sunday.",
			[]string{"Bergen", "Norway"}},
		{"province of", "Storm Cuts Power in the Province of Hebei",
			"A storm cut power to thousands of homes overnight, the grid operator said.",
			[]string{"Hebei", "China"}},
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

// TestWhereAccord checks that a place naming an agreement is no place of
// the story.
func TestWhereAccord(t *testing.T) {
	pub := time.Date(2019, 5, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text, lang string
		want                    []string
	}{
		{"an accord of a city", "Le Chili ratifie l'accord de Lisbonne sur la pêche",
			"Le Chili a ratifié mardi l'accord de Lisbonne sur la pêche, a annoncé son gouvernement.", "fr",
			[]string{"Chili"}},
		{"a city's agreement", "Chile ratifies the Lisbon fishing agreement",
			"Chile ratified the Lisbon fishing agreement on Tuesday, its government said.", "en",
			[]string{"Chile"}},
		{"a city's summit", "Leaders meet in Lisbon for fishing talks",
			"Leaders of ten countries met in Lisbon on Tuesday to agree on fishing quotas.", "en",
			[]string{"Lisbon", "Portugal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Lang: tt.lang, Published: pub})
			if !slices.Equal(s.Where, tt.want) {
				t.Errorf("Where = %q, want %q", s.Where, tt.want)
			}
		})
	}
}

// TestWhereEventOfPlace checks that the place an event is named after is
// where it happens, and that a place after another noun and "of" is not
// placed so.
func TestWhereEventOfPlace(t *testing.T) {
	pub := time.Date(2019, 5, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text, lang string
		want                    []string
	}{
		{"a festival of a city", "Festival de Cannes : un film coréen récompensé",
			"Le jury a récompensé samedi soir un film coréen, salué par la critique.", "fr",
			[]string{"Cannes", "France"}},
		{"a championship of a country", "Championnat de Norvège de ski : une surprise",
			"Une jeune skieuse a remporté dimanche le titre devant les favorites.", "fr",
			[]string{"Norvège"}},
		{"a place the gazetteer lacks", "Jeux de Zorbalia : une médaille pour une jeune skieuse",
			"Une jeune skieuse a remporté dimanche sa première médaille d'or.", "fr",
			[]string{"Zorbalia"}},
		{"a friend of a country", "Le président de Norvège salue un ami",
			"Le président a salué dimanche un ami de longue date.", "fr",
			[]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Lang: tt.lang, Published: pub})
			if !slices.Equal(s.Where, tt.want) {
				t.Errorf("Where = %q, want %q", s.Where, tt.want)
			}
		})
	}
}

// TestWhereDemonymEvent checks that an event named with a demonym and
// placed by a locative is the place, in the demonym's country.
func TestWhereDemonymEvent(t *testing.T) {
	pub := time.Date(2019, 5, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text string
		want              []string
	}{
		{"at the event", "Driver takes pole at rainy Hungarian Grand Prix",
			"A young driver took pole position on Saturday after the rain stopped, beating the champion by a tenth.",
			[]string{"Hungarian Grand Prix", "Hungary"}},
		{"the event as subject", "Hungarian Grand Prix organisers raise ticket prices",
			"The organisers raised ticket prices by a tenth on Saturday, citing costs.",
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

// TestWhereDistance checks that a place a distance is measured from is not
// given as where the story happens.
func TestWhereDistance(t *testing.T) {
	pub := time.Date(2019, 5, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text, lang string
		want                    []string
	}{
		{"kilomètres de", "Chili : un météorite découvert",
			"Un berger a découvert mardi un météorite à 40 kilomètres au nord de Valparaíso, a annoncé la police.", "fr",
			[]string{"Chili"}},
		{"miles from", "Meteorite found in Chile",
			"A shepherd found a meteorite on Tuesday 25 miles from Valparaíso, the police said.", "en",
			[]string{"Chile"}},
		{"km of", "Meteorite found in Chile",
			"A shepherd found a meteorite on Tuesday 40km north of Valparaíso, the police said.", "en",
			[]string{"Chile"}},
		{"in the city", "Meteorite found in Chile",
			"A shepherd found a meteorite on Tuesday in Valparaíso, the police said.", "en",
			[]string{"Valparaíso", "Chile"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Lang: tt.lang, Published: pub})
			if !slices.Equal(s.Where, tt.want) {
				t.Errorf("Where = %q, want %q", s.Where, tt.want)
			}
		})
	}
}

// TestWhereNoEmployer checks that the name after "at" that follows
// someone's post is the employer, no place, while a venue after "at"
// stays one.
func TestWhereNoEmployer(t *testing.T) {
	pub := time.Date(2019, 5, 6, 0, 0, 0, 0, time.UTC)
	s := MustSummarize(t, briefbot.Document{Title: "Games makers fear for jobs",
		Text: "Game makers in the UK are worried about jobs, said Gary Dunn, development director at Codemasters, on Monday.",
		Lang: "en", Published: pub})
	if slices.Contains(s.Where, "Codemasters") {
		t.Errorf("Where = %q, holds the employer", s.Where)
	}
	s = MustSummarize(t, briefbot.Document{Title: "Scotland beat Italy",
		Text: "Scotland won a dour encounter against Italy at Murrayfield on Saturday.", Lang: "en", Published: pub})
	if !slices.Contains(s.Where, "Murrayfield") {
		t.Errorf("Where = %q, lacks the venue", s.Where)
	}
}

// TestWhereNoMedium checks that a network, a site or a journal a text is
// in or on is no place, nor is a compass point alone.
func TestWhereNoMedium(t *testing.T) {
	pub := time.Date(2019, 5, 6, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ lang, title, text, not string }{
		{"fr", "Biologie : l'instinct de chasse activé par laser", "Des généticiens ont publié leurs travaux dans Cell jeudi.", "Cell"},
		{"fr", "Examens : le réseau coupé", "L'accès a été bloqué sur Internet dans tout le pays mercredi.", "Internet"},
		{"en", "Study of sleep", "The findings were published in Nature on Wednesday, the authors said.", "Nature"},
		{"fr", "Un avion s'écrase", "L'appareil s'est écrasé dans l'Ouest mardi, selon la police.", "Ouest"},
	} {
		s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Lang: tt.lang, Published: pub})
		if slices.Contains(s.Where, tt.not) {
			t.Errorf("%q: Where = %q, holds %s", tt.text, s.Where, tt.not)
		}
	}
}

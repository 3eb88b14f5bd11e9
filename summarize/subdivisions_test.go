package summarize

import (
	"slices"
	"testing"

	"briefbot"
)

// TestWhereSubdivision checks that a story set in a subdivision (a
// département, a state, a province) gets it with its country as Where, at
// its own grain, and that a city the story names in it comes first.
func TestWhereSubdivision(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              []string
	}{
		{"a département", "Incendie en Gironde : 800 hectares brûlés",
			"Un feu de forêt a parcouru 800 hectares en Gironde depuis lundi, selon les pompiers.",
			[]string{"Gironde", "France"}},
		{"a German state", "Floods in Saxony",
			"Rivers burst their banks in Saxony on Tuesday, forcing thousands from their homes, officials said.",
			[]string{"Saxony", "Germany"}},
		{"a prefecture", "Earthquake in Hokkaido",
			"A strong earthquake struck the north of Japan on Friday, the meteorological agency said.",
			[]string{"Hokkaido", "Japan"}},
		{"a province named as one, anywhere", "Coal mine blast kills 12",
			"An explosion at a coal mine of Hebei Province killed 12 workers on Monday, state media said.",
			[]string{"Hebei Province", "China"}},
		{"a city of the subdivision comes first", "Incendie à Bordeaux",
			"Un incendie a détruit un entrepôt à Bordeaux, en Gironde, lundi, selon les pompiers.",
			[]string{"Bordeaux", "France"}},
		{"a town in the subdivision, at the finer grain", "Incendie en Gironde",
			"Un feu de forêt brûle depuis lundi à Mérignac, selon les pompiers.",
			[]string{"Mérignac", "Gironde", "France"}},
		{"a town with its département in parentheses", "Une usine ferme ses portes",
			"Les 300 salariés de l'usine de Tarbes (Hautes-Pyrénées) ont appris mardi sa fermeture.",
			[]string{"Tarbes", "Hautes-Pyrénées", "France"}},
		{"a village the gazetteer lacks, with its département", "France : un pont s'effondre",
			"Un pont s'est effondré jeudi près de Chonas-l'Amballan (Isère), sans faire de blessés.",
			[]string{"Chonas-l'Amballan", "Isère", "France"}},
		{"a city with its province after a comma", "Landslide buries homes",
			"A landslide buried dozens of homes in Tangshan, Hebei, on Monday, state media said.",
			[]string{"Tangshan", "Hebei", "China"}},
		{"a list of cities is no subdivision", "Storms sweep Germany",
			"Storms brought down trees in Leipzig, Dresden and Berlin on Monday, officials said.",
			[]string{"Leipzig", "Germany"}},
		{"a word in parentheses is no subdivision", "Incendie à Tarbes",
			"Un incendie a touché une école à Tarbes (Nord) lundi.",
			[]string{"Tarbes", "France"}},
		{"a headline's label", "Yvelines : un incendie ravage 300 hectares de pins",
			"Les pompiers des Yvelines ont lutté toute la nuit contre les flammes, a indiqué la préfecture.",
			[]string{"Yvelines", "France"}},
		{"a headline's label the text never repeats", "Seine-Saint-Denis : des bus arrêtés par les grévistes",
			"Des bus ont été arrêtés dans le département, a indiqué la préfecture mardi soir.",
			[]string{"Seine-Saint-Denis", "France"}},
		{"a headline's topic label named like a small town is no place", "Santé : un bouclier pour protéger l'ADN humain",
			"Des chercheurs japonais ont découvert une protéine qui protège l'ADN des rayons X.",
			[]string{}},
		{"a headline's label that names the actor is no place", "Campbell: e-mail row a silly fuss",
			"Alastair Campbell has dismissed the row over an e-mail he sent to a BBC programme.",
			[]string{}},
		{"a city near which", "Wildfire in Saxony",
			"A wildfire has burned forests near Leipzig since Monday, officials said.",
			[]string{"Leipzig", "Saxony", "Germany"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Published: day(2024, 3, 6)})
			if !slices.Equal(s.Where, tt.want) {
				t.Errorf("Where = %q, want %q", s.Where, tt.want)
			}
		})
	}
}

// TestSubdivisionNeedsAPlaceCue checks that a subdivision's name is a
// place only where a name is most likely one, after a locative or in a
// dateline (lookupLocative), not anywhere (lookupPlace), where it may be
// a person or a firm; unless a noun says what it is ("Hebei Province").
func TestSubdivisionNeedsAPlaceCue(t *testing.T) {
	for _, name := range []string{"Gironde", "Kilimanjaro", "Saxony"} {
		if p := lookupPlace(name); p != nil {
			t.Errorf("lookupPlace(%q) = %+v, want no place", name, p)
		}
		if p := lookupLocative(name); p == nil || !p.sub || p.country == nil {
			t.Errorf("lookupLocative(%q) = %+v, want a subdivision with its country", name, p)
		}
	}
	if p := lookupPlace("Hebei Province"); p == nil || !p.sub || p.country.en != "China" {
		t.Errorf("lookupPlace(Hebei Province) = %+v, want the subdivision of China", p)
	}
	for _, name := range []string{"Nord", "Centre", "Unity Province"} {
		if p := lookupLocative(name); p != nil && p.sub {
			t.Errorf("lookupLocative(%q) = %+v, want no subdivision", name, p)
		}
	}
}

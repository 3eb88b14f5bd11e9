package summarize

import (
	"testing"
	"time"

	"briefbot"
)

// TestWhenRange checks that a range of days is one mention: its last day
// when it is over at publication, its first while it is under way, and
// that a day whose ordinal suffix is set apart ("1 er") is still a day.
func TestWhenRange(t *testing.T) {
	pub := time.Date(2018, 12, 2, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, lang string
		when, whenText   string
	}{
		{"over", "Les championnats se sont tenus à Sheffield du 26 novembre au 1 er décembre 2018. Natasha McKay a gagné.", "fr",
			"2018-12-01", "du 26 novembre au 1 er décembre 2018"},
		{"under way", "La Christmas Cup a lieu à Budapest du 29 novembre au 4 décembre 2018, organisée par la fédération.", "fr",
			"2018-11-29", "du 29 novembre au 4 décembre 2018"},
		{"English", "The championships were held in Sheffield from 26 November to 1 December, the federation said.", "en",
			"2018-12-01", "from 26 November to 1 December"},
		{"two days, no range", "Les patineurs sont arrivés le 26 novembre et ont concouru le 1er décembre à Sheffield.", "fr",
			"2018-11-26", "le 26 novembre"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: "Patinage : les résultats", Text: tt.text, Lang: tt.lang, Published: pub})
			if s.When != tt.when || s.WhenText != tt.whenText {
				t.Errorf("When = %q (%q), want %q (%q)", s.When, s.WhenText, tt.when, tt.whenText)
			}
		})
	}
}

// TestWhenAside checks that a date in parentheses, which dates what the
// story refers to, yields to its event's, and that "dès samedi 4 février"
// is the day it names, not the last Saturday.
func TestWhenAside(t *testing.T) {
	pub := time.Date(2017, 2, 11, 9, 0, 0, 0, time.UTC) // a Saturday
	s := MustSummarize(t, briefbot.Document{Title: "Seine-Saint-Denis : des lignes de bus interrompues",
		Text: "Après l'affaire Théo (2 février 2017), dès samedi 4 février, plusieurs bus ont reçu des projectiles à Aulnay-sous-Bois.",
		Lang: "fr", Published: pub})
	if s.When != "2017-02-04" || s.WhenText != "dès samedi 4 février" {
		t.Errorf("When = %q (%q), want 2017-02-04 (dès samedi 4 février)", s.When, s.WhenText)
	}
}

// TestWhenANight checks that a night named by its days is the first
// day's, told in full, in French and in English, and that "nuit" with
// no day after it dates nothing of its own.
func TestWhenANight(t *testing.T) {
	pub := time.Date(2012, 6, 16, 9, 0, 0, 0, time.UTC) // a Saturday
	for _, tt := range []struct {
		name, lang, text, when, whenText string
	}{
		{"two weekdays", "fr", "Le commentateur s'est éteint dans la nuit de vendredi à samedi à trois heures du matin.",
			"2012-06-15", "nuit de vendredi à samedi"},
		{"a calendar day", "fr", "Un incendie a ravagé l'entrepôt dans la nuit du mercredi 13 juin.", "2012-06-13", "nuit du mercredi 13 juin"},
		{"english", "en", "Storms battered the coast overnight Thursday into Friday, officials said.", "2012-06-14", "overnight Thursday into Friday"},
		{"a part of a day", "en", "She climbed onto a truck in the early hours of Wednesday, her spokesman said.", "2012-06-13", "early hours of Wednesday"},
		{"no day", "fr", "Un incendie a ravagé l'entrepôt pendant la nuit, a indiqué la préfecture mercredi.", "2012-06-13", "mercredi"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: "Météo", Text: tt.text, Lang: tt.lang, Published: pub})
			if s.When != tt.when || s.WhenText != tt.whenText {
				t.Errorf("When = %q (%q), want %q (%q)", s.When, s.WhenText, tt.when, tt.whenText)
			}
		})
	}
}

// TestWhenOfAStatement checks that a story about what someone said dates
// the saying, though a reporting verb stands by its date, while another
// story's report date yields to its event's.
func TestWhenOfAStatement(t *testing.T) {
	pub := time.Date(2016, 11, 13, 9, 0, 0, 0, time.UTC) // a Sunday
	s := MustSummarize(t, briefbot.Document{Title: "Clinton says the FBI letter cost her the election",
		Text: "Hillary Clinton has blamed her defeat on the FBI director.\nOn a conference call with top donors on Saturday, Clinton said the announcement had reversed her momentum. Mr Comey's intervention on October 28 caused her to tank in the polls.",
		Lang: "en", Published: pub})
	if s.When != "2016-11-12" {
		t.Errorf("When = %q (%q), want the Saturday of the call", s.When, s.WhenText)
	}
	s = MustSummarize(t, briefbot.Document{Title: "Storm floods coastal towns",
		Text: "The storm flooded three towns on Thursday, officials said on Saturday.",
		Lang: "en", Published: pub})
	if s.When != "2016-11-10" {
		t.Errorf("When = %q (%q), want the Thursday of the floods", s.When, s.WhenText)
	}
}

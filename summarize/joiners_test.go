package summarize

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"unicode/utf8"

	"briefbot"
)

// TestNamesOfJoiners covers names written only with words that usually
// join the parts of a name ("LA", "Van", "DE LA"), and other texts with
// little in them: each gives a summary or EInvalid, never a panic.
func TestNamesOfJoiners(t *testing.T) {
	pub := day(2024, 3, 13) // a Wednesday
	none := []string{}
	tests := []struct {
		name    string
		doc     briefbot.Document
		invalid bool     // want EInvalid
		who     []string // the whole of Who; nil for any
		where   []string // the whole of Where; nil for any
		when    string
		what    string
	}{
		{name: "in LA", doc: briefbot.Document{Title: "Film stars gather", Text: "The actors met in LA on Monday."},
			who: []string{"The actors"}, where: none, when: "2024-03-11", what: "Film stars gather"},
		{name: "in LA without headline", doc: briefbot.Document{Text: "The actors met in LA on Monday."},
			who: []string{"The actors"}, where: none, when: "2024-03-11", what: "The actors met in LA on Monday"},
		{name: "à LE", doc: briefbot.Document{Title: "Les pilotes arrivent", Text: "Les pilotes sont arrivés à LE lundi pour les essais."},
			who: []string{"Les pilotes"}, where: none, when: "2024-03-11", what: "Les pilotes arrivent"},
		{name: "à DE LA", doc: briefbot.Document{Title: "Arrivée", Text: "Le cortège est arrivé à DE LA mardi, selon la police."},
			who: none, where: none, when: "2024-03-12", what: "Le cortège est arrivé à DE LA mardi"},
		{name: "in Van Der", doc: briefbot.Document{Title: "Visit", Text: "The delegation stayed in Van Der for two days, officials said on Tuesday."},
			who: none, where: none, when: "2024-03-12", what: "The delegation stayed in Van Der for two days"},
		{name: "a city named Van", doc: briefbot.Document{Title: "Quake", Text: "A strong earthquake struck the city of Van on Sunday, killing dozens of people."},
			who: []string{"Dozens of people"}, where: []string{"Van"}, when: "2024-03-10",
			what: "A strong earthquake struck the city of Van on Sunday, killing dozens of people"},
		{name: "Van Der as a name", doc: briefbot.Document{Title: "Visite", Text: "Le ministre a rencontré Van Der à Paris mercredi."},
			where: []string{"Paris", "France"}, when: "2024-03-13", what: "Le ministre a rencontré Van Der"},
		{name: "english capitals", doc: briefbot.Document{Title: "FIRE BREAKS OUT IN LA", Text: "FIREFIGHTERS BATTLED A BLAZE IN LA ON MONDAY, OFFICIALS SAID."},
			where: none, when: "2024-03-11", what: "FIRE BREAKS OUT IN LA"},
		{name: "french capitals", doc: briefbot.Document{Title: "INCENDIE À LA ROCHELLE", Text: "UN INCENDIE A TOUCHÉ LE PORT DE LA ROCHELLE LUNDI."},
			when: "2024-03-11", what: "INCENDIE À LA ROCHELLE"},
		{name: "headline LA only", doc: briefbot.Document{Title: "LA"}, who: none, where: none, when: "2024-03-13", what: "LA"},
		{name: "text Van Der only", doc: briefbot.Document{Text: "Van Der"}, who: none, where: none, when: "2024-03-13", what: "Van Der"},
		{name: "text DE LA only", doc: briefbot.Document{Text: "DE LA"}, who: none, where: none, when: "2024-03-13", what: "DE LA"},
		{name: "ministry with no portfolio", doc: briefbot.Document{Text: "Le ministère de la"}, when: "2024-03-13", what: "Le ministère de la"},
		{name: "one word", doc: briefbot.Document{Text: "Word"}, when: "2024-03-13", what: "Word"},
		{name: "punctuation only", doc: briefbot.Document{Text: "?!... — ;"}, invalid: true},
		{name: "punctuation headline, empty text", doc: briefbot.Document{Title: "!!!"}, invalid: true},
		{name: "curly apostrophe after a reporting verb",
			doc:  briefbot.Document{Title: "Démission", Text: "Le ministre de la Santé a annoncé jeudi qu’il quittera son poste à la fin du mois prochain."},
			when: "2024-03-07", what: "Il quittera son poste à la fin du mois prochain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.doc.Published = pub
			s, err := summarizeNoPanic(tt.doc)
			if tt.invalid {
				if briefbot.ErrorCode(err) != briefbot.EInvalid {
					t.Fatalf("Summarize error = %v, want EInvalid", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Summarize: %v", err)
			}
			assertValid(t, s)
			assertUTF8(t, s)
			if tt.who != nil && !slices.Equal(s.Who, tt.who) {
				t.Errorf("Who = %q, want %q", s.Who, tt.who)
			}
			if tt.where != nil && !slices.Equal(s.Where, tt.where) {
				t.Errorf("Where = %q, want %q", s.Where, tt.where)
			}
			if s.When != tt.when {
				t.Errorf("When = %q (%q), want %s", s.When, s.WhenText, tt.when)
			}
			if s.What != tt.what {
				t.Errorf("What = %q, want %q", s.What, tt.what)
			}
		})
	}
}

// TestRunsHaveWords checks that the name scanner gives no run without
// words, which the readers of runs index.
func TestRunsHaveWords(t *testing.T) {
	for _, text := range []string{
		"The actors met in LA on Monday.", "Ils sont arrivés à DE LA mardi.", "Van Der", "DE LA",
		"La De Van Der Von Den Bin Ben Al El Da Di Del Dos Y.", "Le ministère de la d'",
		"Le ministère des Affaires étrangères de la France.", "EN DIRECT DE LA MAISON BLANCHE À LA UNE",
	} {
		a := read(briefbot.Document{Title: text, Text: text})
		for _, s := range a.sentences() {
			for _, r := range s.runs {
				if len(r.words) == 0 {
					t.Errorf("%q: run %q has no words", text, s.span(r))
				}
			}
		}
	}
}

// summarizeNoPanic summarizes doc and turns a panic into an error.
func summarizeNoPanic(doc briefbot.Document) (s briefbot.Summary, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return New().Summarize(context.Background(), doc)
}

// assertUTF8 checks that every field of a summary is valid UTF-8.
func assertUTF8(tb testing.TB, s briefbot.Summary) {
	tb.Helper()
	fields := append([]string{s.What, s.When, s.WhenText, s.Summary, s.Lang}, append(s.Who, s.Where...)...)
	for _, f := range fields {
		if !utf8.ValidString(f) {
			tb.Errorf("field %q is not valid UTF-8", f)
		}
	}
}

package summarize

import (
	"slices"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/summarize/internal/tagger"
)

// TestTaggedPlaces checks that a village the gazetteer lacks, after "à",
// becomes a located candidate place, and that a place the gazetteer knows
// is left to the name runs but counts more where the tagger reads a place.
func TestTaggedPlaces(t *testing.T) {
	const village = "Saint-Cirq-Lapopie"
	if lookupLocative(village) != nil {
		t.Skipf("the gazetteer knows %s", village)
	}
	a := read(briefbot.Document{
		Title: "Un incendie détruit une grange",
		Text:  "Un incendie a détruit mardi une grange à " + village + ", puis un hangar à Toulouse, a indiqué la préfecture.",
		Lang:  "fr",
	})
	defer a.release()
	f := &placeFinder{lang: a.lang, byKey: map[string]*placeCand{}}
	f.addTaggedPlaces(a)
	if c := f.byKey[lower(village)]; c == nil || c.located == 0 {
		t.Errorf("candidates %v: want %s located", f.byKey, village)
	}
	if f.byKey["toulouse"] != nil {
		t.Error("a place the gazetteer knows was added as an unknown one")
	}
	lead := a.body[0]
	i := slices.IndexFunc(lead.runs, func(r nameRun) bool { return lead.span(r) == "Toulouse" })
	if i < 0 {
		t.Fatalf("no run for Toulouse in %q", lead.text)
	}
	if got := taggedFactor(lead, lead.runs[i]); got != taggedKnown {
		t.Errorf("taggedFactor(Toulouse) = %v, want %v", got, taggedKnown)
	}
}

// TestEnglishIsNotTagged checks that the tagger reads French articles
// only.
func TestEnglishIsNotTagged(t *testing.T) {
	doc := briefbot.Document{Title: "Fire destroys a barn", Text: "A fire destroyed a barn in Little Snoring on Tuesday, police said.", Lang: "en"}
	a := read(doc)
	defer a.release()
	for _, s := range a.sentences() {
		if s.tagged != nil {
			t.Errorf("English sentence %q was tagged: %v", s.text, s.tagged)
		}
	}
	fr := read(briefbot.Document{Title: "Un incendie à Lyon", Text: "Un incendie a détruit une grange à Lyon mardi.", Lang: "fr"})
	defer fr.release()
	if !slices.ContainsFunc(fr.body[0].tagged, func(sp tagger.Span) bool { return sp.Kind == tagger.Location }) {
		t.Errorf("French sentence %q: no place tagged in %v", fr.body[0].text, fr.body[0].tagged)
	}
}

// TestTaggedOrganisationIsOneActor checks that an organisation's name
// with a lower-case head, which the rules cut to its place, is one actor:
// Who names it whole, alone or inside the described actor it completes.
func TestTaggedOrganisationIsOneActor(t *testing.T) {
	s := MustSummarize(t, briefbot.Document{
		Title:     "Des chercheurs découvrent une grotte ornée",
		Text:      "Des archéologues de l'université de Bordeaux ont annoncé la découverte d'une grotte ornée près de Sarlat.",
		Lang:      "fr",
		Published: time.Date(2024, 9, 16, 0, 0, 0, 0, time.UTC),
	})
	whole := slices.ContainsFunc(s.Who, func(w string) bool { return strings.Contains(lower(w), "université de bordeaux") })
	if !whole || slices.Contains(s.Who, "Bordeaux") {
		t.Errorf("Who = %q, want Université de Bordeaux whole", s.Who)
	}
}

// TestOrganisationEndsBeforeItsPlace checks that "à" and a place after an
// organisation's name, where it speaks from, make no part of the actor and
// are read as a place.
func TestOrganisationEndsBeforeItsPlace(t *testing.T) {
	for _, tc := range []struct{ text, org, place string }{
		{"La France va créer un visa, a annoncé le ministère de la Justice à Paris, qui espère compenser le recul.", "ministère de la justice", "Paris"},
		{"Le projet sera présenté lundi, a précisé le ministère de l'Intérieur à Séoul, sans donner de chiffre.", "ministère de l'intérieur", "Séoul"},
	} {
		s := MustSummarize(t, briefbot.Document{Title: "Un nouveau visa", Text: tc.text, Lang: "fr",
			Published: time.Date(2024, 9, 16, 0, 0, 0, 0, time.UTC)})
		if !slices.ContainsFunc(s.Who, func(w string) bool { return lower(w) == tc.org }) {
			t.Errorf("%q: Who = %q, want %q alone", tc.text, s.Who, tc.org)
		}
		if !slices.Contains(s.Where, tc.place) {
			t.Errorf("%q: Where = %q, want %s", tc.text, s.Where, tc.place)
		}
	}
}

// TestCutShort checks which last tokens end a tagger's span the way no
// name does: a joiner, an article, punctuation; not a word or a number.
func TestCutShort(t *testing.T) {
	a := read(briefbot.Document{Text: "Ils sont en Vallée d'Aoste de la fin février, sur la RN 79.", Lang: "fr"})
	s := a.body[0]
	want := map[string]bool{"Aoste": false, "de": true, "la": true, "79": false, ",": true, "fin": false}
	for k, tok := range s.toks {
		if w, ok := want[tok.text]; ok && cutShort(s, k) != w {
			t.Errorf("cutShort at %q = %v, want %v", tok.text, !w, w)
		}
	}
}

// TestTaggedActorIsNoPlace checks that a name after "à" that the tagger
// reads as an organisation's is no place ("livrer à Airbus"), while a
// venue it reads so stays one ("au Stade de France").
func TestTaggedActorIsNoPlace(t *testing.T) {
	for _, tt := range []struct {
		text  string
		where []string
	}{
		{"CFM International, coentreprise entre Snecma et General Electric, a prévu de livrer à Airbus les premiers moteurs cette année.", []string{}},
		{"Le match d'ouverture s'est joué vendredi au Stade de France, devant 80 000 spectateurs, a indiqué l'UEFA.", []string{"Stade de France"}},
	} {
		s := MustSummarize(t, briefbot.Document{Title: "Aéronautique : un nouveau moteur", Text: tt.text, Lang: "fr"})
		if len(s.Where) < len(tt.where) || !slices.Equal(s.Where[:len(tt.where)], tt.where) || len(tt.where) == 0 && len(s.Where) > 0 {
			t.Errorf("%q: Where = %q, want %q first", tt.text, s.Where, tt.where)
		}
	}
}

package topics

import (
	"strings"
	"testing"

	"briefbot"
)

// finds reports whether one of the group's terms finds the folded phrase
// w: the same phrase, or a prefix term that w starts with.
func finds(g []briefbot.Term, w string) bool {
	for _, t := range g {
		if t.Phrase == w || t.Prefix && !strings.Contains(w, " ") && strings.HasPrefix(w, t.Phrase) {
			return true
		}
	}
	return false
}

// TestTopicsConcepts checks that a topic that is a concept finds the
// concept's words in every language, and how a word of several senses
// is read: alone, its default sense; in a phrase or beside a word of
// another sense's domain, that sense; and never searched for on the
// reader's behalf.
func TestTopicsConcepts(t *testing.T) {
	topics := New(nil)
	tests := []struct {
		topic   string
		want    []string // words the first group finds
		notWant []string // words it must not find
	}{
		{"earthquake", []string{"earthquakes", "seisme", "seismes", "tremblement de terre", "erdbeben", "terremoto", "sismo"}, []string{"inondation"}},
		{"séisme", []string{"earthquake", "quake", "tremblements de terre", "erdbeben"}, nil},
		{"tremblement de terre", []string{"earthquake", "seisme"}, nil},
		{"flood", []string{"floods", "inondation", "inondations", "crue", "crues", "hochwasser", "inundaciones"}, nil},
		{"election", []string{"elections", "scrutin", "presidentielle", "legislatives", "wahl", "elecciones"}, nil},
		{"unemployment", []string{"unemployed", "jobless", "chomage", "chomeurs", "demandeurs d emploi", "arbeitslosigkeit", "desempleo"}, []string{"paro"}},
		{"strike", []string{"strikes", "greve", "greves", "grevistes", "streik", "huelga", "walkout"}, []string{"frappes", "frappe aerienne", "luftangriff", "paro"}},
		{"grève", []string{"on strike", "general strike", "walkout", "streik", "huelga"}, []string{"strike", "strikes", "frappes"}},
		{"air strike", []string{"airstrikes", "frappes", "frappe aerienne", "luftangriff", "ataque aereo"}, []string{"greve", "strike", "walkout"}},
		{"strike drone", []string{"frappes", "frappe aerienne", "airstrike"}, []string{"greve", "walkout"}},
		{"frappes aériennes", []string{"air strike", "airstrike", "luftangriff"}, []string{"strike", "greve"}},
		{"replaced", []string{"remplace", "remplacee", "remplaces", "remplaca", "ersetzt", "reemplazado"}, nil},
		{"coach", []string{"entraineur", "selectionneur", "trainer", "entrenador"}, nil},
		{"prime minister", []string{"premier ministre", "premiere ministre", "premierminister", "primer ministro"}, nil},
		{"resigned", []string{"resignation", "demission", "demissionne", "rucktritt", "dimision"}, nil},
		{"arrested", []string{"arrete", "arretes", "arrestation", "festgenommen", "detenido"}, nil},
		{"killed", []string{"kill", "tue", "tues", "getotet", "mato"}, nil},
		{"tribunal", []string{"courts", "courtroom", "gericht"}, []string{"court"}},
		{"guerre", []string{"wars", "warfare", "krieg", "guerra"}, []string{"war"}},
	}
	for _, tt := range tests {
		t.Run(tt.topic, func(t *testing.T) {
			m, err := topics.Expand(tt.topic)
			if err != nil {
				t.Fatal(err)
			}
			got := m[0]
			for _, w := range tt.want {
				if !finds(got, w) {
					t.Errorf("%q: terms %q do not find %q", tt.topic, phrases(got), w)
				}
			}
			for _, w := range tt.notWant {
				if finds(got, w) {
					t.Errorf("%q: terms %q find %q", tt.topic, phrases(got), w)
				}
			}
		})
	}
}

// TestTopicsConceptsKeepMeaning checks what concepts leave alone: a
// quoted phrase matches as written, a place stays a place, a word the
// lexicon does not know is its own term.
func TestTopicsConceptsKeepMeaning(t *testing.T) {
	topics := New(nil)
	tests := []struct {
		topic string
		want  []string // the first group's terms, in order, or its first ones
		exact bool
	}{
		{`"strike"`, []string{"strike"}, true},
		{"france strike", []string{"france*"}, false},
		{"xyzzy", []string{"xyzzy*"}, true},
	}
	for _, tt := range tests {
		m, err := topics.Expand(tt.topic)
		if err != nil {
			t.Fatal(err)
		}
		got := phrases(m[0])
		if tt.exact && strings.Join(got, "|") != strings.Join(tt.want, "|") ||
			!tt.exact && strings.Join(got[:len(tt.want)], "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: terms %q, want %q", tt.topic, got, tt.want)
		}
	}
	m, _ := topics.Expand("france strike")
	if len(m) != 2 || !finds(m[1], "greve") {
		t.Errorf("france strike: %v, want the place, then the strike in every language", m)
	}
}

// TestTopicsConceptBudget checks that topics of several concepts stay
// within the store's bound on terms, each keeping its words in every
// language.
func TestTopicsConceptBudget(t *testing.T) {
	topics := New(nil)
	for _, topic := range []string{
		"earthquake",
		"korea earthquake",
		"strike flood election",
		"earthquake flood strike election unemployment coach replaced killed",
	} {
		for least, build := range map[int]func(string) (briefbot.Match, error){2: topics.Match, 4: topics.Expand} {
			m, err := build(topic)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, g := range m {
				n += len(g)
			}
			if n > briefbot.MaxSearchTerms {
				t.Errorf("%q: %d terms, more than %d", topic, n, briefbot.MaxSearchTerms)
			}
			last := m[len(m)-1]
			if topic != "korea earthquake" && len(m) > 1 && len(last) < least {
				t.Errorf("%q: its last group kept only %q", topic, phrases(last))
			}
		}
	}
}

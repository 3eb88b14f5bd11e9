package lang

import (
	"slices"
	"strings"
	"testing"
)

func TestExpand(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"séisme(s)", []string{"seisme", "seismes"}},
		{"élu(e)(s)", []string{"elu", "elus", "elue", "elues"}},
		{"remplac(er|é|ée)", []string{"remplacer", "remplace", "remplacee"}},
		{"tremblement(s) de terre", []string{"tremblement de terre", "tremblements de terre"}},
		{"coup d'État, Cessez-le-feu", []string{"coup d etat", "cessez le feu"}},
		{"vote(|s), votes", []string{"vote", "votes"}},
	}
	for _, tt := range tests {
		got, err := expandAll(tt.in)
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("expandAll(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"grève(s", "a|b", "x)", ", ,"} {
		if got, err := expandAll(bad); err == nil {
			t.Errorf("expandAll(%q) = %q, want an error", bad, got)
		}
	}
}

// TestConcepts checks the lexicon's shape: every concept is named by
// English and has French words, other languages name only English's
// concepts, and IDs are a domain and a name.
func TestConcepts(t *testing.T) {
	if _, err := buildConcepts(lexicons); err != nil {
		t.Fatal(err)
	}
	for _, l := range All() {
		for id := range l.Concepts.Words {
			if _, ok := english.Concepts.Words[id]; !ok {
				t.Errorf("%s: %s is no English concept", l.Code, id)
			}
		}
	}
	for _, c := range AllConcepts() {
		if d, name, ok := strings.Cut(c.ID, "."); !ok || d == "" || name == "" || c.Domain() != d {
			t.Errorf("%q is not domain.name", c.ID)
		}
		if len(c.Terms("en")) == 0 || len(c.Terms("fr")) == 0 {
			t.Errorf("%s: English %q, French %q", c.ID, c.Terms("en"), c.Terms("fr"))
		}
	}
}

// TestConceptSizes logs how many words and phrases each language has,
// and holds them above floors.
func TestConceptSizes(t *testing.T) {
	floors := map[string]int{"en": 2500, "fr": 2800, "de": 1500, "es": 1300}
	total := 0
	for _, l := range All() {
		n := 0
		for _, c := range AllConcepts() {
			n += len(c.Terms(l.Code))
		}
		total += n
		t.Logf("%s: %d concepts, %d words and phrases", l.Code, len(l.Concepts.Words), n)
		if n < floors[l.Code] {
			t.Errorf("%s: %d words and phrases, fewer than %d", l.Code, n, floors[l.Code])
		}
	}
	t.Logf("all: %d concepts, %d words and phrases", len(AllConcepts()), total)
}

// TestConceptSenses checks the ambiguity rule's data: a word of several
// concepts names its default sense (or is marked as meaning none), and
// every sense given is of a word of the lexicon, naming one of its
// concepts.
func TestConceptSenses(t *testing.T) {
	idx := conceptIndex()
	for term, cs := range idx.byTerm {
		if _, ok := idx.defaults[term]; len(cs) > 1 && !ok {
			t.Errorf("%q is in %s and names no default sense", term, ids(cs))
		}
	}
	for _, l := range All() {
		for term, id := range l.Concepts.Senses {
			key := strings.Join(Words(term), " ")
			cs := idx.byTerm[key]
			switch {
			case len(cs) == 0:
				t.Errorf("%s: sense of %q, which no concept holds", l.Code, term)
			case id != "" && len(cs) < 2:
				t.Errorf("%s: default sense of %q, which only %s holds", l.Code, term, cs[0].ID)
			case id != "" && !slices.ContainsFunc(cs, func(c *Concept) bool { return c.ID == id }):
				t.Errorf("%s: default sense of %q is %s, not one of %s", l.Code, term, id, ids(cs))
			}
		}
	}
}

// TestConceptFalseFriends checks that no single word of a concept is a
// function word, stopword, month or weekday of another language unless
// it is marked as joining no expansion (French "car", because, beside the
// English car).
func TestConceptFalseFriends(t *testing.T) {
	idx := conceptIndex()
	common := map[string]string{}
	for _, l := range All() {
		for _, s := range []Set{l.Text.FunctionWords, l.Text.Stopwords, l.Topics.Stopwords} {
			for w := range s {
				common[strings.Join(Words(w), " ")] = l.Code
			}
		}
		for w := range l.Dates.Months {
			common[Fold(w)] = l.Code
		}
		for w := range l.Dates.Weekdays {
			common[Fold(w)] = l.Code
		}
	}
	for term, cs := range idx.byTerm {
		if code, ok := common[term]; ok && !idx.foreign[term] {
			t.Errorf("%q of %s is a common word of %s", term, ids(cs), code)
		}
	}
}

func TestConceptsOf(t *testing.T) {
	tests := []struct {
		phrase string
		want   []string // the concepts, the default sense first
	}{
		{"earthquake", []string{"disaster.earthquake"}},
		{"Séisme", []string{"disaster.earthquake"}},
		{"tremblements de terre", []string{"disaster.earthquake"}},
		{"Erdbeben", []string{"disaster.earthquake"}},
		{"terremotos", []string{"disaster.earthquake"}},
		{"inondations", []string{"disaster.flood"}},
		{"grèves", []string{"labour.strike"}},
		{"strike", []string{"labour.strike", "conflict.strike"}},
		{"frappes aériennes", []string{"conflict.strike"}},
		{"élues", []string{"politics.elect"}},
		{"remplaça", []string{"event.replace"}},
		{"a remplacé", []string{"event.replace"}},
		{"replaced", []string{"event.replace"}},
		{"entraîneur", []string{"sport.coach"}},
		{"prime minister", []string{"politics.prime-minister"}},
		{"Première ministre", []string{"politics.prime-minister"}},
		{"chômage", []string{"economy.unemployment"}},
		{"arrêtés", []string{"justice.arrest"}},
		{"démissionné", []string{"politics.resign"}},
		{"tué", []string{"event.kill"}},
		{"vol", []string{"transport.flight", "crime.theft"}},
		{"partido", []string{"politics.party", "sport.match"}},
		{"xyzzy", nil},
	}
	for _, tt := range tests {
		if got := ids(ConceptsOf(tt.phrase)); !slices.Equal(got, tt.want) {
			t.Errorf("ConceptsOf(%q) = %q, want %q", tt.phrase, got, tt.want)
		}
	}
}

// TestSenseOf checks how a word of several senses is read: its default
// alone, another sense beside a word of that sense's domain.
func TestSenseOf(t *testing.T) {
	tests := []struct {
		phrase  string
		context []string // domains around it
		want    string
	}{
		{"strike", nil, "labour.strike"},
		{"strike", []string{"conflict"}, "conflict.strike"},
		{"strike", []string{"conflict", "labour"}, "labour.strike"},
		{"strike", []string{"sport"}, "labour.strike"},
		{"air strike", nil, "conflict.strike"},
		{"rocket", []string{"science"}, "science.rocket"},
		{"prix", []string{"culture"}, "culture.prize"},
		{"grève", []string{"conflict"}, "labour.strike"},
	}
	for _, tt := range tests {
		ctx := Set{}
		for _, d := range tt.context {
			ctx[d] = true
		}
		c, ok := SenseOf(tt.phrase, ctx)
		if !ok || c.ID != tt.want {
			t.Errorf("SenseOf(%q, %v) = %v, want %s", tt.phrase, tt.context, c, tt.want)
		}
	}
}

// TestMeant checks which words join a concept's expansion: its own
// unambiguous words, not a word of several senses, not a word marked as
// too often something else.
func TestMeant(t *testing.T) {
	tests := []struct {
		id, term string
		want     bool
	}{
		{"labour.strike", "greve", true},
		{"labour.strike", "strike", false},
		{"labour.strike", "walkout", true},
		{"labour.strike", "on strike", true},
		{"conflict.strike", "strike", false},
		{"conflict.strike", "frappes", true},
		{"conflict.strike", "air strike", true},
		{"justice.court", "court", false},
		{"justice.court", "tribunal", true},
		{"conflict.war", "war", false},
		{"conflict.war", "guerre", true},
		{"economy.unemployment", "paro", false},
		{"economy.unemployment", "chomage", true},
		{"labour.strike", "paro", false},
		{"crime.theft", "vol", false},
		{"labour.strike", "seisme", false},
	}
	for _, tt := range tests {
		c, ok := FindConcept(tt.id)
		if !ok {
			t.Fatalf("no concept %s", tt.id)
		}
		if got := c.Meant(tt.term); got != tt.want {
			t.Errorf("%s.Meant(%q) = %v, want %v", tt.id, tt.term, got, tt.want)
		}
	}
}

func TestScanConcepts(t *testing.T) {
	tests := []struct {
		text string
		want []string // the spans, as words
	}{
		{"Matteo Renzi a été remplacé par Paolo Gentiloni", []string{"a ete remplace"}},
		{"Un tremblement de terre a frappé le Japon", []string{"tremblement de terre"}},
		{"Rail workers went on strike in Paris", []string{"rail", "workers", "went on strike"}},
	}
	for _, tt := range tests {
		ws := Words(tt.text)
		var got []string
		for _, s := range ScanConcepts(ws) {
			got = append(got, strings.Join(ws[s.Start:s.End], " "))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("ScanConcepts(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	if d := Domains(ScanConcepts(Words("drone strike"))); !d["conflict"] || len(d) != 1 {
		t.Errorf("Domains of a drone strike = %v", d)
	}
}

func ids(cs []*Concept) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

// TestPhraseAround finds the longest phrase of the lexicon over a word,
// and none over a word no phrase holds.
func TestPhraseAround(t *testing.T) {
	for _, tc := range []struct {
		text string
		i    int
		want string // the phrase's words, "" for none
	}{
		{"le manque a gagner des commercants", 3, "manque a gagner"},
		{"il a gagne la course", 2, ""},
		{"he ended a hunger strike on monday", 4, "hunger strike"},
		{"a hand tremor", 2, "hand tremor"},
		{"strike", 0, ""},
	} {
		ws := strings.Fields(tc.text)
		sp, ok := PhraseAround(ws, tc.i)
		got := ""
		if ok {
			got = strings.Join(ws[sp.Start:sp.End], " ")
		}
		if got != tc.want {
			t.Errorf("PhraseAround(%q, %d) = %q; want %q", tc.text, tc.i, got, tc.want)
		}
	}
}

package lang

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// A Concept is one meaning the news speaks of (an earthquake, a labour
// strike, a resignation, a coach) with the words and phrases each
// language has for it. Its ID is its domain and its name, the name an
// English word: "disaster.earthquake", "labour.strike",
// "conflict.strike". Each language's words for the concepts are in its
// lexicon (Lexicon.Concepts, one file a language: concepts_en.go,
// concepts_fr.go, …); English names every concept.
type Concept struct {
	ID    string
	terms map[string][]string // by language code: folded words and phrases, the most common first
}

// Domain is the part of the concept's ID before its dot: "labour" for
// "labour.strike".
func (c *Concept) Domain() string {
	d, _, _ := strings.Cut(c.ID, ".")
	return d
}

// Terms are the concept's words and phrases in the language with code
// code, folded as Words folds them and joined by spaces, the most common
// first: "seisme", "seismes", "tremblement de terre", …
func (c *Concept) Terms(code string) []string { return c.terms[code] }

// Languages lists the codes of the languages that have words for the
// concept, in the order of All.
func (c *Concept) Languages() []string {
	var out []string
	for _, l := range lexicons {
		if len(c.terms[l.Code]) > 0 {
			out = append(out, l.Code)
		}
	}
	return out
}

// Meant reports whether term, met in any text, means c: c is the only
// concept the term belongs to, and no language marks it as too often
// something else. Only such terms are searched for on a reader's behalf;
// a word of several senses ("strike") is searched for only when the
// reader types it (see the package doc).
func (c *Concept) Meant(term string) bool {
	idx := conceptIndex()
	cs := idx.byTerm[term]
	return len(cs) == 1 && cs[0] == c && !idx.foreign[term]
}

// FindConcept returns the concept with the given ID.
func FindConcept(id string) (*Concept, bool) {
	c, ok := conceptIndex().byID[id]
	return c, ok
}

// AllConcepts lists the concepts, by ID.
func AllConcepts() []*Concept { return conceptIndex().list }

// ConceptsOf lists the concepts a word or phrase belongs to, in any
// language, its default sense first; the phrase is read as Words cuts
// it ("Tremblements de terre" is "tremblements de terre"). A phrase that
// is no term of the lexicon has none.
func ConceptsOf(phrase string) []*Concept {
	return slices.Clip(conceptIndex().byTerm[strings.Join(Words(phrase), " ")])
}

// SenseOf returns the concept a word or phrase stands for, given the
// domains of the other words around it: its only concept, else the one
// of its senses whose domain is in context ("strike" beside "missile" is
// the military strike), else its default sense ("strike" alone is the
// labour strike).
func SenseOf(phrase string, context Set) (*Concept, bool) {
	cs := ConceptsOf(phrase)
	if len(cs) == 0 {
		return nil, false
	}
	for _, c := range cs[1:] {
		if context[c.Domain()] && !context[cs[0].Domain()] {
			return c, true
		}
	}
	return cs[0], true
}

// A ConceptSpan is a run of words that is a term of the lexicon.
type ConceptSpan struct {
	Start, End int        // the words[Start:End] of the run
	Concepts   []*Concept // its concepts, the default sense first
}

// ScanConcepts finds the terms of the lexicon in a run of folded words
// (as Words gives them), left to right, the longest term at each word:
// in "le president a ete remplace par", "president" and "a ete remplace".
// The spans' concepts are shared: read them, never change them.
func ScanConcepts(words []string) []ConceptSpan {
	idx := conceptIndex()
	var out []ConceptSpan
	for i := 0; i < len(words); {
		n := idx.longestAt(words[i:])
		if n == 0 {
			i++
			continue
		}
		out = append(out, ConceptSpan{i, i + n, idx.byTerm[strings.Join(words[i:i+n], " ")]})
		i += n
	}
	return out
}

// Domains are the domains of the spans that hold one concept only: the
// context in which SenseOf reads a word of several senses.
func Domains(spans []ConceptSpan) Set {
	out := Set{}
	for _, s := range spans {
		if len(s.Concepts) == 1 {
			out[s.Concepts[0].Domain()] = true
		}
	}
	return out
}

// concepts is the lexicon of concepts, gathered from every language once.
type concepts struct {
	byID     map[string]*Concept
	list     []*Concept
	byTerm   map[string][]*Concept // folded term → its concepts, the default sense first
	defaults map[string]string     // folded term of several senses → the ID of its default sense
	foreign  Set                   // terms that mean none of the concepts in some language (Concepts.Senses "")
	longest  int                   // the most words of a term
}

var conceptIndex = sync.OnceValue(func() *concepts {
	c, err := buildConcepts(lexicons)
	if err != nil {
		panic(err) // the lexicons are part of the program; TestConcepts reads them
	}
	return c
})

// buildConcepts reads the concepts of the lexicons, English first.
func buildConcepts(lexicons []*Lexicon) (*concepts, error) {
	c := &concepts{byID: map[string]*Concept{}, byTerm: map[string][]*Concept{}, defaults: map[string]string{}, foreign: Set{}}
	for _, l := range lexicons {
		if err := c.add(l); err != nil {
			return nil, fmt.Errorf("lang: concepts of %q: %w", l.Code, err)
		}
	}
	slices.SortFunc(c.list, func(a, b *Concept) int { return strings.Compare(a.ID, b.ID) })
	for term, cs := range c.byTerm {
		slices.SortFunc(cs, func(a, b *Concept) int { return strings.Compare(a.ID, b.ID) })
		if i := slices.IndexFunc(cs, func(x *Concept) bool { return x.ID == c.defaults[term] }); i > 0 {
			cs[0], cs[i] = cs[i], cs[0]
		}
	}
	return c, nil
}

// add reads one lexicon's words for the concepts and its default senses.
func (c *concepts) add(l *Lexicon) error {
	for id, words := range l.Concepts.Words {
		con := c.byID[id]
		if con == nil {
			con = &Concept{ID: id, terms: map[string][]string{}}
			c.byID[id] = con
			c.list = append(c.list, con)
		}
		terms, err := expandAll(words)
		if err != nil {
			return fmt.Errorf("%s: %w", id, err)
		}
		con.terms[l.Code] = terms
		for _, t := range terms {
			if !slices.Contains(c.byTerm[t], con) {
				c.byTerm[t] = append(c.byTerm[t], con)
			}
			c.longest = max(c.longest, strings.Count(t, " ")+1)
		}
	}
	for term, id := range l.Concepts.Senses {
		key := strings.Join(Words(term), " ")
		if id == "" {
			c.foreign[key] = true
		} else if _, ok := c.defaults[key]; !ok {
			c.defaults[key] = id
		}
	}
	return nil
}

// longestAt is the number of words of the longest term that words start
// with, or 0.
func (c *concepts) longestAt(words []string) int {
	for n := min(c.longest, len(words)); n > 0; n-- {
		if _, ok := c.byTerm[strings.Join(words[:n], " ")]; ok {
			return n
		}
	}
	return 0
}

// PhraseAround finds the longest term of the lexicon of two words or more
// that covers words[i], in a run of folded words (as Words gives them):
// "gagner" of "manque a gagner", "strike" of "hunger strike". A word that
// no such term covers has none.
func PhraseAround(words []string, i int) (ConceptSpan, bool) {
	idx := conceptIndex()
	var best ConceptSpan
	for start := max(0, i-idx.longest+1); start <= i; start++ {
		for end := min(len(words), start+idx.longest); end > i && end-start >= 2; end-- {
			if end-start <= best.End-best.Start {
				break
			}
			if cs, ok := idx.byTerm[strings.Join(words[start:end], " ")]; ok {
				best = ConceptSpan{start, end, cs}
				break
			}
		}
	}
	return best, best.End > best.Start
}

// SharesDomain reports whether any concept of a shares its domain with
// any of b.
func SharesDomain(a, b []*Concept) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Domain() == y.Domain() {
				return true
			}
		}
	}
	return false
}

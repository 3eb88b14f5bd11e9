package ask

import (
	"strings"

	"briefbot"
	"briefbot/geo"
	"briefbot/lang"
	"briefbot/topics"
)

// question is a question read for answering: the kind of answer it asks
// for and the concepts a sentence must mention.
type question struct {
	text     string
	kind     answerKind
	concepts []concept
}

// concept is one content word of a question with the words that may stand
// for it in an English or French sentence (folded; "*" marks a prefix).
type concept struct {
	word string
	alts []string
	key  bool // a name or a noun the answer must mention, not a common verb
}

// maxConcepts bounds how many content words of a question are used.
const maxConcepts = 12

// parseQuestion reads the kind and the concepts of a question.
func parseQuestion(text string) question {
	q := question{text: text, kind: questionKind(text)}
	seen := map[string]bool{}
	for _, w := range foldWords(text) {
		if questionStopwords[w] || seen[w] || len(q.concepts) == maxConcepts {
			continue
		}
		seen[w] = true
		q.concepts = append(q.concepts, newConcept(w))
	}
	return q
}

// questionKind is the kind of answer named by the first question word.
func questionKind(text string) answerKind {
	lower := strings.ToLower(text)
	ws := foldWords(text)
	for i, w := range ws {
		if i+1 < len(ws) {
			if q, ok := questionWords[w+" "+ws[i+1]]; ok {
				return q.kind
			}
		}
		if q, ok := questionWords[w]; ok && (q.written == "" || strings.Contains(lower, q.written)) {
			return q.kind
		}
	}
	return kindWhat
}

// newConcept finds the words that stand for w: itself, its row in the
// synonym tables, and the names of the country it names.
func newConcept(w string) concept {
	c := concept{word: w, alts: []string{w}, key: true}
	if row := synonymRow(verbSynonyms, w); row != nil {
		c.alts, c.key = append(c.alts, row...), false
	} else if row := synonymRow(nounSynonyms, w); row != nil {
		c.alts = append(c.alts, row...)
	}
	return c.withCountry()
}

// synonymRow is the row of table that holds w, or nil.
func synonymRow(table [][]string, w string) []string {
	for _, row := range table {
		for _, s := range row {
			if matchWord(w, s) {
				return row
			}
		}
	}
	return nil
}

// withCountry adds the names of the country that c's word names, in any
// language, with its demonyms and capital.
func (c concept) withCountry() concept {
	code, ok := geo.Demonym(c.word)
	if !ok {
		for _, p := range geo.Lookup(c.word) {
			if p.Kind == geo.Country && !formerCountries[p.Country] {
				code, ok = p.Country, true
				break
			}
		}
	}
	if !ok {
		return c
	}
	for _, name := range geo.Aliases(code) {
		if f := strings.Join(foldWords(name), " "); f != "" {
			c.alts = append(c.alts, f)
		}
	}
	return c
}

// formerCountries are codes of countries that no longer exist, which share
// names with today's ("Germany" was also East Germany's).
var formerCountries = map[string]bool{"DD": true, "FX": true, "SU": true, "YU": true, "CS": true, "ZR": true, "BU": true, "TP": true, "NT": true, "YD": true, "VD": true, "AN": true}

// terms is the search condition part for c: the word, its synonyms, and the
// aliases the topic table knows for it.
func (c concept) terms(topics *topics.Matcher) []briefbot.Term {
	var out []briefbot.Term
	add := func(s string) {
		if s != "" {
			out = append(out, briefbot.Term{Phrase: strings.TrimSuffix(s, "*"), Prefix: strings.HasSuffix(s, "*")})
		}
	}
	add(c.word + "*")
	for _, a := range c.alts[1:min(len(c.alts), 20)] {
		add(a)
	}
	if topics != nil {
		if m, err := topics.Match(c.word); err == nil {
			for _, group := range m {
				out = append(out, group...)
			}
		}
	}
	return out
}

// matchWord reports whether a sentence word matches an alternative: the
// same word, a word that starts with a "*" alternative, or an inflection
// (up to three more letters) of an alternative of four letters or more.
func matchWord(word, alt string) bool {
	if p, ok := strings.CutSuffix(alt, "*"); ok {
		return strings.HasPrefix(word, p)
	}
	if word == alt {
		return true
	}
	return len(alt) >= 4 && strings.HasPrefix(word, alt) && len(word)-len(alt) <= 3
}

// foldWords splits s into its folded words (see lang.Words), reading a
// dotted abbreviation or number as one word: "U.S." is "us" and "1.8" is
// "18", in questions and in the sentences that answer them alike.
func foldWords(s string) []string {
	return lang.Words(strings.ReplaceAll(s, ".", ""))
}

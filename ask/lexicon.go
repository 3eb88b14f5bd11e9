package ask

import (
	"strings"

	"briefbot/lang"
)

// answerKind is the kind of answer a question asks for.
type answerKind int

// The kinds of answer.
const (
	kindWhat   answerKind = iota // an event or a statement
	kindWho                      // a person or an organisation
	kindWhere                    // a place
	kindWhen                     // a date
	kindNumber                   // a quantity
	kindWhy                      // a cause
	kindQuote                    // someone's words
)

// kindNames are the kinds of answer as the lexicons name them.
var kindNames = map[string]answerKind{
	"what": kindWhat, "who": kindWho, "where": kindWhere, "when": kindWhen, "number": kindNumber, "why": kindWhy,
}

// The words of questions and answers, of every language, folded (see
// foldWords): questions and the articles that answer them may be in
// different languages.
var (
	// questionStopwords carry no content in a question.
	questionStopwords = foldSet(func(l *lang.Lexicon) lang.Set { return l.Questions.Stopwords })
	// verbSynonyms relate common news verbs across languages; every word
	// of a row stands for the others. A verb narrows an answer but is not
	// what a question is about.
	verbSynonyms = senseRows(func(l *lang.Lexicon) []lang.Sense { return l.Questions.Verbs })
	// nounSynonyms relate common news nouns and the verbs that name an
	// event across languages, like verbSynonyms.
	nounSynonyms = senseRows(func(l *lang.Lexicon) []lang.Sense { return l.Questions.Nouns })
	// sayVerbs are the verbs of saying of every language.
	sayVerbs = senseWords("say", func(l *lang.Lexicon) []lang.Sense { return l.Questions.Verbs })
	// causeCues introduce a cause.
	causeCues = lang.Concat(func(l *lang.Lexicon) []string { return l.Questions.Causes })
	// numberWords are quantities written out.
	numberWords = foldSet(func(l *lang.Lexicon) lang.Set { return l.Questions.Numbers })
	// pastForms are irregular finite verbs ("won", "met"): words a
	// question asks with, not what it is about.
	pastForms = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Clauses.PastForms })
	// dateWords mark a date expression.
	dateWords = foldSet(func(l *lang.Lexicon) lang.Set { return l.Questions.DateWords })
	// courtesies thank or agree and ask nothing.
	courtesies = foldSet(func(l *lang.Lexicon) lang.Set { return l.Questions.Courtesies })
)

// questionWord is a word, or two, that names the kind of answer.
type questionWord struct {
	kind    answerKind
	written string // the word as written when its accent tells it from another word ("où", not "ou"); else ""
}

// questionWords are the question words of every language, by their
// folded words joined with a space.
var questionWords = func() map[string]questionWord {
	out := map[string]questionWord{}
	for _, l := range lang.All() {
		for w, kind := range l.Questions.Words {
			key := strings.Join(foldWords(w), " ")
			q := questionWord{kind: kindNames[kind]}
			if key != strings.ToLower(w) {
				q.written = strings.ToLower(w)
			}
			if _, ok := out[key]; !ok {
				out[key] = q
			}
		}
	}
	return out
}()

// foldSet gathers one set of words from every lexicon, folded and split
// as foldWords splits text ("t-il" is "t" and "il").
func foldSet(pick func(*lang.Lexicon) lang.Set) map[string]bool {
	out := map[string]bool{}
	for w := range lang.Union(pick) {
		for _, f := range foldWords(w) {
			out[f] = true
		}
	}
	return out
}

// senseRows gathers the rows of senses of every lexicon: one row a
// sense, in the order the lexicons first name them, holding the words of
// every language for it.
func senseRows(pick func(*lang.Lexicon) []lang.Sense) [][]string {
	var rows [][]string
	index := map[string]int{}
	for _, l := range lang.All() {
		for _, s := range pick(l) {
			i, ok := index[s.Name]
			if !ok {
				i = len(rows)
				index[s.Name] = i
				rows = append(rows, nil)
			}
			rows[i] = append(rows[i], s.Words...)
		}
	}
	return rows
}

// senseWords are the words of every lexicon for the sense named name.
func senseWords(name string, pick func(*lang.Lexicon) []lang.Sense) []string {
	var out []string
	for _, l := range lang.All() {
		for _, s := range pick(l) {
			if s.Name == name {
				out = append(out, s.Words...)
			}
		}
	}
	return out
}

package ask

import (
	"strings"

	"briefbot/lang"
)

// question is a question read for answering: the type of answer it asks
// for and the concepts a sentence that answers it speaks of.
type question struct {
	text     string
	typ      answerType
	measure  string // the noun a figure must measure ("magnitude"); "" when none
	counted  string // the noun a count counts ("passengers"); "" when none
	concepts []concept
	pronoun  bool            // it asks about "him" or "her": the person of the brief's story
	passive  bool            // it asks who underwent something: "who was called up"
	own      map[string]bool // the question's folded words and their stems: an answer is something else
}

// role is what a concept is to a question.
type role int

// The roles of concepts.
const (
	roleNoun   role = iota // a content word: what the question is about
	roleVerb               // a common verb: it narrows an answer
	roleName               // a proper name: the sentence, or the story it is from, must name it
	roleNumber             // a figure or a year the question gives: the sentence must hold it
)

// concept is one thing a question speaks of, with the words and phrases
// that may stand for it in an English or French sentence (folded; "*"
// ends a prefix).
type concept struct {
	word     string // as the question writes it, folded ("white house")
	alts     []string
	role     role
	month    int             // 1–12 when word names a month, for "last month"; else 0
	place    bool            // it names a place the gazetteer knows
	country  string          // the ISO code of that place's country
	must     bool            // the sentence itself must say it: what a figure measures, the event a count counts, what words are about
	senses   []*lang.Concept // the concepts of the lexicon its words were carried across languages by
	from, to int             // the question's tokens it was read from
}

// maxConcepts bounds how many content words of a question are used.
const maxConcepts = 12

// parseQuestion reads the type and the concepts of a question.
func parseQuestion(text string) question {
	text = withoutOperators(text)
	toks := tokenize(text)
	sh := shapeOf(toks, text)
	q := question{text: text, typ: sh.typ, measure: sh.measure, counted: sh.counted, passive: sh.passive, own: map[string]bool{}}
	for _, t := range toks {
		q.own[t.word], q.own[t.stem] = true, true
	}
	seen := map[string]bool{}
	add := func(c concept, from, to int) {
		if !seen[c.word] && len(q.concepts) < maxConcepts {
			seen[c.word] = true
			c.from, c.to = from, to
			q.concepts = append(q.concepts, c)
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case sh.skip[i]:
		case startsName(text, toks, i):
			end := nameEnd(text, toks, i, sh.skip)
			add(nameConcept(words(toks[i:end])), i, end)
			i = end - 1
		case isNumber(t.word):
			add(concept{word: t.word, alts: []string{t.word}, role: roleNumber}, i, i+1)
		case pronouns[t.word]:
			q.pronoun = true
		case t.word == "all" && i > 0 && toks[i-1].word == "in":
			add(concept{word: "in all", alts: inAll}, i-1, i+1)
		case questionStopwords[t.word] || auxiliaries[t.word] || emphatics[t.word] || lightVerbs[t.word] || len(t.word) < 2,
			countNouns[t.word] && sh.typ.kind == kindNumber,
			durationVerbs[t.word] && sh.typ.unit == unitDuration:
		case t.word == q.measure:
			add(concept{word: t.word, alts: []string{t.word}}, i, i+1)
		default:
			add(wordConcept(t.word), i, i+1)
		}
	}
	q.concepts = acrossLanguages(q.concepts, toks, q.measure)
	q.markMust(toks, sh)
	return q
}

// markMust marks the concepts a sentence must say itself, not its story
// around it: the role asked for ("which judge", "who is its chief
// executive"), the measure a figure asked for is of ("the magnitude"), the
// event a count counts or a date or a place is asked of ("how many
// detainees escaped", "when did Lena Holm win"), and what someone's words
// asked for are about ("what did he say about the judge").
func (q *question) markMust(toks []token, sh questionShape) {
	mark := func(at int) {
		if at < 0 {
			return
		}
		for k := range q.concepts {
			if c := &q.concepts[k]; c.from <= at && at < c.to && c.role != roleName && c.role != roleNumber {
				c.must = true
			}
		}
	}
	for k := range q.concepts {
		if q.concepts[k].word == q.measure {
			q.concepts[k].must = true
		}
	}
	mark(sh.role)
	switch {
	case q.typ.unit == unitCount && sh.countedAt >= 0:
		mark(eventAt(toks, sh.countedAt+1))
	case q.typ.kind == kindWhen || q.typ.kind == kindWhere:
		mark(eventAt(toks, sh.after))
	}
	if q.typ.kind == kindQuote {
		for i, t := range toks {
			if aboutWords[t.word] {
				for j := i + 1; j < len(toks); j++ {
					mark(j)
				}
				break
			}
		}
	}
}

// eventAt is the index of the verb of a question that asks when, where
// or how many, among the tokens from from: the word after the subject
// when it is a name ("when did Lena Holm win the election"), else the
// content word before the first preposition, or the last one ("how many
// flights were cancelled at Toulouse", "combien de détenus se sont évadés
// de la prison"); -1 when none.
func eventAt(toks []token, from int) int {
	v := -1
	for j := max(from, 0); j < len(toks); j++ {
		w := toks[j].word
		switch {
		case prepositions[w] && v >= 0:
			return v
		case toks[j].capital:
			for j+1 < len(toks) && toks[j+1].capital {
				j++
			}
			if v < 0 {
				if n := nextContent(toks, j+1); n >= 0 {
					return n
				}
			}
		case !questionStopwords[w] && !auxiliaries[w] && !lightVerbs[w] && !isNumber(w):
			v = j
		}
	}
	return v
}

// nextContent is the index of the first content word from from, or -1.
func nextContent(toks []token, from int) int {
	for j := from; j < len(toks); j++ {
		if w := toks[j].word; !questionStopwords[w] && !auxiliaries[w] && !lightVerbs[w] && !pronouns[w] {
			if prepositions[w] {
				return -1
			}
			return j
		}
	}
	return -1
}

// searchOperators are the words of search syntax a question may be pasted
// with, written in capitals as search engines take them ("NEAR(x) OR y").
var searchOperators = map[string]bool{"AND": true, "OR": true, "NOT": true, "NEAR": true}

// withoutOperators is text without its search operators, which are
// neither names nor words of the question: "*** OR AND" asks nothing.
func withoutOperators(text string) string {
	fields := strings.Fields(text)
	kept := fields[:0]
	for _, f := range fields {
		if !searchOperators[strings.TrimRight(f, "(")] {
			kept = append(kept, f)
		}
	}
	return strings.Join(kept, " ")
}

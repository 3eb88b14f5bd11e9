package ask

import (
	"context"
	"strings"

	"briefbot"
	"briefbot/internal/editdist"
	"briefbot/lang"
	"briefbot/topics"
)

// termIndex finds the concepts of a question among the words of a
// sentence in one pass: each alternative is filed under the word that
// finds it, so that a sentence word is looked up, not compared with every
// alternative of every concept.
type termIndex struct {
	exact   map[string][]int       // a one-word alternative → the concepts it stands for
	grow    map[string][]int       // one of four letters or more, which a word may extend by up to three
	stems   map[string][]int       // the stem of a one-word alternative
	prefix  map[string][]prefixAlt // "*" alternatives, by their first three letters
	phrases map[string][]phraseAlt // phrases, by their first word
	capital []bool                 // by concept: a sentence names it only with a capital letter
	common  []bool                 // by concept: a common word, whose other words are not met in a capitalised word mid-sentence
	senses  [][]*lang.Concept      // by concept: the concepts of the lexicon it stands for (concept.senses)
	own     map[string]bool        // the question's own words and their stems (question.own)
	// cognates are the question's own words of six letters or more, by
	// their first three letters: a word one letter away may stand for one
	// in another language ("contract", "contrat"; "decree", "décret").
	cognates map[string][]prefixAlt
}

type prefixAlt struct {
	prefix  string
	concept int
}

type phraseAlt struct {
	rest    []string // the words after the first
	concept int
}

// minCognate is the length from which a word one letter away from a
// question's word stands for it.
const minCognate = 6

// hit is a concept found in a sentence, at tokens [start, end).
type hit struct {
	concept, start, end int
}

// newTermIndex files the alternatives of the concepts; own are the
// question's own words (question.own).
func newTermIndex(cs []concept, own map[string]bool) *termIndex {
	x := &termIndex{exact: map[string][]int{}, grow: map[string][]int{}, stems: map[string][]int{},
		prefix: map[string][]prefixAlt{}, phrases: map[string][]phraseAlt{}, capital: make([]bool, len(cs)), common: make([]bool, len(cs)), senses: make([][]*lang.Concept, len(cs)), own: own,
		cognates: map[string][]prefixAlt{}}
	for i, c := range cs {
		x.capital[i] = c.role == roleName && !c.place // "Bank" of "Bank of Korea" is no "investment bank"
		// a common word's synonyms and translations are not met inside a
		// name mid-sentence: "won" is no "la place de la Victoire", no
		// "l'Arc de Triomphe"; its own word is ("the Senate" for "senate")
		x.common[i] = c.role != roleName && c.role != roleNumber && !c.place
		x.senses[i] = c.senses
		for k, alt := range c.alts {
			// A place's other names meet only their inflections of up to
			// three more letters, from five letters: "Paries", a name of
			// France, is no "par".
			own := !c.place || k == 0
			x.file(i, alt, c.role, own || len(alt) >= 5, own)
		}
		if w := c.alts[0]; len(w) >= minCognate && c.role != roleNumber && !strings.Contains(w, " ") {
			x.cognates[w[:3]] = append(x.cognates[w[:3]], prefixAlt{prefix: w, concept: i})
		}
	}
	return x
}

func (x *termIndex) file(i int, alt string, r role, grow, stems bool) {
	if ws := strings.Fields(alt); len(ws) > 1 {
		x.phrases[ws[0]] = append(x.phrases[ws[0]], phraseAlt{rest: ws[1:], concept: i})
		return
	}
	if p, ok := strings.CutSuffix(alt, "*"); ok {
		if len(p) >= 3 {
			x.prefix[p[:3]] = append(x.prefix[p[:3]], prefixAlt{prefix: p, concept: i})
		}
		return
	}
	x.exact[alt] = appendOnce(x.exact[alt], i)
	if r == roleNumber {
		return
	}
	if grow && len(alt) >= 4 {
		x.grow[alt] = appendOnce(x.grow[alt], i)
	}
	if s := stem(alt); stems && len(s) >= 3 {
		x.stems[s] = appendOnce(x.stems[s], i)
	}
}

func appendOnce(is []int, i int) []int {
	for _, j := range is {
		if j == i {
			return is
		}
	}
	return append(is, i)
}

// hits finds the concepts in toks, the words of a sentence.
func (x *termIndex) hits(toks []token) []hit {
	var out []hit
	titled := titleCased(toks)
	var ws []string
	for i := range toks {
		x.at(toks, i, func(c, end int) {
			inName := toks[i].capital && i > 0 && !titled && !x.own[toks[i].word] && !x.own[toks[i].stem]
			if (!x.capital[c] || toks[i].capital) && !(x.common[c] && inName) && !found(out, c, i) {
				if end-i == 1 && x.common[c] {
					if ws == nil {
						ws = words(toks)
					}
					if inOtherPhrase(ws, i, x.senses[c]) {
						return
					}
				}
				out = append(out, hit{concept: c, start: i, end: end})
			}
		})
	}
	return out
}

// inOtherPhrase reports whether word i of a sentence is part of a phrase
// of the lexicon that means something of another domain than what the
// question means by it (senses; else the word's own senses): "gagner"
// of "manque à gagner" (lost earnings) is no win, "strike" of "hunger
// strike" no labour strike, "tremor" of "hand tremor" no earthquake. A
// word the lexicon does not know is never taken out.
func inOtherPhrase(ws []string, i int, senses []*lang.Concept) bool {
	if len(senses) == 0 {
		senses = lang.ConceptsOf(ws[i])
	}
	if len(senses) == 0 {
		return false
	}
	span, ok := lang.PhraseAround(ws, i)
	return ok && !lang.SharesDomain(senses, span.Concepts)
}

// titleCased reports whether most words of a sentence are capitalised, as
// in an English headline ("Hamilton Wins At Interlagos"): capitals there
// say nothing of names.
func titleCased(toks []token) bool {
	n := 0
	for _, t := range toks {
		if t.capital {
			n++
		}
	}
	return 2*n > len(toks)
}

// at calls add for each concept that an alternative starting at token i
// stands for, with the end of the tokens it covers.
func (x *termIndex) at(toks []token, i int, add func(c, end int)) {
	w := toks[i].word
	each := func(cs []int) {
		for _, c := range cs {
			add(c, i+1)
		}
	}
	each(x.exact[w])
	for k := 1; k <= 3 && len(w)-k >= 4; k++ {
		each(x.grow[w[:len(w)-k]])
	}
	if !isNumber(w) {
		each(x.stems[toks[i].stem])
	}
	if len(w) >= 3 {
		for _, p := range x.prefix[w[:3]] {
			if strings.HasPrefix(w, p.prefix) {
				add(p.concept, i+1)
			}
		}
	}
	if len(w) >= minCognate {
		for _, p := range x.cognates[w[:3]] {
			if d := len(w) - len(p.prefix); d >= -1 && d <= 1 && editdist.Distance(w, p.prefix) == 1 {
				add(p.concept, i+1)
			}
		}
	}
	for _, p := range x.phrases[w] {
		if phraseAt(toks, i+1, p.rest) {
			add(p.concept, i+1+len(p.rest))
		}
	}
}

// found reports whether hs holds a hit of concept c at token start, among
// the last hits, those of the tokens just before.
func found(hs []hit, c, start int) bool {
	for i := len(hs) - 1; i >= 0 && hs[i].start >= start-8; i-- {
		if hs[i].concept == c && hs[i].start == start {
			return true
		}
	}
	return false
}

// phraseAt reports whether the words of toks from i are rest.
func phraseAt(toks []token, i int, rest []string) bool {
	if i+len(rest) > len(toks) {
		return false
	}
	for k, w := range rest {
		if toks[i+k].word != w {
			return false
		}
	}
	return true
}

// topicMatch is what the store searches for a word of a topic: its keys
// (topics.Matcher.Match) or its words (Expand); nil, the word alone.
type topicMatch func(topic string) (briefbot.Match, error)

// topicMatcher is the topicMatch of tm for store: its keys once every
// article of the store is keyed (see topics.AllKeyed).
func topicMatcher(ctx context.Context, tm *topics.Matcher, store topics.KeyLister) topicMatch {
	switch {
	case tm == nil:
		return nil
	case topics.AllKeyed(ctx, store):
		return tm.Match
	}
	return tm.Expand
}

// maxAskTerms is the most search terms one question uses, below the
// store's limit on one search.
const maxAskTerms = 24

// searchMatch is the search condition for q in the store: any word for
// any of its names and nouns (a finite verb such as "won" names no
// event), each with an equal share of the terms; nil when it has neither. A question of verbs and figures alone ("who
// won?", "how many were there?") is about the chat's last brief: a
// sentence of some other story that has the verb would answer a question
// nobody asked.
func searchMatch(q question, tm topicMatch) briefbot.Match {
	var cs []concept
	for _, c := range q.concepts {
		if c.role == roleName || c.role == roleNoun && !pastForms[c.word] {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return nil
	}
	share := maxAskTerms / len(cs)
	seen := map[briefbot.Term]bool{}
	var group []briefbot.Term
	for _, c := range cs {
		n := 0
		for _, t := range c.terms(tm) {
			if n < share && !seen[t] {
				seen[t] = true
				group = append(group, t)
				n++
			}
		}
	}
	return briefbot.Match{group}
}

// terms is the search condition part for c: the word, its alternatives,
// and the aliases the topic table knows for it.
func (c concept) terms(tm topicMatch) []briefbot.Term {
	var out []briefbot.Term
	add := func(s string) {
		if s != "" {
			out = append(out, briefbot.Term{Phrase: strings.TrimSuffix(s, "*"), Prefix: strings.HasSuffix(s, "*")})
		}
	}
	if c.role == roleNumber {
		add(c.word)
	} else {
		add(c.word + "*")
	}
	for _, a := range c.alts[1:min(len(c.alts), 20)] {
		add(a)
	}
	if tm != nil && c.role != roleNumber {
		if m, err := tm(c.word); err == nil {
			for _, group := range m {
				out = append(out, group...)
			}
		}
	}
	return out
}

package ask

import (
	"time"

	"briefbot"
	"briefbot/lang"
)

// How much a concept counts when the sentence does not say it but its
// story does: in a brief, the story a sentence is from is its context
// ("Cepes led the $200,000 project" answers how much the project in Peru
// cost, in a story about Peru). A name counts so only from the headline
// or as the story's main actor; a common word from the lead too.
const (
	inPronoun  = 0.9 // a pronoun of the sentence stands for it: the story's main actor
	inHeadline = 0.8 // the headline, the main actor or the main place names it
	inLead     = 0.6 // the lead sentence does
)

// story is one article read for a question: its sentences, and which of
// the question's concepts it names where.
type story struct {
	art       briefbot.Article
	memory    bool // a story of the chat's last brief
	sentences []string
	toks      [][]token
	hits      [][]hit   // by sentence
	context   []float64 // by concept: how much the story's headline, lead or text say it
	actor     []string  // the folded words of its main actor; nil when it has none
	pronoun   []bool    // by sentence: it holds a pronoun that may stand for the actor
}

// newStory reads art for the concepts of x.
func newStory(art briefbot.Article, memory bool, x *termIndex, nconcepts int) *story {
	st := &story{art: art, memory: memory, context: make([]float64, nconcepts)}
	st.sentences = Sentences(art.Text)
	st.toks = make([][]token, len(st.sentences))
	st.hits = make([][]hit, len(st.sentences))
	st.pronoun = make([]bool, len(st.sentences))
	for i, s := range st.sentences {
		st.toks[i] = tokenize(s)
		st.hits[i] = x.hits(st.toks[i])
		for _, t := range st.toks[i] {
			st.pronoun[i] = st.pronoun[i] || pronouns[t.word]
		}
	}
	if len(art.Summary.Who) > 0 {
		st.actor = foldWords(art.Summary.Who[0])
	}
	st.readContext(x)
	return st
}

// readContext notes where the story names each concept, beyond each
// sentence.
func (st *story) readContext(x *termIndex) {
	note := func(hs []hit, w float64) {
		for _, h := range hs {
			st.context[h.concept] = max(st.context[h.concept], w)
		}
	}
	head := st.art.Title
	if s := st.art.Summary; len(s.Who) > 0 {
		head += " · " + s.Who[0]
	}
	if s := st.art.Summary; len(s.Where) > 0 {
		head += " · " + s.Where[0]
	}
	note(x.hits(tokenize(head)), inHeadline)
	if len(st.hits) > 0 { // a story with no sentence to quote has no lead
		note(st.hits[st.leadIndex()], inLead)
	}
}

// leadIndex is the index of the lead: the first sentence of more than
// five words, past a dateline ("30 mars 2016 .").
func (st *story) leadIndex() int {
	for i, ts := range st.toks {
		if len(ts) > 5 {
			return i
		}
	}
	return 0
}

// actorIs reports whether the concept names the story's main actor.
func (st *story) actorIs(c concept) bool {
	if len(st.actor) == 0 {
		return false
	}
	for _, alt := range c.alts {
		for _, w := range st.actor {
			if alt == w {
				return true
			}
		}
	}
	return false
}

// saysMonth reports whether sentence i names the month m by its place
// beside the story's date: "last month" in a story of January is
// December.
func (st *story) saysMonth(i, m int) bool {
	pub := st.art.Seen()
	if pub.IsZero() || m == 0 {
		return false
	}
	ws := words(st.toks[i])
	last := pub.AddDate(0, -1, 0).Month()
	for _, p := range lastMonthPhrases {
		if time.Month(m) == last && containsPhrase(ws, p) {
			return true
		}
	}
	for _, p := range thisMonthPhrases {
		if time.Month(m) == pub.Month() && containsPhrase(ws, p) {
			return true
		}
	}
	return false
}

// Phrases for the month before a story's and the story's own.
var (
	lastMonthPhrases = [][]string{{"last", "month"}, {"mois", "dernier"}, {"mois", "passe"}, {"mois", "precedent"}}
	thisMonthPhrases = [][]string{{"this", "month"}, {"ce", "mois"}}
)

// lang is the story's language code.
func (st *story) lang() string {
	if st.art.Summary.Lang != "" {
		return st.art.Summary.Lang
	}
	return lang.Code(st.art.Lang)
}

func containsPhrase(ws, phrase []string) bool {
	for i := 0; i+len(phrase) <= len(ws); i++ {
		match := true
		for j, p := range phrase {
			if ws[i+j] != p {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

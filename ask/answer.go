package ask

import (
	"math"
	"sort"
	"strings"

	"briefbot"
)

// Quote is one sentence of a stored article given as (part of) an answer.
type Quote struct {
	Sentence string
	// Span is the words of the sentence that answer: the name, the place,
	// the date, the figure or the words quoted that the question asks for;
	// "" when it asks for none of those ("what happened?").
	Span    string
	Article briefbot.Article
}

// Scoring of candidate sentences. A sentence's score is how much of the
// question it says (its coverage, 0 to 1: the BM25 weights of the
// concepts it names, or its story names around it, see weights.cover),
// raised by how close its answer stands to the words it shares with the
// question, and a little for a lead and for a story of the brief.
const (
	bm25K1        = 1.2
	bm25B         = 0.3  // sentences vary less in length than documents
	verbWeight    = 0.5  // a common verb counts half a noun
	countedWeight = 2    // what a figure asked for counts or measures counts twice
	nounContext   = 0.8  // a common word the story says around a sentence counts this share of a name
	proxWeight    = 0.3  // the most an answer beside the question's words raises its sentence's coverage by, as a share
	leadBonus     = 0.05 // for the lead of its story
	memoryBonus   = 0.1  // for a sentence of a story the chat was just briefed on
	closeEnough   = 0.85 // quotes beyond the best score at least this share of it
	maxQuotes     = 3
	maxPerSource  = 2
	maxReads      = 24  // the best sentences by coverage whose answers are read
	loneConcept   = 0.3 // the closeness of a sentence that names one concept
)

// minCoverage is the "I don't know" threshold: a sentence that says less
// than this share of the question (see weights.cover) answers nothing. It
// is chosen on the dev split of the question set (see ask/eval): there any
// floor up to 0.39 gives the same replies, the refusals coming from the
// rules of cover and answerIn, and the best harmonic mean of answerable
// and "don't know" accuracy; 0.35 keeps a margin below that edge and also
// refuses a question whose main word no story has.
const minCoverage = 0.35

// candidate is one sentence of a story that may answer a question.
type candidate struct {
	st    *story
	i     int // the sentence's index in its story
	cover float64
	span  span
	score float64
}

// bestQuotes returns the quotes that answer q among the stories' sentences,
// best first; none when no sentence supports an answer.
func bestQuotes(q question, stories []*story) []Quote {
	quotes, _ := weigh(q, stories)
	return quotes
}

// weigh returns the quotes that answer q, best first, and the sentences
// read for them, the best covered first: what a Writer is shown.
func weigh(q question, stories []*story) (quotes, read []Quote) {
	w := newWeights(q, stories)
	var cands []candidate
	for _, st := range stories {
		for i := range st.sentences {
			if c, ok := w.cover(q, st, i); ok {
				cands = append(cands, c)
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].cover > cands[j].cover })
	var kept []candidate
	for _, c := range cands[:min(len(cands), maxReads)] {
		read = append(read, Quote{Sentence: c.st.sentences[c.i], Article: c.st.art})
		if c, ok := answerIn(q, c); ok {
			kept = append(kept, c)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].score > kept[j].score })
	return pickQuotes(kept), read
}

// answerIn reads the answer of a candidate sentence: the span of the type
// asked for that stands closest to the words the sentence shares with the
// question, and scores the sentence; ok is false when it holds none.
func answerIn(q question, c candidate) (candidate, bool) {
	prox := 0.0
	if !q.typ.typed() {
		prox = closeness(c.st.hits[c.i], q.concepts)
	} else {
		if q.typ.kind == kindQuote && !speaks(q, c) {
			return c, false
		}
		r := newReading(q, c)
		best := -1.0
		for _, s := range r.spans() {
			if p, ok := r.rate(s); ok && p > best {
				best, c.span = p, s
			}
		}
		if best < 0 {
			return c, false
		}
		prox, c.span = best, r.withNoun(c.span)
	}
	c.score = c.cover * (1 + proxWeight*prox)
	if c.i == c.st.leadIndex() {
		c.score += leadBonus
	}
	if c.st.memory {
		c.score += memoryBonus
	}
	return c, true
}

// closeness is how close together a sentence names the question's
// concepts, for a question that asks for no type of answer: 1 for two of
// them side by side ("la Banque de Corée"), less the further apart they
// stand, and loneConcept for a sentence that names one only.
func closeness(hs []hit, cs []concept) float64 {
	d := math.MaxInt
	for i, a := range hs {
		for _, b := range hs[i+1:] {
			if a.concept != b.concept && (cs[a.concept].role != roleVerb || cs[b.concept].role != roleVerb) {
				d = min(d, max(b.start-a.end, a.start-b.end, 0))
			}
		}
	}
	if d == math.MaxInt {
		return loneConcept
	}
	return 1 / (1 + float64(d)/3)
}

// speaks reports whether the person whose words a question asks for
// speaks in the sentence: named outside the words quoted, or as "he" in
// a story about them. In "« … du président Trump », a déclaré Bob
// Ferguson", Trump says nothing.
func speaks(q question, c candidate) bool {
	text, toks := c.st.sentences[c.i], c.st.toks[c.i]
	quoted := quotedRanges(text)
	for k, con := range q.concepts {
		if con.role != roleName {
			continue
		}
		out := false
		for _, h := range c.st.hits[c.i] {
			if h.concept == k && !inRanges(toks[h.start].start, quoted) {
				out = true
			}
		}
		if !out && !(c.st.pronoun[c.i] && c.st.actorIs(con)) {
			return false
		}
	}
	return true
}

func inRanges(at int, rs [][2]int) bool {
	for _, r := range rs {
		if at >= r[0] && at < r[1] {
			return true
		}
	}
	return false
}

// pickQuotes takes the best sentence and those scoring close to it, at most
// maxQuotes and maxPerSource from one article, without repeats.
func pickQuotes(sorted []candidate) []Quote {
	var out []Quote
	seen := map[string]bool{}
	per := map[int64]int{}
	for _, c := range sorted {
		if len(out) == maxQuotes || c.score < closeEnough*sorted[0].score {
			break
		}
		key := strings.Join(words(c.st.toks[c.i]), " ")
		if seen[key] || per[c.st.art.ID] == maxPerSource {
			continue
		}
		seen[key] = true
		per[c.st.art.ID]++
		out = append(out, Quote{Sentence: c.st.sentences[c.i], Span: c.span.text, Article: c.st.art})
	}
	return out
}

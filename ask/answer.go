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
// concepts it names, or its story names around it), plus how close its
// answer stands to the words it shares with the question.
const (
	bm25K1        = 1.2
	bm25B         = 0.3  // sentences vary less in length than documents
	verbWeight    = 0.5  // a common verb counts half a noun
	countedWeight = 2    // what a figure asked for counts or measures counts twice
	nounContext   = 0.8  // a common word the story says around a sentence counts this share of a name
	minCoverage   = 0.34 // below it a sentence is not read for an answer
	proxWeight    = 0.3  // for an answer beside the question's words
	leadBonus     = 0.05 // for the lead of its story
	memoryBonus   = 0.1  // for a sentence of a story the chat was just briefed on
	closeEnough   = 0.85 // quotes beyond the best score at least this share of it
	maxQuotes     = 3
	maxPerSource  = 2
	maxReads      = 24  // the best sentences by coverage whose answers are read
	loneConcept   = 0.3 // the closeness of a sentence that names one concept
)

// minScore is the "I don't know" threshold: the best sentence must score
// at least this. It is chosen on the dev split of the question set (see
// ask/eval): of the thresholds that keep "don't know" accuracy at 90% or
// more, the one with the best harmonic mean of the answerable and "don't
// know" accuracies.
var minScore = 0.5

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
		if c, ok := answerIn(q, c); ok && c.score >= minScore {
			kept = append(kept, c)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].score > kept[j].score })
	return pickQuotes(kept)
}

// weights are the BM25 weights of a question's concepts over the
// candidate sentences: a concept few sentences name counts more.
type weights struct {
	idf    []float64
	total  float64
	avgLen float64
}

func newWeights(q question, stories []*story) weights {
	w := weights{idf: make([]float64, len(q.concepts))}
	df := make([]int, len(q.concepts))
	n, words := 0, 0
	for _, st := range stories {
		for i, hs := range st.hits {
			n++
			words += len(st.toks[i])
			seen := map[int]bool{}
			for _, h := range hs {
				if !seen[h.concept] {
					seen[h.concept] = true
					df[h.concept]++
				}
			}
		}
	}
	if n > 0 {
		w.avgLen = float64(words) / float64(n)
	}
	for i, c := range q.concepts {
		d := float64(max(df[i], 1)) // a word no sentence holds weighs as one that one does
		w.idf[i] = math.Log(1+(float64(n)-d+0.5)/(d+0.5)) * roleWeight(c.role)
		if c.word == q.counted {
			w.idf[i] *= countedWeight
		}
		w.total += w.idf[i]
	}
	return w
}

func roleWeight(r role) float64 {
	if r == roleVerb {
		return verbWeight
	}
	return 1
}

// cover rates how much of q sentence i of st says, with its story around
// it; ok is false for a sentence that cannot answer: one that names none
// of the question's nouns and names, or whose story lacks a name the
// question gives, or that lacks its figure or the measure it asks for.
func (w weights) cover(q question, st *story, i int) (candidate, bool) {
	tf := make([]int, len(q.concepts))
	for _, h := range st.hits[i] {
		tf[h.concept]++
	}
	norm := 1 - bm25B + bm25B*float64(len(st.toks[i]))/max(w.avgLen, 1)
	var got float64
	named := false
	for k, c := range q.concepts {
		v := 0.0
		switch {
		case tf[k] > 0:
			f := float64(tf[k])
			v = min(f*(bm25K1+1)/(f+bm25K1*norm)/((bm25K1+1)/(1+bm25K1)), 1)
			named = named || c.role != roleVerb
		case c.month > 0 && st.saysMonth(i, c.month):
			v = 1
		case c.role == roleName && st.pronoun[i] && st.actorIs(c):
			v, named = inPronoun, true
		case c.role == roleName:
			if st.context[k] >= inHeadline {
				v = inHeadline
			}
		default:
			v = st.context[k] * nounContext
		}
		switch {
		case c.role == roleName && v == 0,
			c.role == roleNumber && tf[k] == 0 && v < inHeadline,
			c.must && tf[k] == 0:
			return candidate{}, false
		}
		got += w.idf[k] * v
	}
	if !named || w.total == 0 || got/w.total < minCoverage {
		return candidate{}, false
	}
	return candidate{st: st, i: i, cover: got / w.total}, true
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
		prox = best
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

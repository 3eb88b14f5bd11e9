package ask

import (
	"math"
	"strings"
	"unicode"

	"briefbot/summarize"
)

// reading is one candidate sentence read for its answer.
type reading struct {
	q      question
	text   string
	toks   []token
	hits   []hit
	code   string
	ents   []summarize.Entity
	found  []span // see spans
	aside  []int  // by token: the number of the aside set off by commas it is in, from 1; 0 outside (see asides)
	clause []int  // by token: the number of its clause, -1 in an aside (see clauses)
}

func newReading(q question, c candidate) *reading {
	r := &reading{q: q, text: c.st.sentences[c.i], toks: c.st.toks[c.i], hits: c.st.hits[c.i], code: c.st.lang()}
	if q.typ.kind == kindWho || q.typ.kind == kindWhere || q.names() {
		r.ents = summarize.Entities(r.text, r.code)
	}
	return r
}

// spans are the sentence's stretches of the type asked for, read once.
func (r *reading) spans() []span {
	if r.found == nil {
		r.found = answerSpans(r.q, r.text, r.toks, r.ents)
	}
	return r.found
}

// rate tells how close a span stands to the words the sentence shares
// with the question (see proximity), times how well its kind fits; ok is
// false for a span that is no answer: one that names what the question
// names, a figure or a date in a clause that shares none of its words,
// one that someone else's name or another place governs, a figure that
// counts something else.
func (r *reading) rate(s span) (float64, bool) {
	if r.namesQuestion(s) {
		return 0, false
	}
	figure := r.q.typ.kind == kindNumber || r.q.typ.kind == kindWhen
	if figure && (!r.sharesClause(s) || r.someoneElses(s) || r.elsewhere(s)) {
		return 0, false
	}
	weight := s.weight
	if weight == 0 {
		weight = 1
	}
	if r.q.counted != "" {
		if ch := r.hitsOf(r.q.counted); len(ch) > 0 {
			p := r.counts(s, ch)
			return p * weight, p > 0
		}
		if !countNouns[r.q.counted] && r.countsOther(s) {
			return 0, false
		}
	}
	if r.q.passive {
		return r.proximity(s, r.hits, 0, 3) * weight, true // who was called up: after the verb
	}
	return r.proximity(s, r.hits, 0, 0) * weight, true
}

// counts tells how well a figure counts the noun a count question counts,
// which the sentence names at hs: 1 when it stands just before it
// ("30,000 passengers"), listFigure when it follows such a figure in its
// clause ("4,300 jobs in France, 3,700 in Germany"), trailingFigure just
// after it and a link ("le nombre de naissances à 63 500"), 0 when it counts
// something else ("100 flights … stranding passengers in 119 airports").
func (r *reading) counts(s span, hs []hit) float64 {
	heads := func(f span) bool {
		for _, h := range hs {
			if h.start >= f.end && h.start-f.end <= 2 {
				return true
			}
		}
		return false
	}
	if heads(s) {
		return 1
	}
	clause := r.clauses()
	for _, f := range r.spans() {
		if f.end <= s.start && clause[f.start] == clause[s.start] && heads(f) {
			return listFigure
		}
	}
	for _, h := range hs {
		if h.end <= s.start && s.start-h.end <= 2 && s.start-h.end >= 1 && linkWords[r.toks[s.start-1].word] {
			return trailingFigure
		}
	}
	return 0
}

// countsOther reports whether a figure counts a noun of its own that is
// not the one asked for: "how many nurses joined?" is not answered by
// "45 drivers joined" when the sentence names no nurse. A figure alone
// ("the toll rose to 281"), or before a word that counts anyone ("281
// people"), may still answer.
func (r *reading) countsOther(s span) bool {
	at := s.end
	for at < len(r.toks) && (magnitudeWords[r.toks[at].word] || countFillers[r.toks[at].word]) && r.adjoins(at) {
		at++
	}
	if at >= len(r.toks) || !r.adjoins(at) {
		return false
	}
	t := r.toks[at]
	return !t.capital && isWordOnly(t.word) && len(t.word) > 2 && !countNouns[t.word] &&
		!questionStopwords[t.word] && !auxiliaries[t.word] && !prepositions[t.word]
}

// adjoins reports whether token at follows the one before it with only
// spaces between: "45 drivers", not "45, drivers said".
func (r *reading) adjoins(at int) bool {
	return at > 0 && strings.TrimSpace(r.text[r.toks[at-1].end:r.toks[at].start]) == ""
}

// isWordOnly reports whether w is letters only.
func isWordOnly(w string) bool {
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return w != ""
}

// countFillers stand between a figure and what it counts: "45 more
// drivers", "300 autres bus".
var countFillers = set(`more fewer other additional further extra new autres nouveaux nouvelles`)

// linkWords give the figure of a noun after it: "naissances à 63 500",
// "passengers rose to 30,000".
var linkWords = set(`to at of is was were are totalled totaled reached a de est sont etait atteint`)

// How much a figure counts a noun it does not stand just before.
const (
	listFigure     = 0.8 // in a list after a figure that does
	trailingFigure = 0.6 // just after the noun and a link word
)

// withNoun adds to a count the noun it counts, when the noun follows it:
// "64 vols".
func (r *reading) withNoun(s span) span {
	if r.q.counted == "" {
		return s
	}
	for _, h := range r.hitsOf(r.q.counted) {
		if h.start == s.end && strings.HasSuffix(r.text[:r.toks[s.end-1].end], s.text) {
			s.text += r.text[r.toks[s.end-1].end:r.toks[h.end-1].end]
			s.end = h.end
			return s
		}
	}
	return s
}

// elsewhere reports whether the figure or date of a span is another
// place's than the one the question asks about: between the commas around
// it the sentence names a place in another country ("4,300 jobs in
// France, 3,700 in Germany" answers for Germany with 3,700).
func (r *reading) elsewhere(s span) bool {
	asked := map[string]bool{}
	for _, c := range r.q.concepts {
		if c.role == roleName && c.country != "" {
			asked[c.country] = true
		}
	}
	if len(asked) == 0 {
		return false
	}
	from, to := r.segment(s)
	for _, e := range r.ents {
		es, ok := tokenSpan(r.toks, e.Start, e.End)
		if !ok || e.Kind != summarize.Place || es.start < from || es.end > to || r.namesQuestion(es) {
			continue
		}
		if code := countryOf(e.Text); code != "" && !asked[code] {
			return true
		}
	}
	return false
}

// listWords join the last items of a list.
var listWords = set(`and or et ou`)

// segment is the stretch of tokens between the commas around a span, or
// the "and" of a list.
func (r *reading) segment(s span) (from, to int) {
	comma := func(k int) bool { return commaBefore(r.text, r.toks, k) || listWords[r.toks[k].word] }
	from, to = s.start, s.end
	for from > 0 && !comma(from) {
		from--
	}
	for to < len(r.toks) && !comma(to) {
		to++
	}
	return from, to
}

// proximity is 1 for an answer beside a word the sentence shares with the
// question, less the further it stands, the asides between not counted
// ("Ashworth Rovers, a club promoted two seasons ago, won …"); 0 when it
// shares none. A word before the answer counts as before words further,
// one after it as after words further.
func (r *reading) proximity(s span, hs []hit, before, after int) float64 {
	r.asides()
	d := math.MaxInt
	for _, h := range hs {
		switch {
		case h.start >= s.end:
			d = min(d, r.between(s.end, h.start)+after)
		case h.end <= s.start:
			d = min(d, r.between(h.end, s.start)+before)
		}
	}
	if d == math.MaxInt {
		return 0
	}
	return 1 / (1 + float64(d)/3)
}

// between counts the tokens [from, to) outside the asides that hold
// neither the token before from nor the token at to.
func (r *reading) between(from, to int) int {
	mine := map[int]bool{0: true}
	if from > 0 {
		mine[r.aside[from-1]] = true
	}
	if to < len(r.aside) {
		mine[r.aside[to]] = true
	}
	n := 0
	for k := from; k < to; k++ {
		if mine[r.aside[k]] {
			n++
		}
	}
	return n
}

// namesQuestion reports whether a span names what the question names: a
// name of the question, in any language, or only the question's words.
func (r *reading) namesQuestion(s span) bool {
	covered := make([]bool, s.end-s.start)
	for _, h := range r.hits {
		for k := max(h.start, s.start); k < min(h.end, s.end); k++ {
			if r.q.concepts[h.concept].role == roleName {
				return true
			}
			covered[k-s.start] = true
		}
	}
	for _, c := range covered {
		if !c {
			return false
		}
	}
	return true
}

// hitsOf are the hits of the concept whose word is w.
func (r *reading) hitsOf(w string) []hit {
	var out []hit
	for _, h := range r.hits {
		if r.q.concepts[h.concept].word == w {
			out = append(out, h)
		}
	}
	return out
}

// sharesClause reports whether a span stands in the same clause as a
// word the sentence shares with the question: in "With Vickery sidelined
// for at least six weeks and Julian White out with a neck injury", the
// six weeks are Vickery's.
func (r *reading) sharesClause(s span) bool {
	clause := r.clauses()
	for _, h := range r.hits {
		if clause[h.start] == clause[s.start] && (h.start < s.start || h.start >= s.end) {
			return true
		}
	}
	return false
}

// someoneElses reports whether the figure or date of a span is another
// person's than the one the question asks about: the nearest person
// named before it in its clause, past the asides, is one the question
// does not name ("Hong Joon-Pyo a remporté 24 %").
func (r *reading) someoneElses(s span) bool {
	if !r.q.asksOfActor() {
		return false
	}
	clause := r.clauses()
	for i := len(r.ents) - 1; i >= 0; i-- {
		e := r.ents[i]
		es, ok := tokenSpan(r.toks, e.Start, e.End)
		if !ok || es.end > s.start || e.Kind != summarize.Person || clause[es.start] < 0 {
			continue
		}
		if clause[es.start] != clause[s.start] {
			return false
		}
		for k := es.end; k < s.start; k++ {
			if isSayVerb(r.toks[k].word) {
				return false // the speaker of what the sentence reports
			}
		}
		return !r.namesQuestion(es)
	}
	return false
}

// names reports whether the question gives a name.
func (q question) names() bool {
	for _, c := range q.concepts {
		if c.role == roleName {
			return true
		}
	}
	return false
}

// asksOfActor reports whether the question names a person or an
// organisation: a name that is no place.
func (q question) asksOfActor() bool {
	for _, c := range q.concepts {
		if c.role == roleName && !c.place {
			return true
		}
	}
	return false
}

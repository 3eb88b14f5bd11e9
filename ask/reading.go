package ask

import (
	"math"

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
	aside  []int // by token: the number of the aside set off by commas it is in, from 1; 0 outside (see asides)
	clause []int // by token: the number of its clause, -1 in an aside (see clauses)
}

func newReading(q question, c candidate) *reading {
	r := &reading{q: q, text: c.st.sentences[c.i], toks: c.st.toks[c.i], hits: c.st.hits[c.i], code: c.st.lang()}
	if q.typ.kind == kindWho || q.typ.kind == kindWhere || q.asksOfActor() {
		r.ents = summarize.Entities(r.text, r.code)
	}
	return r
}

// spans are the sentence's stretches of the type asked for.
func (r *reading) spans() []span {
	return answerSpans(r.q, r.text, r.toks, r.ents)
}

// rate tells how close a span stands to the words the sentence shares
// with the question (see proximity); ok is false for a span that is no
// answer: one that names what the question names, a figure or a date in
// a clause that shares none of its words, or one that someone else's
// name governs.
func (r *reading) rate(s span) (float64, bool) {
	if r.namesQuestion(s) {
		return 0, false
	}
	figure := r.q.typ.kind == kindNumber || r.q.typ.kind == kindWhen
	if figure && (!r.sharesClause(s) || r.someoneElses(s)) {
		return 0, false
	}
	if r.q.counted != "" {
		if ch := r.hitsOf(r.q.counted); len(ch) > 0 {
			return r.countProximity(s, ch), true
		}
	}
	return r.proximity(s, r.hits), true
}

// countProximity is the proximity of a count to the noun it counts, which
// follows it ("30,000 passengers", "64 vols"): a noun before it counts as
// three words further ("passengers in as many as 119 airports").
func (r *reading) countProximity(s span, hs []hit) float64 {
	r.asides()
	d := math.MaxInt
	for _, h := range hs {
		switch {
		case h.start >= s.end:
			d = min(d, r.between(s.end, h.start))
		case h.end <= s.start:
			d = min(d, r.between(h.end, s.start)+3)
		}
	}
	if d == math.MaxInt {
		return 0
	}
	return 1 / (1 + float64(d)/3)
}

// proximity is 1 for an answer beside a word the sentence shares with the
// question, less the further it stands, the asides between not counted
// ("Ashworth Rovers, a club promoted two seasons ago, won …"); 0 when it
// shares none.
func (r *reading) proximity(s span, hs []hit) float64 {
	r.asides()
	d := math.MaxInt
	for _, h := range hs {
		switch {
		case h.end <= s.start:
			d = min(d, r.between(h.end, s.start))
		case h.start >= s.end:
			d = min(d, r.between(s.end, h.start))
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

// clauses numbers the clauses of the sentence, by token (see
// clauseBreak); an aside is no clause of its own and breaks none: in
// "Jimmy Vicaut, qui courait entre Bolt et Gatlin, termine 7e", Vicaut
// finishes 7th.
func (r *reading) clauses() []int {
	if r.clause != nil {
		return r.clause
	}
	r.clause = make([]int, len(r.toks))
	aside := r.asides()
	n := 0
	for k := range r.toks {
		if k > 0 && aside[k] == 0 && clauseBreak(r.text, r.toks, k) {
			n++
		}
		r.clause[k] = n
		if aside[k] != 0 {
			r.clause[k] = -1
		}
	}
	return r.clause
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

// asides marks the sentence's asides, once.
func (r *reading) asides() []int {
	if r.aside == nil {
		r.aside = asides(r.text, r.toks, r.ents)
	}
	return r.aside
}

// asides numbers the asides a sentence sets off by commas, by token, from
// 1 (0 outside): a relative clause (", qui courait entre Bolt et
// Gatlin,") or a few words in apposition to a name ("Nicholas Negroponte,
// chairman of MIT's Media Labs, says").
func asides(text string, toks []token, ents []summarize.Entity) []int {
	out := make([]int, len(toks))
	var commas []int // tokens after a comma
	for k := 1; k < len(toks); k++ {
		if containsComma(text[toks[k-1].end:toks[k].start]) {
			commas = append(commas, k)
		}
	}
	n := 0
	for i := 0; i+1 < len(commas); i++ {
		from, to := commas[i], commas[i+1]
		if to-from > maxAside || out[from-1] != 0 {
			continue
		}
		if relatives[toks[from].word] || endsEntity(toks[from-1], ents) {
			n++
			for k := from; k < to; k++ {
				out[k] = n
			}
		}
	}
	return out
}

// maxAside is the most words an aside has.
const maxAside = 12

// endsEntity reports whether a name ends with token t.
func endsEntity(t token, ents []summarize.Entity) bool {
	for _, e := range ents {
		if e.End == t.end {
			return true
		}
	}
	return false
}

func containsComma(gap string) bool {
	for _, r := range gap {
		if r == ',' {
			return true
		}
	}
	return false
}

// relatives open a relative clause.
var relatives = set(`who which whose whom where qui que dont ou lequel laquelle`)

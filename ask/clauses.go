package ask

import (
	"strings"

	"briefbot/summarize"
)

// clauses numbers the clauses of the sentence, by token (see
// clauseBreak), from 0; an aside is a clause of its own, numbered below 0,
// that breaks none: in "Jimmy Vicaut, qui courait entre Bolt et Gatlin,
// termine 7e", Vicaut finishes 7th.
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
			r.clause[k] = -aside[k]
		}
	}
	return r.clause
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
		if commaBefore(text, toks, k) {
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

// commaBefore reports whether a comma comes before token k, one that is
// not inside a number ("4,300").
func commaBefore(text string, toks []token, k int) bool {
	gap := text[toks[k-1].end:toks[k].start]
	return strings.ContainsRune(gap, ',') && !(gap == "," && isNumber(toks[k-1].word) && isNumber(toks[k].word))
}

// maxAside is the most words an aside has.
const maxAside = 12

// endsEntity reports whether the name of a person or an organisation
// ends with token t.
func endsEntity(t token, ents []summarize.Entity) bool {
	for _, e := range ents {
		if e.End == t.end && e.Kind != summarize.Place {
			return true
		}
	}
	return false
}

// relatives open a relative clause.
var relatives = set(`who which whose whom where qui que dont ou lequel laquelle`)

// clauseEnd is the end of the clause that token i is in (see clauseBreak).
func clauseEnd(text string, toks []token, i int) int {
	for j := i + 1; j < len(toks); j++ {
		if clauseBreak(text, toks, j) {
			return j
		}
	}
	return len(toks)
}

// clauseBreak reports whether a clause with a subject of its own starts
// at token j: after a semicolon, or at a conjunction before a name or
// after a comma ("… six weeks and Julian White out …", "…, while …").
func clauseBreak(text string, toks []token, j int) bool {
	gap := text[toks[j-1].end:toks[j].start]
	if strings.ContainsRune(gap, ';') {
		return true
	}
	if !conjunctions[toks[j].word] {
		return false
	}
	return commaBefore(text, toks, j) || j+1 < len(toks) && toks[j+1].capital
}

// conjunctions may join two clauses with subjects of their own.
var conjunctions = set(`and but while whereas et mais tandis alors`)

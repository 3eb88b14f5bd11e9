package ask

import (
	"strings"

	"briefbot/lang"
)

// acrossLanguages carries the concepts of a question into every language
// through the news lexicon (see lang.ScanConcepts): "earthquake" finds
// "séisme" and "tremblement de terre", "White House" "Maison-Blanche". A
// phrase of the lexicon made of several of the question's words ("death
// toll", "prime minister") becomes one concept. A word of several senses
// takes the one the question's other words point to (lang.SenseOf).
func acrossLanguages(cs []concept, toks []token, measure string) []concept {
	ws := words(toks)
	spans := lang.ScanConcepts(ws)
	context := lang.Domains(spans)
	for _, sp := range spans {
		phrase := strings.Join(ws[sp.Start:sp.End], " ")
		lc, ok := lang.SenseOf(phrase, context)
		if !ok || phrase == measure {
			continue
		}
		in := conceptsWithin(cs, sp.Start, sp.End)
		if len(in) == 0 {
			continue
		}
		if len(in) > 1 && bare(cs, in[1:]) {
			cs = mergeConcepts(cs, in, phrase)
		}
		cs[in[0]].alts = appendTerms(cs[in[0]].alts, lc)
		cs[in[0]].senses = append(cs[in[0]].senses, lc)
		for _, id := range entails[lc.ID] {
			if e, ok := lang.FindConcept(id); ok {
				cs[in[0]].alts = appendTerms(cs[in[0]].alts, e)
				cs[in[0]].senses = append(cs[in[0]].senses, e)
			}
		}
	}
	return cs
}

// entails lists, for a concept of the lexicon, the concepts whose words
// say it too: a sentence that says 281 were killed says 281 died.
var entails = map[string][]string{
	"event.death": {"event.kill"},
}

// conceptsWithin lists the indexes of the concepts read from the
// question's tokens [from, to).
func conceptsWithin(cs []concept, from, to int) []int {
	var out []int
	for i, c := range cs {
		if c.from >= from && c.to <= to {
			out = append(out, i)
		}
	}
	return out
}

// bare reports whether the concepts at in have no words but their own:
// "toll" of "death toll" is one word of a phrase, "hit" of "earthquake
// hit" a verb of its own.
func bare(cs []concept, in []int) bool {
	for _, i := range in {
		if len(cs[i].alts) > 1 {
			return false
		}
	}
	return true
}

// mergeConcepts makes one concept of the concepts at in, which a phrase of
// the lexicon covers: the first takes the phrase, a name's role if one is
// a name, and the others' words; the others go.
func mergeConcepts(cs []concept, in []int, phrase string) []concept {
	first := &cs[in[0]]
	first.word = phrase
	first.alts = append([]string{phrase}, first.alts[1:]...)
	drop := map[int]bool{}
	for _, i := range in[1:] {
		if cs[i].role == roleName {
			first.role = roleName
		}
		first.to = max(first.to, cs[i].to)
		drop[i] = true
	}
	if first.role == roleVerb {
		first.role = roleNoun
	}
	out := cs[:0]
	for i, c := range cs {
		if !drop[i] {
			out = append(out, c)
		}
	}
	return out
}

// appendTerms adds the words and phrases of a concept of the lexicon, in
// every language, to alts.
func appendTerms(alts []string, c *lang.Concept) []string {
	seen := map[string]bool{}
	for _, a := range alts {
		seen[a] = true
	}
	for _, code := range c.Languages() {
		for _, t := range c.Terms(code) {
			if !seen[t] {
				seen[t] = true
				alts = append(alts, t)
			}
		}
	}
	return alts
}

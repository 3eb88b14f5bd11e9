package summarize

import (
	"slices"
	"strings"
	"unicode"

	"briefbot/geo"
	"briefbot/lang"
)

// A group stands for the actors when the headline and lead name nobody:
// "At least seven people", "five people" (from "five shot"), "driver".

// findGroup reads a counted group or a role in the headline, then the lead.
func findGroup(a *article) string {
	for _, s := range []*sentence{a.title, a.lead} {
		if s == nil {
			continue
		}
		if g := countedGroup(s.toks, a.lang); g != "" {
			return g
		}
	}
	if a.title != nil {
		if g := peopleGroup(a.title.toks); g != "" {
			return g
		}
		return roleGroup(a.title.toks)
	}
	return ""
}

// peopleGroup reads a people named by nationality at the head of a
// headline: "Brits blame …", "Les Français votent …".
func peopleGroup(toks []token) string {
	i := 0
	if i < len(toks) && toks[i].in(inArticleWords) {
		i++
	}
	if i < len(toks) && isPeople(toks[i].text) {
		return sliceText(toks, 0, i)
	}
	return ""
}

// isPeople reports whether w is a capitalised plural demonym: "Brits",
// "Koreans", "Français".
func isPeople(w string) bool {
	if !isCap(w) || !strings.HasSuffix(w, "s") {
		return false
	}
	_, ok := geo.Demonym(w)
	return ok
}

// countedGroup finds "[quantifier] number [adjective] noun" or "number
// killed" in toks.
func countedGroup(toks []token, code string) string {
	for i := range toks {
		j := i + quantifierAt(toks, i)
		if j >= len(toks) || !isCount(toks[j].low) {
			continue
		}
		k := j + 1
		if k < len(toks) && countOf[toks[k].low] {
			k++
		}
		start := i
		if j == i && i > 0 && determiners[toks[i-1].low] && opensSentence(toks, i-1) {
			start = i - 1 // "Des dizaines de morts", "Plusieurs centaines de…" opening the sentence
		}
		for n := 0; n < 2 && k+n < len(toks); n++ {
			if groupNouns[toks[k+n].low] || pluralNoun(toks, k+n) && k+n+1 < len(toks) && casualtyWords[toks[k+n+1].low] {
				if n == 1 && strings.Contains(`"“”«»`, toks[k].text) {
					// a quote closed after the count: '"several hundred" people'
					return capitalizeFirst(sliceText(toks, start, k-1) + " " + toks[k+1].text)
				}
				return capitalizeFirst(sliceText(toks, start, k+n))
			}
		}
		if k < len(toks) && casualtyWords[toks[k].low] {
			return capitalizeFirst(sliceText(toks, start, k-1) + " " + peopleWord(code))
		}
	}
	return ""
}

// peopleWord names a count of people in the language with code code,
// in English when that language has no word for it.
func peopleWord(code string) string {
	if w := lang.For(code).Groups.People; w != "" {
		return w
	}
	return lang.For("en").Groups.People
}

// quantifierAt is the number of tokens of a quantifier at i, or 0: the
// first of quantifierWords that matches there, read among those that
// open with the token's word.
func quantifierAt(toks []token, i int) int {
	for _, q := range quantifiersByFirst[toks[i].low] {
		if matchWords(toks, i, q) {
			return len(q)
		}
	}
	return 0
}

// quantifiersByFirst files quantifierWords by their first word, in their
// order. An empty quantifier matches anywhere with no tokens, as no
// quantifier at all does, so the ones after it are never read and are
// left out.
var quantifiersByFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for _, q := range quantifierWords {
		if len(q) == 0 {
			break
		}
		m[q[0]] = append(m[q[0]], q)
	}
	return m
}()

func splitAll(phrases []string) [][]string {
	out := make([][]string, len(phrases))
	for i, p := range phrases {
		out[i] = strings.Fields(p)
	}
	return out
}

// matchWords reports whether the lower-cased tokens at i are words.
func matchWords(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[i+k].low != w {
			return false
		}
	}
	return true
}

func isCount(w string) bool {
	if _, ok := counted[w]; ok {
		return true
	}
	return groupCounts[w] || isDigits(w)
}

// roleGroup finds a role noun, with the word before it when that is an
// adjective-like lower-case word: "suicide bomber", "driver".
func roleGroup(toks []token) string {
	for i := range toks {
		t := &toks[i]
		if !roleNouns[t.low] {
			continue
		}
		if i > 0 && toks[i-1].isWord() && !toks[i-1].isCap() && !toks[i-1].in(inStopwords) && !toks[i-1].in(inArticleWords) {
			return capitalizeFirst(toks[i-1].low + " " + t.low)
		}
		return capitalizeFirst(t.low)
	}
	return ""
}

// withGroup puts the group first unless a person the headline or lead
// names, and Who holds, leads the actors; a person only a later sentence
// names does not keep "Five people" out.
func withGroup(who []string, actors []*actor, group string, lead *sentence) []string {
	if group == "" {
		return who
	}
	for _, ac := range actors {
		if ac.kind == personActor && ac.best >= leadWeight && (lead == nil || ac.bodyAt <= lead.index || ac.bodyAt == noBody) &&
			slices.ContainsFunc(who, func(w string) bool { return strings.EqualFold(w, ac.display) }) {
			return who // a person the headline or lead names is the actor, not "un homme"
		}
	}
	out := []string{group}
	for _, w := range who {
		if !withinPhrase(w, group) {
			out = append(out, w) // not "Institut Weizmann" after "Des astrophysiciens de l'Institut Weizmann"
		}
	}
	return out[:min(len(out), maxWho)]
}

// withinPhrase reports whether the phrase holds every word of the name.
func withinPhrase(name, phrase string) bool {
	return containsAll(lowerWords(phrase), lowerWords(name))
}

// lowerWords lists the lower-cased words of s, elided articles apart.
func lowerWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(lower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}) {
		out = append(out, w)
	}
	return out
}

// pluralNoun reports whether token k is a lower-case word in a plural form:
// "climbers", "alpinistes", "travailleurs".
func pluralNoun(toks []token, k int) bool {
	t := &toks[k]
	return t.isWord() && !t.isCap() && !t.in(inStopwords) && !pronounPlurals[t.low] && len(t.low) > 3 &&
		(strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "x"))
}

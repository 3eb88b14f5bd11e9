package summarize

import (
	"strings"
	"unicode/utf8"
)

// A described actor is a common noun phrase that says who acts when no
// name does: "un automobiliste", "les parents d'un jihadiste", "taxi
// drivers", and a noun completed by a name that is no place, which names
// the actor through it: "des astrophysiciens de l'Institut Weizmann",
// "l'épidémie de Zika".

// agentPhrase reads from token i of s a noun phrase that names an actor:
// its head names one, or one of its complements is a name that is no
// place (then named is true). It returns the token after the phrase.
func agentPhrase(s *sentence, i int, code string) (end int, named, ok bool) {
	toks := s.toks
	k, head := i, -1
	for n := 0; n < 3 && k < len(toks) && plainWord(toks[k]); n++ {
		if isAgent(toks[k].low, code) {
			head = k
		}
		k++
	}
	agent := head >= 0
	if !agent {
		head = k - 1 // the last plain word: "épidémie"
	}
	if head < i {
		return 0, false, false
	}
	end, named = complements(s, head+1, code)
	return end, named, agent || named
}

// complements reads the complements ("de …") of a noun that ends before
// token k, up to the last one before a verb: "une femme d'une quarantaine
// d'années est décédée". It returns the token after them, and whether one
// of them is a name that is no place.
func complements(s *sentence, k int, code string) (end int, named bool) {
	toks := s.toks
	end = k
	seen := false
	for n := 0; n < maxComplements && k+1 < len(toks) && ofWords[toks[k].low]; n++ {
		j := skipArticles(toks, k+1)
		isName := false
		if r, ok := runAt(s, j); ok {
			isName, k = lookupPlace(s.span(r)) == nil, r.last+1
		} else if j < len(toks) && (plainWord(toks[j]) || isCap(toks[j].text)) {
			k = j + 1
		} else {
			break
		}
		if seen = seen || isName; verbAt(toks, k, code) {
			end, named = k, seen
		}
	}
	return end, named
}

// skipDeterminers skips the words that open a noun phrase before its
// noun, articles aside: "des", "plusieurs", "several".
func skipDeterminers(toks []token, i int) int {
	for i < len(toks) && (determiners[toks[i].low] || articles[toks[i].low]) {
		i++
	}
	return i
}

// phraseText is the text of tokens start..end-1 of s, capitalised, with an
// elided article joined to its noun as French writes it: "Des
// astrophysiciens de l'Institut Weizmann", where tokenized text has "l'
// Institut".
func phraseText(s *sentence, start, end int) string {
	var b strings.Builder
	b.WriteString(s.text[s.toks[start].start:s.toks[start].end])
	for k := start + 1; k < end; k++ {
		if !elidedArticle(s.toks[k-1].text) {
			b.WriteString(s.text[s.toks[k-1].end:s.toks[k].start])
		}
		b.WriteString(s.toks[k].text)
	}
	return capitalizeFirst(b.String())
}

// elidedArticle reports whether a token is an elided word: "l'", "d’".
func elidedArticle(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	return isApostrophe(r) && len(t) > 1
}

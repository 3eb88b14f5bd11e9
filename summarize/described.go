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
// place (then named is true). It returns the token after the phrase,
// which holds the nationality after its head ("L'armée turque") when a
// verb follows it so.
func agentPhrase(s *sentence, i int, code string) (end int, named, ok bool) {
	if end, named, ok = agentPhraseOf(s, i, code, true); ok && verbAt(s.toks, afterPlace(s, end), code) {
		return end, named, ok
	}
	return agentPhraseOf(s, i, code, false) // a demonym may read as the verb: "L'armée turque entre…"
}

// agentPhraseOf is agentPhrase, with the nationality adjectives after the
// head noun in the phrase when demonyms is true.
func agentPhraseOf(s *sentence, i int, code string, demonyms bool) (end int, named, ok bool) {
	toks := s.toks
	k, head := i, -1
	for n := 0; n < 3 && k < len(toks) && plainWord(&toks[k]); n++ {
		if isAgent(toks[k].low, code) && !qualifierAfter(toks, k, code) || n == 0 && vehicleNouns[toks[k].low] {
			head = k // a vehicle only as the phrase's first noun: "Un avion de ligne", not "Un accident d'avion"
		}
		k++
	}
	agent := head >= 0
	switch {
	case !agent:
		head = k - 1 // the last plain word: "épidémie"
	case head < k-1 && verbAt(toks, k, code) && allQualifiers(toks[head+1:k], code):
		head = k - 1 // the adjectives after it, up to the verb: "Les contrôleurs aériens français ont…"
	}
	if head < i {
		return 0, false, false
	}
	for demonyms && head+1 < len(toks) && !toks[head+1].isCap() && isDemonym(toks[head+1].low) {
		head++ // "L'armée turque", "des chercheurs japonais"
	}
	if agent && head+1 < len(toks) && isAgent(toks[head+1].low, code) {
		return 0, false, false // the noun goes on past the words read: "foreign terrorist suspects"
	}
	end, named = complements(s, head+1, code)
	if !agent && !named {
		return 0, false, false
	}
	if and, ok := coordinated(s, end, code); ok {
		end = and // "divers syndicats et organisations politiques mobilisaient…"
	}
	return end, named, true
}

// coordinated reads the noun phrase joined by "and" at token k to the one
// before it, up to its verb: "et organisations politiques mobilisaient".
// Of the words that may be that verb, one that surely is one wins
// ("politiques" reads as a verb too).
func coordinated(s *sentence, k int, code string) (end int, ok bool) {
	toks := s.toks
	if k >= len(toks) || !andWords[toks[k].low] {
		return 0, false
	}
	j := skipDeterminers(toks, k+1)
	weak := -1
	for m := j + 1; m <= j+3 && m < len(toks) && plainWord(&toks[m-1]); m++ {
		switch {
		case surelyVerb(toks[m].low, code):
			return m, true
		case weak < 0 && verbAt(toks, m, code):
			weak = m
		}
	}
	return weak, weak >= 0
}

// surelyVerb reports whether a lower-case word can only be a verb: an
// auxiliary, a past form, or a verb's ending no noun has ("mobilisaient",
// "derailed").
func surelyVerb(w, code string) bool {
	if auxiliaries[w] || pastForms[w] || marksVerb(w) {
		return true
	}
	ends := []string{"ed"}
	if code == "fr" {
		ends = []string{"aient", "ait"}
	}
	for _, e := range ends {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// complements reads the complements ("de …") of a noun that ends before
// token k, up to the last one before a verb: "une femme d'une quarantaine
// d'années est décédée". It returns the token after them, and whether one
// of them is a name that is no place.
func complements(s *sentence, k int, code string) (end int, named bool) {
	toks := s.toks
	end = k
	seen := false
	for n := 0; n < maxComplements && k+1 < len(toks) && toks[k].in(inOfWords); n++ {
		j := skipArticles(toks, k+1)
		isName := false
		if r, ok := runAt(s, j); ok {
			isName, k = !placeLike(s, r), r.last+1
		} else if j < len(toks) && (plainWord(&toks[j]) || toks[j].isCap()) {
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
// noun, articles aside: "des", "plusieurs", "several", and a count with
// its "of": "dozens of", "des dizaines de".
func skipDeterminers(toks []token, i int) int {
	for i < len(toks) {
		switch {
		case determiners[toks[i].low] || toks[i].in(inArticles):
			i++
		case groupCounts[toks[i].low] && i+1 < len(toks) && countOf[toks[i+1].low]:
			i += 2
		case isDigits(toks[i].text) || numberWords[toks[i].low]:
			i++ // a count: "Deux skieurs hors-piste"
		default:
			return i
		}
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

// Phrases of time, place or circumstance a lead opens on before its
// subject, each set off by a comma: "Après avoir connu quelques années
// florissantes, avec un taux de croissance de 4,5 %, le Burundi voit…".
const (
	maxAdverbials      = 3  // how many such phrases a lead may open on
	maxAdverbialTokens = 20 // the most tokens of one
)

// afterAdverbials is the first token of a sentence's clause after the
// phrases of circumstance that open it at start.
func afterAdverbials(toks []token, start int) int {
	for n := 0; n < maxAdverbials && start < len(toks) && opensCircumstance(toks, start); n++ {
		comma := -1
		for k := start + 1; k < len(toks) && k <= start+maxAdverbialTokens; k++ {
			if toks[k].text == "," {
				comma = k
				break
			}
		}
		if comma < 0 || len(toks)-comma-1 < 3 {
			break
		}
		start = comma + 1
	}
	return start
}

// opensCircumstance reports whether token i opens a phrase of time, place
// or circumstance: a preposition that is no "of", a subordinator, a
// weekday, "ce" of "ce mardi" (but not "le" of "le Malawi").
func opensCircumstance(toks []token, i int) bool {
	w := toks[i].low
	if dayArticles[w] {
		return i+1 < len(toks) && (weekdayWord(toks[i+1].low) || isDigits(toks[i+1].text) || isMonth(toks[i+1].low))
	}
	return !ofWords[w] && (locatives[w] || subordinators[w] || causeBreaks[w] || clauseBreaks[w] ||
		subjectBreaks[w] || weekdayWord(w))
}

func isMonth(w string) bool {
	_, ok := lookupMonth(w)
	return ok
}

// afterPlace is the token after the place a locative names at k, where a
// subject's phrase may say where its actor is before the verb ("Dozens of
// rescuers in China are trying…"); k when no place is named there.
func afterPlace(s *sentence, k int) int {
	if k >= len(s.toks) || !s.toks[k].in(inLocatives) {
		return k
	}
	if r, ok := runAt(s, skipArticles(s.toks, k+1)); ok && placeLike(s, r) {
		return r.last + 1
	}
	return k
}

// placeLike reports whether a name run reads as a place: the gazetteer
// knows it, or it is a compass point ("une grande partie de l'Est").
func placeLike(s *sentence, r nameRun) bool {
	return lookupPlace(s.span(r)) != nil || len(r.words) == 1 && frenchWords.Names.CompassPoints[r.words[0]]
}

// maxApposition is the most tokens of a description set off by commas
// between a subject and its verb.
const maxApposition = 20

// afterApposition skips, from the comma at k, the description set off by
// commas after a subject when a verb follows it: "Michael Flynn, le
// conseiller à la sécurité nationale, vient de démissionner". It returns
// the token after the closing comma, for the caller to check the verb
// there, or k when no comma closes a description.
func afterApposition(toks []token, k int) int {
	if k >= len(toks) || toks[k].text != "," {
		return k
	}
	for j := k + 2; j < len(toks) && j <= k+maxApposition; j++ {
		if toks[j].text == "," {
			return j + 1
		}
	}
	return k
}

// fuller reports whether the phrase a holds every word of b but its
// articles, and more: it describes the same actor more fully.
func fuller(a, b string) bool {
	wa, wb := contentWords(a), contentWords(b)
	return len(wb) > 0 && len(wa) > len(wb) && containsAll(wa, wb)
}

// contentWords are the lower-cased words of s, articles left out.
func contentWords(s string) []string {
	var out []string
	for _, w := range lowerWords(s) {
		if !articles[w] && !articles[w+"'"] {
			out = append(out, w)
		}
	}
	return out
}

// allQualifiers reports whether every one of toks is a word that
// qualifies the noun before it and names no actor of its own: a
// nationality, or an adjective with an agent's ending ("aériens",
// "nucléaire"), and none can only be a verb.
func allQualifiers(toks []token, code string) bool {
	for i := range toks {
		w := toks[i].low
		if surelyVerb(w, code) || !notAgents[w] && !isDemonym(w) {
			return false
		}
	}
	return true
}

// qualifierAfter reports whether the word at k qualifies the noun after
// it rather than naming an actor, though it ends as agents do: a
// nationality before its noun, as English writes it ("Two Nigerian
// banks").
func qualifierAfter(toks []token, k int, code string) bool {
	return code == "en" && k+1 < len(toks) && plainWord(&toks[k+1]) && !toks[k+1].isCap() && isDemonym(toks[k].low)
}

package summarize

import (
	"strings"

	"briefbot/lang"
)

// The rules of this file hold for French only.
//
// French writes organisation names with lower-case words after a
// capitalised head ("Conseil de sécurité", "Banque centrale européenne") or
// even with a lower-case head ("ministère des Affaires étrangères"); these
// functions let the name scanner read them whole. French also names
// regions by a compass point after "du" ("Asie du Sud-Est").

// nounAfterJoiner accepts a lower-case noun after the joiners that follow
// a capitalised organisation word ("Conseil de sécurité"), or that follow
// such a noun in turn ("Conseil des droits de l'homme").
func (sc *runScanner) nounAfterJoiner(k int) bool {
	t, w := sc.toks[k].text, sc.toks[k].low
	if isCap(t) || stopwords[w] || reportingVerbs[w] || infinitiveAfterDe(sc.toks, k) {
		return false
	}
	for j := k - 1; j >= 0 && sc.toks[j].in(inJoiners); j-- {
		if j == 0 {
			return false
		}
		if before := sc.toks[j-1]; before.isCap() && before.in(inOrgWords) ||
			!before.isCap() && before.isWord() && !before.in(inJoiners) && j > 1 && sc.toks[j-2].in(inJoiners) && sc.nounAfterJoiner(j-1) {
			return true
		}
	}
	return false
}

// lowerOrgWord accepts a lower-case adjective inside a French organisation
// name ("Banque centrale européenne") or a noun after a joiner.
func (sc *runScanner) lowerOrgWord(k int) bool {
	t, w := sc.toks[k].text, sc.toks[k].low
	if !isWord(t) || isCap(t) {
		return false
	}
	if k > 0 && sc.toks[k-1].in(inJoiners) {
		return !stopwords[w] && !reportingVerbs[w]
	}
	return frenchAdjective(w) && !reportingVerbs[w]
}

// frenchWords is the lexicon these rules read.
var frenchWords = lang.For("fr")

// frenchAdjective reports whether w looks like an adjective inside a
// French organisation name: one of the short ones, or one of the usual
// endings ("centrale", "européenne").
func frenchAdjective(w string) bool {
	if frenchWords.Names.OrgAdjectives[w] {
		return true
	}
	for _, e := range frenchWords.Names.AdjectiveEnds {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// ministryPhrase reads "ministère [adjectives] des Affaires étrangères" as
// one organisation name; it returns the index after the phrase, or i+1
// when no portfolio follows.
func (sc *runScanner) ministryPhrase(i int) (nameRun, int) {
	k := i + 1
	for n := 0; n < 2 && k < len(sc.toks) && sc.toks[k].isWord() && !sc.toks[k].isCap() && !sc.toks[k].in(inJoiners); n++ {
		k++
	}
	if k >= len(sc.toks) || !sc.toks[k].in(inJoiners) {
		return nameRun{}, i + 1
	}
	for k < len(sc.toks) && sc.toks[k].in(inJoiners) {
		k++
	}
	last := k - 1
	for k < len(sc.toks) && (sc.toks[k].isCap() || sc.toks[k].in(inPortfolios)) {
		last, k = k, k+1
	}
	if last < i+2 || !sc.toks[last].isCap() && !sc.toks[last].in(inPortfolios) {
		return nameRun{}, i + 1
	}
	r := nameRun{first: i, last: last, orgPhrase: true}
	r.words = sc.words(i, last)
	return r, last + 1
}

// frenchRegion reports whether a name ends on a compass point after "du"
// or "de l'", as French names regions: "Asie du Sud-Est", "Hwanghae du
// Sud". last is the name's last word in lower case.
func frenchRegion(last, display string) bool {
	if !frenchWords.Names.CompassPoints[last] {
		return false
	}
	low := strings.ToLower(display)
	return strings.HasSuffix(low, " du "+last) || strings.HasSuffix(low, " de l'"+last) || strings.HasSuffix(low, " de l’"+last)
}

// compassOfPlace reports whether a name is a compass point of a place, as
// French writes a part of a country: "Nord de l'Italie", "Sud du Liban",
// "Est de la France". first is the name's first word in lower case.
func compassOfPlace(first, display string) bool {
	if !frenchWords.Names.CompassPoints[first] {
		return false
	}
	rest := display[min(len(display), len(first)):]
	for _, of := range []string{" de l'", " de l’", " de la ", " du ", " des ", " de "} {
		if place, ok := strings.CutPrefix(rest, of); ok {
			return lookupPlace(place) != nil
		}
	}
	return false
}

// infinitiveAfterDe reports whether the word at k, right after "de" or
// "d'" with no article, reads as an infinitive, which a name does not go
// on with: "l'Élysée de tenir un cabinet noir". Nouns with an
// infinitive's ending ("Conseil de quartier") and short words ("chemin
// de fer") are not read so. The endings are the French lexicon's.
func infinitiveAfterDe(toks []token, k int) bool {
	if k == 0 || !toks[k-1].in(inOfWords) {
		return false
	}
	w := toks[k].low
	return len(w) > 4 && hasAnySuffix(w, frenchWords.Clauses.InfinitiveEnds) && !hasAnySuffix(w, frenchWords.Clauses.NounEnds)
}

// hasAnySuffix reports whether w ends with one of ends.
func hasAnySuffix(w string, ends []string) bool {
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

package summarize

import "strings"

// The rules of this file find the places an article names as references,
// not as where its story happens.

// A place that names an agreement is no place of the story: "l'accord de
// Paris sur le climat" was ratified in Beijing, "the Treaty of Rome" is
// cited anywhere, "the Paris climate agreement" too. Such a mention counts
// as a place describing something (attributePlace).

// accordNouns are the nouns of agreements named after a place, in English
// and French.
var accordNouns = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "treaty": true,
	"protocol": true, "convention": true, "pact": true,
	"traité": true, "protocole": true, "pacte": true,
}

// namesAccord reports whether a place's run names an agreement: after an
// agreement's noun and "of" ("accord de Paris", "Treaty of Rome"), or
// before the noun, one word between at most ("the Paris climate
// agreement").
func namesAccord(s *sentence, r nameRun) bool {
	if k := r.first - 1; k >= 1 && ofWords[s.toks[k].low] && accordNouns[s.toks[k-1].low] {
		return true
	}
	for k := r.last + 1; k < min(len(s.toks), r.last+3); k++ {
		if accordNouns[s.toks[k].low] {
			return true
		}
		if !s.toks[k].isWord() {
			return false
		}
	}
	return false
}

// A place a distance is measured from is not where the story happens but
// near it: "à 50 kilomètres de Sucre", "20 miles north of Leeds". Such a
// mention counts as a place describing something, too.

// distanceUnits are the units of a distance, in English and French.
var distanceUnits = map[string]bool{
	"km": true, "kms": true, "kilometres": true, "kilometers": true, "kilometre": true, "kilometer": true,
	"miles": true, "mile": true, "kilomètres": true, "kilomètre": true,
}

// directions are the compass words between a distance and its place.
var directions = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "north-east": true, "north-west": true, "south-east": true,
	"south-west": true, "nord": true, "sud": true, "est": true, "ouest": true, "nord-est": true,
	"nord-ouest": true, "sud-est": true, "sud-ouest": true, "au": true, "à": true, "l'": true,
}

// fromWords are the words that open a distance's place.
var fromWords = map[string]bool{"from": true, "of": true, "de": true, "d'": true, "du": true}

// afterDistance reports whether a place's run follows a distance: a
// number and a unit ("50 kilomètres", "30km"), compass words, then
// "from", "of" or "de".
func afterDistance(s *sentence, r nameRun) bool {
	k := r.first - 1
	if k < 2 || !fromWords[s.toks[k].low] {
		return false
	}
	j := k - 1
	for j > 0 && directions[s.toks[j].low] {
		j--
	}
	return isDistance(s.toks, j)
}

// isDistance reports whether the token at j is a unit of distance after a
// number, or a number with its unit ("30km").
func isDistance(toks []token, j int) bool {
	w := toks[j].low
	if distanceUnits[w] {
		return j > 0 && startsWithDigit(toks[j-1].low)
	}
	digits := strings.TrimLeft(w, "0123456789.,")
	return len(digits) < len(w) && startsWithDigit(w) && distanceUnits[digits]
}

func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

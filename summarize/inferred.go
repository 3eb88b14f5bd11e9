package summarize

import (
	"strings"
	"unicode"

	"briefbot/geo"
	"briefbot/lang"
)

// inferWhere is the country of the main actor, for an article that names
// no place: a country that acts ("Japan enters recession") or an
// organisation whose name says its country ("the Bank of Japan", "the US
// Federal Reserve", "le gouvernement français"). ok is false when the main
// actor is a person or says no country, or when another actor of the
// summary says another one: the guess must be unambiguous.
func inferWhere(a *article, who []string, actors []*actor) (country string, ok bool) {
	code := ""
	if len(who) > 0 {
		code = actorCountry(who[0], actors)
	}
	if code == "" {
		return "", false
	}
	for _, w := range who {
		if c := actorCountry(w, actors); c != "" && c != code {
			return "", false
		}
	}
	name := geo.CountryName(code, a.lang)
	return name, name != ""
}

// maxPlaceWords is the most words of a place's name inside an actor's.
const maxPlaceWords = 3

// inferCity is the city the main actor's name holds, with its region and
// country, for an article that names no place and whose actors say no
// one country: "Université de Kyoto", "Chicago Cubs", "Seattle Police
// Department". A person's name gives none ("Jack London"), nor a name
// that is a city's alone, a firm's after its town ("Hitachi", "ITU"). The
// city is the first of the gazetteer's that a run of the name's words
// names whole.
func inferCity(lang string, who []string, actors []*actor) []string {
	if len(who) == 0 || isPerson(who[0], actors) {
		return nil
	}
	words := ownWords(who[0])
	for i := range words {
		for n := min(maxPlaceWords, len(words)-i, len(words)-1); n > 0; n-- { // never the whole name
			written := strings.Join(words[i:i+n], " ")
			p := lookupPlace(written)
			if p == nil || !p.city || p.country == nil {
				continue
			}
			if isAllCaps(written) {
				written = titleCase(written)
			}
			out := []string{written} // as the name writes it: "Kyoto" of "Université de Kyoto", not "Kyōto"
			if r := p.region[lang]; r != "" {
				out = append(out, r)
			}
			return append(out, p.country.name(lang))
		}
	}
	return nil
}

// isPerson reports whether the actor named name is a person.
func isPerson(name string, actors []*actor) bool {
	for _, a := range actors {
		if a.display == name {
			return a.kind == personActor
		}
	}
	return false
}

// actorCountry is the country one actor of Who says it belongs to, or ""
// when it says none or several. A person's name says none, even when a
// word of it is a country's name ("Michael Jordan").
func actorCountry(name string, actors []*actor) string {
	if w := lower(name); agentNouns[w] || roleNouns[w] || vehicleNouns[w] {
		return "" // "Man charged over …" is no Isle of Man
	}
	if c := countryNamed(name); c != "" {
		return c
	}
	for _, a := range actors {
		if a.display == name && a.kind == personActor {
			return ""
		}
	}
	if isGroupPhrase(name) {
		return ""
	}
	code := ""
	for _, w := range ownWords(name) {
		c, ok := geo.Demonym(w)
		if !ok {
			c = countryNamed(w)
		}
		switch {
		case c == "":
		case code == "":
			code = c
		case c != code:
			return ""
		}
	}
	return code
}

// countryNamed is the code of the country, or of the nation of one
// (England → GB), that name names as a whole, or "".
func countryNamed(name string) string {
	code := ""
	for _, p := range geo.Lookup(name) {
		if p.Kind != geo.Country && p.Kind != geo.Region || p.Country == "" {
			continue
		}
		if code != "" && p.Country != code {
			return ""
		}
		code = p.Country
	}
	return code
}

// isGroupPhrase reports whether an actor is a described group of people
// rather than an institution or a name ("Five Americans", "German
// tourists", "des touristes allemands"): a group's nationality says who
// they are, not where the event is. An organisation's word keeps it an
// institution: "le gouvernement français".
func isGroupPhrase(name string) bool {
	words := nameWords(name)
	hasCommon := false
	for _, w := range words {
		lw := lower(w)
		if orgWords[lw] {
			return false
		}
		hasCommon = hasCommon || !isCap(w) && !nameJoiners[lw]
	}
	for _, r := range name {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return hasCommon || len(words) > 0 && numberWords[lower(words[0])]
}

// nameWords are the words of a name as the summarizer's tokenizer reads
// them, punctuation left out.
func nameWords(name string) []string {
	var out []string
	for _, t := range tokenize(name) {
		if t.isWord() {
			out = append(out, t.text)
		}
	}
	return out
}

// ownWords are the words of a name before the field it serves: an
// organisation "for" a place is not there ("Court of Appeals for the
// District of Columbia", "Commission for Africa").
func ownWords(name string) []string {
	words := nameWords(name)
	for i, w := range words {
		if purposeWords[lower(w)] {
			return words[:i]
		}
	}
	return words
}

// numberWords are quantities written out, in every language: "Five
// Americans".
var numberWords = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Questions.Numbers })

package ask

import (
	"strings"
	"unicode/utf8"

	"briefbot/geo"
	"briefbot/lang"
)

// minPlacePopulation is the size of a city whose name a question's word
// is read as: smaller towns share their names with common words.
const minPlacePopulation = 100000

// withPlace adds the names of the place that c's word names, in every
// language: a country's names, demonyms and capital (see geo.Aliases),
// a city's names ("Beijing", "Pékin").
func (c concept) withPlace() concept {
	if code, ok := geo.Demonym(c.word); ok {
		return c.withCountryCode(code)
	}
	for _, p := range geo.Lookup(c.word) {
		switch {
		case p.Kind == geo.Country && !formerCountries[p.Country]:
			return c.withCountryCode(p.Country)
		case p.Kind == geo.City && p.Population >= minPlacePopulation:
			c.place, c.country = true, p.Country
			for _, l := range lang.All() {
				if name := p.In(l.Code); placeAlias(name) {
					c.alts = appendFolded(c.alts, name)
				}
			}
			return c
		}
	}
	return c
}

// withCountryCode adds the names of the country with ISO code code.
func (c concept) withCountryCode(code string) concept {
	c.place, c.country = true, code
	for _, name := range geo.Aliases(code) {
		if placeAlias(name) {
			c.alts = appendFolded(c.alts, name)
		}
	}
	return c
}

// placeAlias reports whether a name of a place in some language may stand
// for it in a sentence: not a short form that is a word in another
// language ("Cha" for Chad).
func placeAlias(name string) bool {
	ws := foldWords(name)
	return len(ws) > 1 || len(ws) == 1 && utf8.RuneCountInString(ws[0]) >= 4 && !questionStopwords[ws[0]]
}

// demonymOf finds the country of a word for one of its people:
// "Frenchman", "Italians".
func demonymOf(w string) (string, bool) {
	if code, ok := geo.Demonym(w); ok {
		return code, true
	}
	for _, suf := range []string{"men", "man", "women", "woman"} {
		if base, ok := strings.CutSuffix(w, suf); ok && len(base) > 3 {
			return geo.Demonym(base)
		}
	}
	return "", false
}

// appendFolded appends name, folded and its words joined by spaces, to
// alts unless it is there already.
func appendFolded(alts []string, name string) []string {
	f := strings.Join(foldWords(name), " ")
	if f == "" {
		return alts
	}
	for _, a := range alts {
		if a == f {
			return alts
		}
	}
	return append(alts, f)
}

// formerCountries are codes of countries that no longer exist, which share
// names with today's ("Germany" was also East Germany's).
var formerCountries = map[string]bool{"DD": true, "FX": true, "SU": true, "YU": true, "CS": true, "ZR": true, "BU": true, "TP": true, "NT": true, "YD": true, "VD": true, "AN": true}

// countryOf is the ISO code of the country of the place a sentence names,
// "" when the gazetteer knows no place of some size by that name.
func countryOf(name string) string {
	name = strings.Trim(name, ".'’")
	for _, p := range geo.Lookup(name) {
		if p.Kind != geo.City || p.Population >= minCityPopulation {
			return p.Country
		}
	}
	return ""
}

// Package geo is an offline gazetteer: countries with their names in every
// CLDR language and their demonyms, regions, and GeoNames cities with their
// names in many languages. The data is embedded and loaded on first use.
package geo

import (
	"slices"
	"strings"
)

// Kind is what a place is.
type Kind uint8

// The kinds of place.
const (
	City Kind = iota + 1
	Region
	Country
	Subdivision // an ISO 3166-2 subdivision: a state, province, région, département, county…
)

func (k Kind) String() string {
	switch k {
	case City:
		return "city"
	case Region:
		return "region"
	case Country:
		return "country"
	case Subdivision:
		return "subdivision"
	}
	return "unknown"
}

// Place is one entry of the gazetteer.
type Place struct {
	Name       string // the English name (GeoNames' name for a city)
	Kind       Kind
	Country    string // ISO 3166 alpha-2 code
	Region     string // the state of a city of the United States, else ""
	Code       string // a subdivision's ISO 3166-2 code ("FR-33"), else ""
	Population int    // 0 when unknown
	GeonameID  int    // 0 for countries and curated regions
	index      int32
}

// In is the place's name in the language lang ("fr", "ko", "zh-TW"),
// falling back to the base language, then to Name.
func (p Place) In(lang string) string {
	if p.index < 0 || int(p.index) >= len(load().places) {
		return p.Name
	}
	return load().places[p.index].in(lang, p.Name)
}

// Lookup finds the places a name may denote, written in any language, in
// any case and with or without diacritics: countries first, then regions,
// subdivisions, then cities by falling population.
func Lookup(name string) []Place {
	d := load()
	ids := d.named(Fold(name))
	out := make([]Place, 0, ids.Len())
	for k := range ids.Len() {
		i := ids.At(k)
		out = append(out, d.places[i].place(i))
	}
	slices.SortStableFunc(out, func(a, b Place) int {
		if a.Kind != b.Kind {
			return rank(b.Kind) - rank(a.Kind)
		}
		return b.Population - a.Population
	})
	return out
}

// rank orders the kinds in Lookup: the larger first.
func rank(k Kind) int {
	switch k {
	case Country:
		return 3
	case Region:
		return 2
	case Subdivision:
		return 1
	}
	return 0
}

// CountryName is the name of the country with ISO code code in the
// language lang, or "" when the code is unknown.
func CountryName(code, lang string) string {
	d := load()
	i, ok := d.country[strings.ToUpper(code)]
	if !ok {
		return ""
	}
	return d.places[i].in(lang, d.places[i].primary())
}

// CountryByCode is the country with ISO code code.
func CountryByCode(code string) (Place, bool) {
	d := load()
	i, ok := d.country[strings.ToUpper(code)]
	if !ok {
		return Place{}, false
	}
	return d.places[i].place(i), true
}

// Capital is the capital city of the country with ISO code code.
func Capital(code string) (Place, bool) {
	d := load()
	i, ok := d.capital[strings.ToUpper(code)]
	if !ok {
		return Place{}, false
	}
	return d.places[i].place(i), true
}

// Cities lists the n most populous cities of the country with ISO code
// code, most populous first; fewer when the gazetteer knows fewer.
func Cities(code string, n int) []Place {
	ids := load().citiesOf(strings.ToUpper(code))
	if n < len(ids) {
		ids = ids[:max(n, 0)]
	}
	out := make([]Place, 0, len(ids))
	for _, i := range ids {
		out = append(out, load().places[i].place(i))
	}
	return out
}

// Aliases lists every name of the country with ISO code code: its names in
// all languages, its demonyms and adjectives in English and French, and the
// names of its capital. Names are distinct and in no particular order.
func Aliases(code string) []string {
	d := load()
	code = strings.ToUpper(code)
	var out []string
	seen := map[string]bool{}
	add := func(names []string) {
		for _, n := range names {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	if i, ok := d.country[code]; ok {
		add(d.places[i].allNames())
	}
	add(d.demonyms[code])
	if i, ok := d.capital[code]; ok {
		add(d.places[i].allNames())
	}
	return out
}

// Demonym finds the country an adjective or demonym names ("coréenne",
// "South Korean", "Japanese"), in any case.
func Demonym(word string) (code string, ok bool) {
	code, ok = load().byDemonym[Fold(word)]
	return code, ok
}

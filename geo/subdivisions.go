package geo

import "strings"

// SubdivisionByCode is the subdivision with ISO 3166-2 code code ("FR-33",
// "us-ca"), when the gazetteer keeps it: a subdivision whose name is a
// common word or the name of a better-known place is left out (see
// geo/README.md).
func SubdivisionByCode(code string) (Place, bool) {
	code = strings.ToUpper(code)
	for _, p := range Places(Subdivision, 0) {
		if p.Code == code {
			return p, true
		}
	}
	return Place{}, false
}

// Label is how a place is named on its own, in the language lang: a
// country by its name, a subdivision, a region or a city with its country
// ("Gironde, France", "Bavière, Allemagne"), a city of the United States
// with its state too ("Austin, Texas, United States").
func (p Place) Label(lang string) string {
	name := p.In(lang)
	if p.Kind == Country || p.Country == "" {
		return name
	}
	parts := []string{name}
	if p.Region != "" && p.Kind == City {
		parts = append(parts, regionName(p.Region, p.Country, lang))
	}
	if c := CountryName(p.Country, lang); c != "" && c != name {
		parts = append(parts, c)
	}
	return strings.Join(parts, ", ")
}

// regionName is the name in lang of the region of country cc that the
// gazetteer names name in English.
func regionName(name, cc, lang string) string {
	for _, g := range Lookup(name) {
		if (g.Kind == Region || g.Kind == Subdivision) && g.Country == cc {
			return g.In(lang)
		}
	}
	return name
}

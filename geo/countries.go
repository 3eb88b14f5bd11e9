package geo

import "sort"

// CountryCodes lists the ISO codes of the countries the gazetteer knows,
// in order.
func CountryCodes() []string {
	d := load()
	out := make([]string, 0, len(d.country))
	for code := range d.country {
		out = append(out, code)
	}
	sort.Strings(out)
	return out
}

// Places lists the places of a kind with at least minPop inhabitants (a
// region or a country of unknown population counts with 0), in the
// gazetteer's order.
func Places(kind Kind, minPop int) []Place {
	d := load()
	var out []Place
	for i := range d.places {
		if e := &d.places[i]; e.kind == kind && e.pop >= int64(minPop) {
			out = append(out, e.place(int32(i)))
		}
	}
	return out
}

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

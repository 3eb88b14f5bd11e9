package geo

// LocalName is the name, in the language to ("en", "fr"), of the place
// that name denotes when written in the language from: "États-Unis" from
// French is "United States" in English, "Mexico" from English is
// "Mexique" in French and from French (the city) "Mexico City" in
// English. The place is the first the gazetteer finds (see Lookup) that
// from writes so; with none (from is "", or the name is written in
// another language), it is the first that to writes so already (spelt
// as to spells it), else the first place. A name the gazetteer does not
// know stays as written.
func LocalName(name, from, to string) string {
	ps := Lookup(name)
	if len(ps) == 0 {
		return name
	}
	folded := Fold(name)
	if from != "" {
		for _, p := range ps {
			if Fold(p.In(from)) == folded {
				return p.In(to)
			}
		}
	}
	for _, p := range ps {
		if Fold(p.In(to)) == folded {
			return p.In(to)
		}
	}
	return ps[0].In(to)
}

// LocalNames is each of names in the language to (see LocalName), without
// a name that repeats an earlier one: "Séoul" and "Seoul" are both
// "Seoul".
func LocalNames(names []string, from, to string) []string {
	if len(names) == 0 {
		return names
	}
	out := make([]string, 0, len(names))
	seen := map[string]bool{}
	for _, n := range names {
		local := LocalName(n, from, to)
		if key := Fold(local); !seen[key] {
			seen[key] = true
			out = append(out, local)
		}
	}
	return out
}

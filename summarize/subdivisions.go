package summarize

import (
	"strings"

	"briefbot/geo"
)

// A subdivision (a state, province, région, département, county: see
// geo.Subdivision) is a place of the summary at its own grain: "Gironde,
// France", not France alone. Its name is taken for it only where a
// capitalised name is most likely a place, after a locative preposition
// or in a dateline ("en Gironde", "in Saxony"), as for small cities: the
// gazetteer already leaves out the subdivisions named like common words
// or better-known places, but thousands of small ones remain whose names
// are also surnames or the names of firms. A city the text names in the
// subdivision's country joins it at the finer grain, as it joins a
// region; a story told of a country names the city rather than the
// subdivision (see placeFinder.where and cityOver).

// subdivisionPlace is the summary's place of the subdivision g, when the
// lookup's population floor is the locative one; nil otherwise.
func subdivisionPlace(g geo.Place, minPop int) *place {
	if g.Kind != geo.Subdivision || minPop > locativeCityPop {
		return nil
	}
	return &place{en: g.In("en"), fr: g.In("fr"), country: countryPlace(g.Country), sub: true}
}

// cityOver is the place that names a country's part, given the first
// candidate c inside it: a city of the country that the article names
// with a score of floor or more outranks a subdivision, whose cities the
// gazetteer does not list ("Piraeus", not "Kefalonia", when a story
// datelined Piraeus tells of a ferry off Kefalonia); c otherwise.
func cityOver(cands []*placeCand, c *placeCand, floor float64) *placeCand {
	if c.p == nil || !c.p.sub {
		return c
	}
	for _, o := range cands {
		if o.p != nil && o.p.city && o.p.country == c.p.country && o.score() >= floor {
			return o
		}
	}
	return c
}

// mayLieIn reports whether the city c may be where the event in best, a
// region or a subdivision of its country, happened: any city for a
// region; for a subdivision, whose cities the gazetteer does not list, a
// city the article places the event in ("à Mérignac", "near Leipzig"),
// not one it only names ("l'université de Bordeaux") or one only its
// dateline names, where the report was written ("PIRAEUS" of a ferry off
// Kefalonia).
func (f *placeFinder) mayLieIn(c, best *placeCand) bool {
	if !best.p.sub {
		return true
	}
	return c.located > 0 && (c != f.dateline || c.located > leadWeight*datelinePlace)
}

// subdivisionAfter is the subdivision that a name's parentheses hold,
// as French news writes where a town lies: "Tarbes (Hautes-Pyrénées)",
// "Sevran (Seine-Saint-Denis)", or that follows it after a comma
// ("Baoding, Hebei province"); nil without one.
func subdivisionAfter(s *sentence, r nameRun) *place {
	open := r.last + 1
	if open+1 < len(s.toks) && s.toks[open].text == "," && s.toks[open+1].isCap() {
		return subdivisionAt(s, open+1)
	}
	if open+2 >= len(s.toks) || s.toks[open].text != "(" || !s.toks[open+1].isCap() {
		return nil
	}
	for k := open + 2; k < min(len(s.toks), open+6); k++ {
		if s.toks[k].text == ")" {
			p := lookupLocative(s.text[s.toks[open+1].start:s.toks[k-1].end])
			if p != nil && p.sub {
				return p
			}
			return nil
		}
	}
	return nil
}

// partOf names the part c of the country best where the event happened,
// with its country: the city that outranks c (see cityOver), then the
// subdivision written with it ("Seyssuel, Isère, France").
func (f *placeFinder) partOf(cands []*placeCand, c, best *placeCand, floor float64) []string {
	return dedupe(append(cityOver(cands, c, floor).named(best.p, f.lang), best.name()))
}

// named is the candidate's name, and the subdivision of the country cc
// written with it: "Seyssuel", "Isère".
func (c *placeCand) named(cc *place, lang string) []string {
	if in := c.inside(cc); in != nil {
		return []string{c.name(), in.name(lang)}
	}
	return []string{c.name()}
}

// lies records the subdivision a place was written with, the first one.
func (c *placeCand) lies(within *place) {
	if c.within == nil {
		c.within = within
	}
}

// inside is the subdivision of the country cc written with the place, or
// nil.
func (c *placeCand) inside(cc *place) *place {
	if c.within != nil && c.within.country == cc {
		return c.within
	}
	return nil
}

// subdivisionNouns are the words after a name that say it is a
// subdivision: "Hebei Province", "Idlib governorate".
var subdivisionNouns = map[string]bool{"province": true, "prefecture": true, "county": true,
	"governorate": true, "oblast": true, "department": true}

// namedSubdivision is the subdivision that a name followed by one of
// subdivisionNouns names, wherever it stands: "Hebei Province" is Hebei;
// nil for other names.
func namedSubdivision(s string) *place {
	k := strings.LastIndexByte(s, ' ')
	if k <= 0 || !subdivisionNouns[strings.ToLower(s[k+1:])] {
		return nil
	}
	for _, g := range geo.Lookup(s[:k]) {
		if g.Kind == geo.Subdivision {
			return subdivisionPlace(g, 0)
		}
	}
	return nil
}

// subdivisionAt is the subdivision whose name opens at the token k, after
// a comma ("Baoding, Hebei province", "Tarbes, Hautes-Pyrénées"), the
// longest name of at most four tokens; nil without one.
func subdivisionAt(s *sentence, k int) *place {
	for end := min(len(s.toks), k+4) - 1; end >= k; end-- {
		if p := lookupLocative(s.text[s.toks[k].start:s.toks[end].end]); p != nil && p.sub {
			return p
		}
	}
	return nil
}

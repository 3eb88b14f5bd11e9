package summarize

import "briefbot/geo"

// A city's name may name a city of another country too: "Perth",
// "Birmingham", "Aurora". The gazetteer answers with the most populous
// one; an article whose other places lie in one other country means that
// country's city, when the gazetteer knows one there.

// countryOf is the country a candidate lies in or is; nil for a place the
// gazetteer lacks or a region of no one country.
func (c *placeCand) countryOf() *place {
	switch {
	case c.p == nil:
		return nil
	case c.p.country != nil:
		return c.p.country
	case !c.p.city && !c.p.sub:
		return c.p
	}
	return nil
}

// homonymMargin is how much the other places' country must outweigh the
// best candidate for its homonym there to be meant: half as much again,
// so that a list of places across countries moves nothing ("Harvard,
// Stanford and Oxford").
const homonymMargin = 1.5

// otherCountry is the country the article's other places lie in, by their
// scores, when it outweighs the best candidate and its own country by
// homonymMargin: nil when the others agree with it or say no country
// clearly.
func otherCountry(best *placeCand, cands []*placeCand) *place {
	own := best.countryOf()
	weights := map[*place]float64{}
	var top *place
	for _, c := range cands {
		cc := c.countryOf()
		if c == best || cc == nil {
			continue
		}
		weights[cc] += c.score()
		if top == nil || weights[cc] > weights[top] {
			top = cc
		}
	}
	if top == nil || top == own || weights[top] < homonymMargin*(weights[own]+best.score()) {
		return nil
	}
	return top
}

// homonymIn is the city the best candidate's name names in the country
// the article's other places lie in, when the gazetteer has one there and
// best is a city of another country; nil otherwise.
func homonymIn(best *placeCand, cands []*placeCand) *place {
	if best.p == nil || !best.p.city {
		return nil
	}
	cc := otherCountry(best, cands)
	if cc == nil {
		return nil
	}
	for _, g := range geo.Lookup(best.name()) {
		if g.Kind == geo.City && countryPlace(g.Country) == cc {
			return &place{en: g.In("en"), fr: g.In("fr"), country: cc, region: localRegion(g.Region), city: true}
		}
	}
	return nil
}

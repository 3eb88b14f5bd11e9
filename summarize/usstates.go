package summarize

import (
	"briefbot/geo"
)

// A town of the United States is written with its state after a comma
// ("Chappaqua, N.Y.", "Paris, Texas", "Portland, Maine"). The state
// decides which town it is: the gazetteer's town of that name in the
// state, not a larger namesake elsewhere; a town the gazetteer lacks in
// that state, not one of another state; and it is named with that state,
// never put in another one the article names.

// townState is a state written after a town.
type townState struct {
	name string // as a US city's region names it: "New York"
	p    *place // the state, as the gazetteer's region
}

// stateAfter is the state written after a name and a comma, or nil. An
// abbreviation must end its clause ("Chappaqua, N.Y., posting"), as a
// postal code that is a word ("IN", "OR") does not; a full name must not
// go on into a list, as in "in Boston, Washington and New York", nor
// follow a venue, which the city of that name holds ("the Plaza Hotel,
// New York").
func stateAfter(s *sentence, r nameRun) *townState {
	k := r.last + 1
	if k+1 >= len(s.toks) || s.toks[k].text != "," || !s.toks[k+1].isCap() || len(r.words) == 0 {
		return nil
	}
	venue := facilityWords[r.words[len(r.words)-1]]
	for end := min(len(s.toks), k+4); end > k+1; end-- {
		st, ok := geo.LookupUSState(s.text[s.toks[k+1].start:s.toks[end-1].end])
		if !ok {
			continue
		}
		if st.Abbreviated && end < len(s.toks) && s.toks[end].isWord() || !st.Abbreviated && (venue || listGoesOn(s, end)) {
			return nil
		}
		g := st.Region
		return &townState{name: st.Name, p: &place{en: g.In("en"), fr: g.In("fr"), country: countryPlace(g.Country)}}
	}
	return nil
}

// listGoesOn reports whether the name ending before the token k is not the
// last of a list: "and", "or", or a comma and a capital follow.
func listGoesOn(s *sentence, k int) bool {
	if k < len(s.toks) && s.toks[k].text == "," {
		k++
		if k < len(s.toks) && s.toks[k].isCap() {
			return true
		}
	}
	return k < len(s.toks) && (s.toks[k].low == "and" || s.toks[k].low == "or" || s.toks[k].text == "&")
}

// inState is the town name in the state st: p when it lies there, else
// the gazetteer's town of that name there, else nil, a town the gazetteer
// lacks.
func inState(name string, st *townState, p *place) *place {
	if p != nil && p.region["en"] == st.name {
		return p
	}
	for _, g := range geo.Lookup(name) {
		if g.Kind == geo.City && g.Country == "US" && g.Region == st.name && g.Population >= locativeCityPop {
			return &place{en: g.In("en"), fr: g.In("fr"), country: countryPlace(g.Country),
				region: localRegion(g.Region), city: true}
		}
	}
	return nil
}

// stateOf is the name of the US state p is ("Nevada", "New York"), or ""
// when p is none.
func stateOf(p *place) string {
	if p == nil || p.city || p.sub || p.country == nil || p.country != countryPlace("US") {
		return ""
	}
	st, ok := geo.LookupUSState(p.en)
	if !ok {
		return ""
	}
	return st.Name
}

// mayLieInState reports whether the candidate may lie in the region
// best: unless best is a US state, any; else a town of that state, or
// one the article writes with no state.
func (c *placeCand) mayLieInState(best *place) bool {
	st := stateOf(best)
	switch {
	case st == "":
		return true
	case c.p != nil && c.p.region != nil:
		return c.p.region["en"] == st
	case c.within != nil && !c.within.sub:
		return stateOf(c.within) == st
	}
	return true
}

// stateOfTown reports whether the run is a state's abbreviation after a
// town and a comma ("Chappaqua, N.Y."), which is a place, not an actor.
func (sc *runScanner) stateOfTown(r nameRun) bool {
	k := r.first
	if r.last != k || k < 2 || sc.toks[k-1].text != "," || !sc.toks[k-2].isCap() {
		return false
	}
	st, ok := geo.LookupUSState(sc.toks[k].text)
	return ok && st.Abbreviated
}

package summarize

import (
	"slices"
	"strings"
)

// where turns the best candidate into the answer: a city with its
// country, a country with the city the article names in it; a country
// named after its one city is left out ("Hong Kong", not "Hong Kong, Hong
// Kong SAR China").
func (f *placeFinder) where() []string { return withoutCityState(f.answer()) }

// withoutCityState drops from a place's names the country that only
// repeats the first one with a status around it: "Hong Kong SAR China",
// "R.A.S. chinoise de Hong Kong".
func withoutCityState(names []string) []string {
	if len(names) < 2 {
		return names
	}
	first := names[0]
	out := names[:1]
	for _, n := range names[1:] {
		if !strings.HasPrefix(n, first+" ") && !strings.HasSuffix(n, " "+first) {
			out = append(out, n)
		}
	}
	return out
}

// answer is where's list before withoutCityState.
func (f *placeFinder) answer() []string {
	cands := f.all
	slices.SortStableFunc(cands, func(a, b *placeCand) int { return byHigher(a.score(), b.score()) })
	if len(cands) == 0 || cands[0].score() < minWhere && !recurring(cands) {
		return []string{}
	}
	best := cands[0]
	if h := homonymIn(best, cands); h != nil {
		best.p = h
	}
	out := []string{best.name()}
	floor := nearFloor * best.score()
	switch {
	case best.p != nil && best.p.country != nil && !best.p.city:
		// a region: with the city or the unknown place the article names
		// in it, at a finer grain ("Cape Canaveral, en Floride")
		for _, c := range cands[1:] {
			inside := c.p != nil && c.p.city && c.p.country == best.p.country && f.mayLieIn(c, best) || c.p == nil && c.located > 0
			if inside && c.score() >= floor && c.mayLieInState(best.p) {
				return dedupe(append(c.named(best.p.country, f.lang), best.name(), best.p.country.name(f.lang)))
			}
		}
		out = append(out, best.p.country.name(f.lang))
	case best.p != nil && best.p.country != nil:
		if r := best.p.region[f.lang]; r != "" {
			out = append(out, r)
		} else if r := best.p.region["en"]; r != "" {
			out = append(out, r)
		} else if in := best.inside(best.p.country); in != nil {
			out = append(out, in.name(f.lang))
		}
		out = append(out, best.p.country.name(f.lang))
	case best.p != nil:
		for _, c := range cands[1:] {
			inside := c.p != nil && c.p.country == best.p || c.p == nil && c.located > 0
			if inside && c.score() >= floor {
				return f.partOf(cands, c, best, floor)
			}
		}
	default:
		if in := best.within; in != nil {
			return dedupe(append([]string{best.name()}, in.andCountry(f.lang)...))
		}
		for _, c := range cands[1:] {
			if c.p != nil && c.score() >= floor && (c.located > 0 || c.p.country == nil) && (c.sents&best.sents != 0 || namesWithin(best, c)) {
				out = append(out, c.name())
				if c.p.country != nil {
					out = append(out, c.p.country.name(f.lang))
				}
				break
			}
		}
	}
	return dedupe(out)
}

func dedupe(names []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		if k := strings.ToLower(n); !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

package topics

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"briefbot"
	"briefbot/geo"
)

// placeLangs are the languages whose names of a place a topic searches
// for: those of the readers briefbot serves.
var placeLangs = []string{"en", "fr", "de", "es", "it", "pt", "ko", "ja", "zh", "zh-TW"}

// The most terms one country brings to a search, and the least population
// of a city that a topic names (a small town of the same name as a common
// word is not a topic).
const (
	countryTerms = 28
	minCityPop   = 50_000
)

// placeCache keeps the words and keys of the places asked for; there are
// only so many places, and a phrase that names none is not kept.
var placeCache sync.Map // folded phrase → place

// place is what a topic that names a place searches for: its words in
// every language, best first, and its keys (see Keys).
type place struct {
	terms []briefbot.Term
	keys  []briefbot.Term
}

// isPlace reports whether a folded phrase names a place.
func isPlace(phrase string) bool {
	_, ok := lookupCached(phrase)
	return ok
}

// lookupCached returns the place a folded phrase names (a country, a
// city, a region, or a demonym such as "japonais"), or false.
func lookupCached(phrase string) (place, bool) {
	if p, ok := placeCache.Load(phrase); ok {
		return p.(place), true
	}
	p, ok := lookupPlace(phrase)
	if ok {
		placeCache.Store(phrase, p)
	}
	return p, ok
}

func lookupPlace(phrase string) (place, bool) {
	ps := geo.Lookup(phrase)
	if len(ps) == 0 {
		if code, ok := geo.Demonym(phrase); ok {
			return countries([]string{code}), true
		}
		if codes := countriesOfWord(phrase); codes != nil {
			return countries(codes), true
		}
		return place{}, false
	}
	switch p := ps[0]; p.Kind {
	case geo.Country:
		if code, ok := currentCountry(ps); ok {
			return countries(countriesNamed(phrase, code)), true
		}
		return place{}, false
	case geo.City:
		if p.Population < minCityPop {
			return place{}, false
		}
	}
	return place{namesIn(ps[0], false), []briefbot.Term{{Key: placeKey(ps[0])}}}, true
}

// countries is the place of one or more countries named together.
func countries(codes []string) place {
	return place{countriesTerms(codes), countriesKeys(codes)}
}

// currentCountry is the first of the countries found that exists today
// (has a capital): "germany" names both East Germany and Germany.
func currentCountry(ps []geo.Place) (string, bool) {
	for _, p := range ps {
		if p.Kind != geo.Country {
			break
		}
		if _, ok := geo.Capital(p.Country); ok {
			return p.Country, true
		}
	}
	return "", false
}

// countriesNamed lists the countries a phrase names: the one it is the
// English name of, or every country whose name in a language served holds
// it as words ("korea" and "corée": South Korea and North Korea; "congo":
// both Congos).
func countriesNamed(phrase, code string) []string {
	if strings.Join(Words(geo.CountryName(code, "en")), " ") == phrase {
		return []string{code}
	}
	out := []string{code}
	for _, c := range allCountries() {
		if c != code && namedIn(c, strings.Fields(phrase)) {
			out = append(out, c)
		}
	}
	return out
}

// namedIn reports whether a name of the country in a language served
// holds the phrase's words.
func namedIn(code string, phrase []string) bool {
	for _, lang := range placeLangs {
		if containsWords(Words(geo.CountryName(code, lang)), phrase) {
			return true
		}
	}
	return false
}

// countriesTerms interleaves the terms of several countries so that each
// keeps its best ones within the budget.
func countriesTerms(codes []string) []briefbot.Term {
	lists := make([][]briefbot.Term, len(codes))
	for i, c := range codes {
		lists[i] = countryTermList(c, len(codes) == 1)
	}
	var out []briefbot.Term
	for k := 0; ; k++ {
		added := false
		for _, l := range lists {
			if k < len(l) {
				out = append(out, l[k])
				added = true
			}
		}
		if !added {
			return dedupTerms(out)
		}
	}
}

// countryTermList is a country's terms, best first: its names in the
// languages served, its capital's, its demonyms as word starts, its short
// names, then its and its capital's names in other scripts. Alone (not
// with its siblings), a country drops the single words that also name a
// sibling ("korea" and "coreen*" for South Korea, since North Korea
// shares them).
func countryTermList(code string, alone bool) []briefbot.Term {
	country, _ := geo.CountryByCode(code)
	names, capital := namesIn(country, true), []briefbot.Term(nil)
	if p, ok := geo.Capital(code); ok {
		capital = namesIn(p, false)
	}
	demonyms := demonymTerms(code)
	terms := slices.Concat(latinTerms(names, true), latinTerms(capital, true), demonyms,
		shortNames(code, slices.Concat(oneWord(latinTerms(names, true)), demonyms)), latinTerms(names, false), koreanNames(code), latinTerms(capital, false))
	terms = covered(dedupTerms(terms))
	if alone {
		terms = dropShared(terms, siblingWords(code))
	}
	return terms[:min(len(terms), countryTerms)]
}

// koreanNames are the country's short names in Hangul beyond its Korean
// name (한국 beside 대한민국), as word starts, since Korean glues
// particles to names (한국은, 한국의). Each term costs a look-up in every
// segment of the index, so other scripts keep their one name a language.
func koreanNames(code string) []briefbot.Term {
	var out []briefbot.Term
	for _, a := range aliasesOf(code) {
		if name := a.phrase; hangul(name) && utf8.RuneCountInString(name) <= 4 {
			out = append(out, briefbot.Term{Phrase: name, Prefix: true})
		}
	}
	return out
}

// namesIn is the place's names in the languages served, as phrases. A
// name in a script written without spaces matches as the start of a
// word, and so, with stems, does a one-word name of five letters or more
// (japon* finds japonais and japoneses). Other names, such as a capital's,
// are exact terms: the index reads an exact term only from the window on,
// while it merges the words of a prefix over all their articles.
func namesIn(p geo.Place, stems bool) []briefbot.Term {
	var out []briefbot.Term
	seen := make(map[string]bool, len(placeLangs))
	for _, lang := range placeLangs {
		raw := p.In(lang)
		if seen[raw] { // most places have fewer names than languages
			continue
		}
		seen[raw] = true
		if name := strings.Join(Words(raw), " "); name != "" && (unspaced(name) || utf8.RuneCountInString(name) >= 4) {
			out = append(out, briefbot.Term{Phrase: name, Prefix: unspaced(name) || stems && wordStart(name)})
		}
	}
	return dedupTerms(out)
}

// demonymTerms are a country's demonyms and adjectives, each as the start
// of a word so that one term finds every gender and number (coreen*
// finds coréenne and coréens); one that starts with another is left out.
func demonymTerms(code string) []briefbot.Term {
	var ds []string
	for _, a := range aliasesOf(code) {
		if c, ok := geo.Demonym(a.name); ok && c == code {
			ds = append(ds, a.phrase)
		}
	}
	sort.Slice(ds, func(i, j int) bool { return len(ds[i]) < len(ds[j]) || len(ds[i]) == len(ds[j]) && ds[i] < ds[j] })
	var out []briefbot.Term
	for _, d := range ds {
		if d != "" && !slices.ContainsFunc(out, func(t briefbot.Term) bool { return strings.HasPrefix(d, t.Phrase) }) {
			out = append(out, briefbot.Term{Phrase: d, Prefix: true})
		}
	}
	return out
}

// shortNames are the one-word names of a country in Latin script that
// start like one of its names or demonyms (stems) and that few other
// countries' names hold (Korea, Corée, Corea, Koreya for the two Koreas),
// the most widely used first.
func shortNames(code string, stems []briefbot.Term) []briefbot.Term {
	count := map[string]int{}
	for _, a := range aliasesOf(code) {
		for _, w := range a.words {
			count[w]++
		}
	}
	df := countryWords()
	var out []string
	for w, n := range count {
		if n >= 2 && len(df[w]) <= 2 && utf8.RuneCountInString(w) >= 4 && latin(w) && startsLike(w, stems) {
			out = append(out, w)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		return count[out[i]] > count[out[j]] || count[out[i]] == count[out[j]] && out[i] < out[j]
	})
	terms := make([]briefbot.Term, len(out))
	for i, w := range out {
		terms[i] = briefbot.Term{Phrase: w, Prefix: wordStart(w)}
	}
	return terms
}

// startsLike reports whether w starts with the first four letters of the
// last word of one of the stems.
func startsLike(w string, stems []briefbot.Term) bool {
	for _, d := range stems {
		last := d.Phrase[strings.LastIndex(d.Phrase, " ")+1:]
		if r := []rune(last); len(r) >= 4 && strings.HasPrefix(w, string(r[:4])) {
			return true
		}
	}
	return false
}

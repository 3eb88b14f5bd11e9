package topics

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"briefbot"
	"briefbot/geo"
)

// latinTerms are the terms written in Latin letters, or the others.
func latinTerms(ts []briefbot.Term, want bool) []briefbot.Term {
	var out []briefbot.Term
	for _, t := range ts {
		if latin(strings.ReplaceAll(t.Phrase, " ", "")) == want {
			out = append(out, t)
		}
	}
	return out
}

// oneWord are the terms of one word.
func oneWord(ts []briefbot.Term) []briefbot.Term {
	return slices.DeleteFunc(slices.Clone(ts), func(t briefbot.Term) bool { return strings.Contains(t.Phrase, " ") })
}

// covered drops the one-word terms that another one-word prefix term
// already finds (coreen* and coreenne beside coree*).
func covered(terms []briefbot.Term) []briefbot.Term {
	oneWord := func(t briefbot.Term) bool { return !strings.Contains(t.Phrase, " ") }
	return slices.DeleteFunc(slices.Clone(terms), func(t briefbot.Term) bool {
		return oneWord(t) && slices.ContainsFunc(terms, func(p briefbot.Term) bool {
			return p.Prefix && oneWord(p) && p != t && strings.HasPrefix(t.Phrase, p.Phrase)
		})
	})
}

// countryWords lists, for each word of a country's names, the countries
// whose names hold it.
var countryWords = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, c := range allCountries() {
		for _, a := range aliasesOf(c) {
			for _, w := range a.words {
				if !slices.Contains(out[w], c) {
					out[w] = append(out[w], c)
				}
			}
		}
	}
	return out
})

// countriesOfWord lists the one or two countries whose names hold a word
// that starts like one of their demonyms ("corea": the two Koreas), for a
// short name the gazetteer does not list on its own.
func countriesOfWord(w string) []string {
	codes := countryWords()[w]
	if len(codes) == 0 || len(codes) > 2 || utf8.RuneCountInString(w) < 4 || !latin(w) {
		return nil
	}
	for _, c := range codes {
		if !startsLike(w, demonymTerms(c)) {
			return nil
		}
	}
	return codes
}

// siblingWords are the words of every name of code's siblings: the
// countries whose English name ends with the same word as code's when
// code's has more words than that one (North Korea and South Korea; Sudan
// for South Sudan, but nothing for Sudan or China).
func siblingWords(code string) map[string]bool {
	own := englishWords()[code]
	out := map[string]bool{}
	if len(own) < 2 {
		return out
	}
	for _, c := range allCountries() {
		if c == code || !sameLastWord(englishWords()[c], own) {
			continue
		}
		for _, a := range aliasesOf(c) {
			for _, w := range a.words {
				out[w] = true
			}
		}
	}
	return out
}

// alias is one name of a country (see geo.Aliases), with its words.
type alias struct {
	name   string
	words  []string
	phrase string // the words, joined by spaces
}

// aliasCache keeps each country's aliases, read once.
var aliasCache sync.Map // ISO code → []alias

// aliasesOf lists the names of a country with their words.
func aliasesOf(code string) []alias {
	if as, ok := aliasCache.Load(code); ok {
		return as.([]alias)
	}
	var out []alias
	for _, a := range geo.Aliases(code) {
		ws := Words(a)
		out = append(out, alias{a, ws, strings.Join(ws, " ")})
	}
	aliasCache.Store(code, out)
	return out
}

// englishWords are the words of each country's English name.
var englishWords = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, c := range allCountries() {
		out[c] = Words(geo.CountryName(c, "en"))
	}
	return out
})

// dropShared removes the one-word terms that would also find one of the
// sibling words.
func dropShared(terms []briefbot.Term, sibling map[string]bool) []briefbot.Term {
	return slices.DeleteFunc(terms, func(t briefbot.Term) bool {
		if strings.Contains(t.Phrase, " ") {
			return false
		}
		for w := range sibling {
			if w == t.Phrase || t.Prefix && strings.HasPrefix(w, t.Phrase) {
				return true
			}
		}
		return false
	})
}

func sameLastWord(a, b []string) bool {
	return len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1]
}

func containsWords(name, phrase []string) bool {
	for i := 0; i+len(phrase) <= len(name); i++ {
		if slices.Equal(name[i:i+len(phrase)], phrase) {
			return true
		}
	}
	return false
}

// allCountries lists the ISO codes the gazetteer knows.
var allCountries = sync.OnceValue(func() []string {
	var out []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			if _, ok := geo.Capital(code); ok {
				out = append(out, code)
			}
		}
	}
	return out
})

func dedupTerms(ts []briefbot.Term) []briefbot.Term {
	seen := map[briefbot.Term]bool{}
	return slices.DeleteFunc(ts, func(t briefbot.Term) bool {
		dup := seen[t]
		seen[t] = true
		return dup
	})
}

// wordStart reports whether a one-word name is long enough to match as
// the start of longer words without finding unrelated ones.
func wordStart(name string) bool {
	return !strings.Contains(name, " ") && utf8.RuneCountInString(name) >= 5
}

// latin reports whether w is written in Latin letters only.
func latin(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// unspaced reports whether s is written in a script that does not put
// spaces between words (Chinese, Japanese) or glues particles to them
// (Korean), so that a name is the start of a longer token.
func unspaced(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
	}
	return false
}

// hangul reports whether s is written in Hangul only.
func hangul(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return s != ""
}

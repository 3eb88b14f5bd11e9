package ask

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot/geo"
)

// hasKind reports whether a sentence holds the kind of answer asked for.
func hasKind(k answerKind, text string, ws []string) bool {
	switch k {
	case kindWho:
		return hasActor(text, ws)
	case kindWhere:
		return hasPlace(text)
	case kindWhen:
		return hasDate(ws)
	case kindNumber:
		return hasNumber(ws)
	case kindWhy:
		return hasCause(ws)
	}
	return true
}

// hasActor: a name (a capitalised word after the first) or a word for an
// organisation or an official.
func hasActor(text string, ws []string) bool {
	for _, w := range ws {
		if actorWords[w] {
			return true
		}
	}
	fields := strings.Fields(text)
	for i, f := range fields {
		f = strings.TrimLeft(f, `"'«“(`)
		if i > 0 && capitalised(f) && !dateWords[strings.Join(foldWords(f), "")] {
			return true
		}
	}
	return false
}

// hasPlace: one to three capitalised words that the gazetteer knows as a
// country, a region or a city of some size, and that do not start a
// person's name.
func hasPlace(text string) bool {
	fields := strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`,;:()"«»“”—`, r)
	})
	for i := range fields {
		if !capitalised(fields[i]) {
			continue
		}
		for n := 3; n >= 1; n-- {
			if i+n <= len(fields) && isPlace(strings.Join(fields[i:i+n], " ")) && !firstName(fields, i, n) {
				return true
			}
		}
	}
	return false
}

// firstName reports whether the one word at i starts a longer name, as
// "Vladimir" does in "Vladimir Putin": a capitalised word follows it.
func firstName(fields []string, i, n int) bool {
	return n == 1 && i+1 < len(fields) && capitalised(fields[i+1])
}

// minCityPopulation keeps small towns that share a name with a common word
// from counting as places.
const minCityPopulation = 50000

func isPlace(name string) bool {
	name = strings.Trim(name, ".'’")
	for _, p := range geo.Lookup(name) {
		if p.Kind != geo.City || p.Population >= minCityPopulation {
			return true
		}
	}
	return false
}

// hasDate: a day, a month, a relative day or a year.
func hasDate(ws []string) bool {
	for _, w := range ws {
		if dateWords[w] {
			return true
		}
		if n, err := strconv.Atoi(w); err == nil && len(w) == 4 && n >= 1900 && n <= 2100 {
			return true
		}
	}
	return false
}

// hasNumber: a figure or a number written out.
func hasNumber(ws []string) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsDigit(r) || numberWords[w] {
			return true
		}
	}
	return false
}

// hasCause: a word or phrase that introduces a cause.
func hasCause(ws []string) bool {
	for _, cue := range causeCues {
		if containsPhrase(ws, strings.Fields(cue)) {
			return true
		}
	}
	return false
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

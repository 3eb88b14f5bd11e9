package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldPairs maps accented Latin letters to their base letters.
var foldPairs = [...]string{
	"a", "àáâãäåāăą", "c", "çćĉċč", "d", "ďđð", "e", "èéêëēĕėęě", "g", "ĝğġģ", "h", "ĥħ",
	"i", "ìíîïĩīĭįı", "j", "ĵ", "k", "ķ", "l", "ĺļľŀł", "n", "ñńņňŉ", "o", "òóôõöøōŏő",
	"r", "ŕŗř", "s", "śŝşšș", "t", "ţťŧț", "u", "ùúûüũūŭůűų", "w", "ŵ", "y", "ýÿŷ", "z", "źżž",
	"ae", "æ", "oe", "œ", "ss", "ß", "th", "þ",
}

var foldTable = func() map[rune]string {
	m := map[rune]string{}
	for i := 0; i < len(foldPairs); i += 2 {
		for _, r := range foldPairs[i+1] {
			m[r] = foldPairs[i]
		}
	}
	return m
}()

// Fold is the form names are compared in: lower case, without diacritics,
// with hyphens as spaces, no dots, straight apostrophes and single spaces.
// "Sud-Coréenne" and "sud coreenne" fold alike; so do "U.S." and "US".
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '-' || r == '‐' || r == '–' || unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		case r == '’' || r == 'ʼ' || r == '`':
			r = '\''
		}
		space = false
		if r < utf8.RuneSelf {
			b.WriteByte(byte(unicode.ToLower(r)))
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

package lang

import (
	"strings"
	"unicode"
)

// Words splits s into its folded words: the runs of letters and digits of
// Fold(s), as the search index cuts text into terms. Everything else
// separates words, so "U.S." is "u" and "s", and "aujourd'hui" is
// "aujourd" and "hui".
func Words(s string) []string {
	return strings.FieldsFunc(Fold(s), notWordRune)
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

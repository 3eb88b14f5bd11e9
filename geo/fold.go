package geo

import (
	"strings"
	"unicode"

	"briefbot/lang"
)

// Fold is the form names are compared in: folded as lang.Fold folds
// letters (lower case, without diacritics), with hyphens and dashes as
// spaces, no dots, straight apostrophes and single spaces. "Sud-Coréenne"
// and "sud coreenne" fold alike; so do "U.S." and "US", and "Łódź" and
// "Lodz".
func Fold(s string) string { return lang.Fold(nameSpacing(s)) }

// nameSpacing is s with its dots left out, its hyphens, dashes and runs
// of white space as single spaces, its apostrophes straight, and no space
// at either end.
func nameSpacing(s string) string {
	if plainSpacing(s) {
		return s
	}
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
		b.WriteRune(r)
	}
	return strings.TrimSuffix(b.String(), " ")
}

// plainSpacing reports whether nameSpacing leaves s as it is: no dots,
// hyphens, dashes or curly apostrophes, and single spaces between words.
func plainSpacing(s string) bool {
	prev := ' '
	for _, r := range s {
		switch {
		case r == '.' || r == '-' || r == '‐' || r == '–' || r == '’' || r == 'ʼ' || r == '`':
			return false
		case r == ' ' && prev == ' ', r != ' ' && unicode.IsSpace(r):
			return false
		}
		prev = r
	}
	return prev != ' ' || s == ""
}

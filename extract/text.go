package extract

import (
	"strings"
)

// paragraphs tidies rendered text into one paragraph a line, with no blank
// lines and no runs of spaces.
func paragraphs(text string) string {
	lines := strings.Split(text, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = clean(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// clean collapses whitespace and drops byte-order marks, soft hyphens and
// zero-width spaces.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\uFEFF', '\u00AD', '\u200B':
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// bylinePrefixes are the words that introduce an author's name.
var bylinePrefixes = []string{"by ", "par ", "von ", "por "}

// byline reduces "By Mary Okafor" to the name.
func byline(s string) string {
	s = clean(s)
	lower := strings.ToLower(s)
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(lower, p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}

// Package tidy gives an ingested article its stored form: headlines and
// names on one line, text as one paragraph a line, canonical web
// addresses, and a headline written from the lead when the article has
// none. Package files tidies what it reads from files, and the Ingester
// what it is handed, feed items included, with the same functions.
package tidy

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

// Line tidies a headline or a name: valid UTF-8, one line, single spaces.
func Line(s string) string {
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}

// Paragraphs tidies body text: one paragraph per line, no blank lines,
// single spaces inside a paragraph. Text already so, as a cleaner leaves
// it, is returned as it is, without being split and joined again.
func Paragraphs(s string) string {
	if isParagraphs(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	lines := strings.Split(strings.ReplaceAll(s, "\r", "\n"), "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// URL returns the canonical form of an absolute http(s) URL, and "" for
// anything else: a relative link or a bare name identifies no page.
func URL(raw string) string {
	u := briefbot.CanonicalURL(raw)
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		return ""
	}
	return u
}

// isParagraphs reports whether Paragraphs leaves s as it is: valid UTF-8
// with no white space but single spaces between words and single line
// breaks between lines, and none at either end of a line.
func isParagraphs(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	prev := '\n' // a line starts
	for _, r := range s {
		switch {
		case r == '\n' || r == ' ':
			if prev == '\n' || prev == ' ' {
				return false // a blank line, or a space at a line's start or end or after another
			}
		case unicode.IsSpace(r):
			return false // a tab, a carriage return, a no-break space…
		}
		prev = r
	}
	return s == "" || prev != '\n' && prev != ' '
}

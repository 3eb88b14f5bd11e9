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
// A line already so, as most are when tidied twice, is returned as it
// is, without being copied.
func Line(s string) string {
	if strings.IndexByte(s, '\n') < 0 && isParagraphs(s) {
		return s
	}
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}

// Paragraphs tidies body text: one paragraph per line, no blank lines,
// single spaces inside a paragraph. Text already so, as a cleaner leaves
// it, is returned as it is, without being copied. Otherwise the runs of
// words already separated as they should be (most of a paragraph) are
// copied whole, and only the separators between runs are written anew.
func Paragraphs(s string) string {
	if isParagraphs(s) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s))
	run, end := -1, 0               // the run of s to copy as it is, up to end, the end of the last word; -1 before the first word
	word := -1                      // where the word being read starts; -1 between words
	var space, newline, inLine bool // pending before the next word; the line holds a word
	for i := 0; i <= len(s); {
		c, n := byte('\n'), 1 // the end ends a line
		if i < len(s) {
			c, n = classAt(s, i)
		}
		if c == inWord {
			if word < 0 {
				if !keepsSeparator(s, run, end, i, newline, space) {
					run = writeSeparator(&b, s, run, end, newline, space, i)
				}
				word, space, newline, inLine = i, false, false, true
			}
			for i += n; i < len(s) && asciiClass[s[i]] == inWord; i++ {
			}
			continue
		}
		if word >= 0 {
			end, word = i, -1
		}
		if c == lineBreak {
			newline = newline || inLine
			space, inLine = false, false
		} else {
			space = inLine
		}
		i += n
	}
	if run >= 0 {
		b.WriteString(s[run:end])
	}
	return b.String()
}

// keepsSeparator reports whether the text of s between the end of the
// last word and the word that starts at i is the separator Paragraphs
// writes there, a single space or line break, so that the run of s
// being copied goes on through it.
func keepsSeparator(s string, run, end, i int, newline, space bool) bool {
	if run < 0 || i != end+1 {
		return false
	}
	return newline && s[end] == '\n' || !newline && space && s[end] == ' '
}

// writeSeparator writes the run of s up to end, then the separator
// before the word that starts at i, and returns the start of the next
// run, i.
func writeSeparator(b *strings.Builder, s string, run, end int, newline, space bool, i int) int {
	if run >= 0 {
		b.WriteString(s[run:end])
	}
	if newline {
		b.WriteByte('\n')
	} else if space {
		b.WriteByte(' ')
	}
	return i
}

// The classes of characters, as Paragraphs reads them.
const (
	inWord    = iota // anything but white space
	blank            // white space within a line
	lineBreak        // '\n' or '\r'
	multiByte        // a byte that starts a character of several bytes, or no UTF-8
)

// asciiClass is the class of each byte: ASCII's, and multiByte for the rest.
var asciiClass = func() (t [256]byte) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = multiByte
	}
	for _, c := range "\t\v\f " {
		t[c] = blank
	}
	t['\n'], t['\r'] = lineBreak, lineBreak
	return t
}()

// classAt is the class of the character at s[i] and its length in bytes:
// unicode.IsSpace tells the blanks past ASCII.
func classAt(s string, i int) (class byte, n int) {
	if c := asciiClass[s[i]]; c != multiByte {
		return c, 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return blank, n
	}
	return inWord, n
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
	prev := byte('\n') // a line starts
	for i := 0; i < len(s); {
		c := s[i]
		switch asciiClass[c] {
		case inWord:
			i++
		case blank, lineBreak:
			if c != ' ' && c != '\n' {
				return false // a tab, a carriage return…
			}
			if prev == '\n' || prev == ' ' {
				return false // a blank line, or a space at a line's start or end or after another
			}
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 || unicode.IsSpace(r) {
				return false // not UTF-8; a no-break space…
			}
			i += n
		}
		prev = c
	}
	return s == "" || prev != '\n' && prev != ' '
}

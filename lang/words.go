package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words splits s into its folded words: the runs of letters and digits of
// Fold(s), as the search index cuts text into terms. Everything else
// separates words, so "U.S." is "u" and "s", and "aujourd'hui" is
// "aujourd" and "hui".
func Words(s string) []string {
	return strings.FieldsFunc(Fold(s), notWordRune)
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// AppendWords appends the words of s to dst, each followed by one space:
// Words(s) joined and ended by spaces, without a string a word. A caller
// that looks for phrases in many short texts cuts each into one reused
// buffer and finds " korea " in it, instead of comparing words in turn.
func AppendWords(dst []byte, s string) []byte {
	var buf [16]byte
	word := false
	for i, r := range s {
		if r < utf8.RuneSelf { // ASCII, most of a text: its folding is lower case
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
				dst, word = append(dst, c), true
			} else if word {
				dst, word = append(dst, ' '), false
			}
			continue
		}
		for _, f := range string(appendFolded(buf[:0], r)) {
			if notWordRune(f) {
				if word {
					dst = append(dst, ' ')
				}
				word = false
				continue
			}
			dst = utf8.AppendRune(dst, f)
			word = true
		}
	}
	if word {
		dst = append(dst, ' ')
	}
	return dst
}

// appendFolded appends the folded form of r, as writeFolded writes it.
func appendFolded(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	r = unicode.ToLower(r)
	if f := folded(r); f != "" {
		return append(dst, f...)
	}
	return utf8.AppendRune(dst, r)
}

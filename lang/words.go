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
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // ASCII, most of a text: its folding is lower case
			i++
			l := asciiWordByte[c]
			if l == 0 {
				if word {
					dst, word = append(dst, ' '), false
				}
				continue
			}
			dst, word = append(dst, l), true
			for ; i < len(s) && asciiWordByte[s[i]] != 0; i++ { // the rest of an ASCII word
				dst = append(dst, asciiWordByte[s[i]])
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
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

// asciiWordByte is the folded form of each ASCII letter and digit, and 0
// for every other byte.
var asciiWordByte = func() (t [256]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

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

package summarize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// hasDoubleSpace reports whether s holds a run of white space or a space
// other than " " (a tab, a no-break space) that needs folding. Each byte
// that may open one is looked for on its own with strings.IndexByte,
// which reads many bytes at a time, rather than reading s byte by byte:
// lines seldom hold any.
func hasDoubleSpace(s string) bool {
	if strings.Contains(s, "  ") {
		return true
	}
	for _, b := range otherSpaces {
		if strings.IndexByte(s, b) >= 0 {
			return true
		}
	}
	for _, b := range spaceLeads {
		if hasSpaceOpening(s, b) {
			return true
		}
	}
	return false
}

// hasSpaceOpening reports whether a character of s that opens with the
// byte lead is a space. A lead byte of UTF-8 never stands inside another
// character, so each one found opens a character.
func hasSpaceOpening(s string, lead byte) bool {
	for i := strings.IndexByte(s, lead); i >= 0; i = strings.IndexByte(s, lead) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return true
		}
		s = s[i+n:]
	}
	return false
}

// otherSpaces are the ASCII spaces but " "; spaceLeads the first bytes
// of the spaces past ASCII (U+0085, U+00A0, U+1680, U+2000–U+205F,
// U+3000).
var otherSpaces, spaceLeads = func() (other, leads []byte) {
	for b := range byte(utf8.RuneSelf) {
		if asciiSpace(b) && b != ' ' {
			other = append(other, b)
		}
	}
	for _, r := range unicodeSpaces() {
		var buf [utf8.UTFMax]byte
		utf8.EncodeRune(buf[:], r)
		if !slices.Contains(leads, buf[0]) {
			leads = append(leads, buf[0])
		}
	}
	return other, leads
}()

// unicodeSpaces lists the characters past ASCII that unicode.IsSpace
// counts, those of unicode.White_Space.
func unicodeSpaces() []rune {
	var out []rune
	for _, rg := range unicode.White_Space.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			if r >= utf8.RuneSelf {
				out = append(out, r)
			}
		}
	}
	for _, rg := range unicode.White_Space.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			out = append(out, r)
		}
	}
	return out
}

// asciiSpace reports whether b is one of the ASCII characters
// unicode.IsSpace counts.
func asciiSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r'
}

// appendFields appends the words of s to dst, as strings.Fields splits
// them, so that a list on the stack may hold them.
func appendFields(dst []string, s string) []string {
	start := -1 // where the word being read opens; -1 between words
	for i, r := range s {
		switch space := unicode.IsSpace(r); {
		case space && start >= 0:
			dst, start = append(dst, s[start:i]), -1
		case !space && start < 0:
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// foldSpaces is strings.Join(strings.Fields(s), " "), and s itself, with
// no lists made, when s has no white space to fold or trim.
func foldSpaces(s string) string {
	if s == "" || s[0] != ' ' && s[len(s)-1] != ' ' && !hasDoubleSpace(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// appendLower appends strings.ToLower(w) to buf, byte for byte: letters
// lowered, and each byte that is not UTF-8 written as U+FFFD when w holds
// any non-ASCII byte. Looking up map[string(appendLower(buf[:0], w))] with
// a buffer on the stack costs no allocation.
func appendLower(buf []byte, w string) []byte {
	ascii := true
	for i := range len(w) {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := range len(w) {
			buf = append(buf, lowerASCII(w[i]))
		}
		return buf
	}
	for i := 0; i < len(w); {
		if b := w[i]; b < utf8.RuneSelf {
			buf = append(buf, lowerASCII(b))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		buf = utf8.AppendRune(buf, toLower(r))
		i += n
	}
	return buf
}

// toLower is unicode.ToLower(r), read from a table for the Latin
// letters that most accented text writes.
func toLower(r rune) rune {
	if uint32(r) < uint32(len(latinLower)) {
		return latinLower[r]
	}
	return unicode.ToLower(r)
}

// latinLower holds unicode.ToLower of the characters up to U+024F: ASCII,
// Latin-1 and the Latin Extended-A and -B blocks.
var latinLower = func() (t [0x250]rune) {
	for r := range t {
		t[r] = unicode.ToLower(rune(r))
	}
	return t
}()

// appendLowerFolded appends lower(w) to buf: appendLower with the
// typographic apostrophe folded to ASCII.
func appendLowerFolded(buf []byte, w string) []byte {
	start := len(buf)
	buf = appendLower(buf, w)
	if !strings.Contains(w, "’") {
		return buf
	}
	return foldApostrophes(buf, start)
}

// foldApostrophes writes each "’" of buf[start:] as "'", in place.
func foldApostrophes(buf []byte, start int) []byte {
	out := start
	for i := start; i < len(buf); i++ {
		if i+2 < len(buf) && buf[i] == 0xE2 && buf[i+1] == 0x80 && buf[i+2] == 0x99 { // "’"
			buf[out] = '\''
			out++
			i += 2
			continue
		}
		buf[out] = buf[i]
		out++
	}
	return buf[:out]
}

// lowerText is strings.ToLower(s), byte for byte, built faster: the runs
// of s that lowering keeps as they are are copied whole, and s itself is
// the answer when it has nothing to lower.
func lowerText(s string) string {
	low, _ := lowerAligned(s)
	return low
}

// lowerAligned is lowerText(s), and whether each character of s lowers to
// as many bytes, so that any slice s[i:j] lowers to low[i:j].
func lowerAligned(s string) (low string, aligned bool) {
	var b strings.Builder
	aligned = true
	kept := 0 // s[kept:i] is the run not yet copied
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				growOnce(&b, len(s))
				b.WriteString(s[kept:i])
				b.WriteByte(c + 'a' - 'A')
				kept = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := toLower(r); l != r || n == 1 { // n == 1: not UTF-8, written as U+FFFD
			growOnce(&b, len(s))
			b.WriteString(s[kept:i])
			b.WriteRune(l)
			kept = i + n
			aligned = aligned && n > 1 && utf8.RuneLen(l) == n
		}
		i += n
	}
	if kept == 0 {
		return s, true
	}
	b.WriteString(s[kept:])
	return b.String(), aligned
}

// growOnce sizes b for a text of n bytes the first time it is written.
func growOnce(b *strings.Builder, n int) {
	if b.Cap() == 0 {
		b.Grow(n + utf8.UTFMax)
	}
}

func capitalizeFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.ToUpper(r) == r && (r != utf8.RuneError || n > 1) {
		return s // already capitalised: the same bytes
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// beforeSign cuts the number off a code: "utc" from "utc-5" or "utc+3".
func beforeSign(w string) string {
	if i := strings.IndexAny(w, "-+"); i > 0 {
		return w[:i]
	}
	return w
}

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
	for _, r := range w {
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// appendLowerFolded appends lower(w) to buf: appendLower with the
// typographic apostrophe folded to ASCII.
func appendLowerFolded(buf []byte, w string) []byte {
	start := len(buf)
	buf = appendLower(buf, w)
	if !strings.Contains(w, "’") {
		return buf
	}
	out := buf[:start]
	for rest := string(buf[start:]); rest != ""; {
		i := strings.Index(rest, "’")
		if i < 0 {
			return append(out, rest...)
		}
		out = append(append(out, rest[:i]...), '\'')
		rest = rest[i+len("’"):]
	}
	return out
}

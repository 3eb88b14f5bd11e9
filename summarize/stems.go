package summarize

import (
	"unicode/utf8"

	"briefbot/lang"
)

// appendStems appends to out the distinct content words of a sentence,
// cut to a few letters so that inflections meet ("ministre", "ministère").
func appendStems(out []string, toks []token) []string {
	var buf [4 * stemLength]byte
	for k := range toks {
		t := &toks[k]
		if !stemmed(t) {
			continue
		}
		if w, ok := asciiStem(t.low); ok {
			if !contains(out, w) {
				out = append(out, w)
			}
		} else if b := appendFoldedPrefix(buf[:0], t.low, stemLength); !containsBytes(out, b) {
			out = append(out, string(b))
		}
	}
	return out
}

// appendSharedStems appends to out the distinct stems of a sentence that
// key holds: the stems of appendStems(nil, toks) that key holds, in the
// same order.
func appendSharedStems(out []string, toks []token, key *wordSet) []string {
	var buf [4 * stemLength]byte
	for k := range toks {
		t := &toks[k]
		if !stemmed(t) {
			continue
		}
		if w, ok := asciiStem(t.low); ok {
			if key.has(w) && !contains(out, w) {
				out = append(out, w)
			}
		} else if b := appendFoldedPrefix(buf[:0], t.low, stemLength); key.hasBytes(b) && !containsBytes(out, b) {
			out = append(out, string(b))
		}
	}
	return out
}

// stemmed reports whether a token is a content word that has a stem: a
// word of three characters or more that is no function word.
func stemmed(t *token) bool {
	return len(t.low) >= 3 && !t.in(inStopwords) && t.isWord() && hasRunes3(t.low)
}

// hasRunes3 reports whether s, of three bytes or more, has three
// characters or more, counting them only when it opens with other than
// ASCII.
func hasRunes3(s string) bool {
	return s[0]|s[1]|s[2] < utf8.RuneSelf || utf8.RuneCountInString(s) >= 3
}

// asciiStem is the stem of a lower-case word, runePrefix(lang.Fold(low),
// stemLength), when its first characters are ASCII with no capital, so
// that the stem is a slice of low; ok is false otherwise.
func asciiStem(low string) (stem string, ok bool) {
	n := min(len(low), stemLength)
	for i := range n {
		if c := low[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return "", false
		}
	}
	return low[:n], true
}

// appendFoldedPrefix appends runePrefix(lang.Fold(s), n) to dst, folding
// no more of s than it needs.
func appendFoldedPrefix(dst []byte, s string, n int) []byte {
	start, count := len(dst), 0
	for _, r := range s {
		if count >= n {
			break
		}
		before := len(dst)
		dst = lang.AppendFoldedRune(dst, r)
		count += utf8.RuneCount(dst[before:])
	}
	for i := range string(dst[start:]) {
		if n == 0 {
			return dst[:start+i]
		}
		n--
	}
	return dst
}

func contains(list []string, w string) bool {
	for _, s := range list {
		if s == w {
			return true
		}
	}
	return false
}

func containsBytes(list []string, w []byte) bool {
	for _, s := range list {
		if s == string(w) {
			return true
		}
	}
	return false
}

package briefbot

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// appendLowerWords appends to dst the words of text as ContentHash and
// SimHash read them: the runs of letters and digits of the lower-cased
// text, separated by one space. ASCII, most of any text, takes a byte at
// a time.
func appendLowerWords(dst []byte, text string) []byte {
	space := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
				if space && len(dst) > 0 {
					dst = append(dst, ' ')
				}
				dst, space = append(dst, c), false
			} else {
				space = true
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if r = unicode.ToLower(r); unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			dst, space = utf8.AppendRune(dst, r), false
		} else {
			space = true
		}
	}
	return dst
}

// wordBuffers are the buffers appendLowerWords fills, reused.
var wordBuffers = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledWords is the largest buffer kept for reuse: the words of an
// unusually long text are let go with it.
const maxPooledWords = 1 << 20

// putWords returns buf to wordBuffers, unless it grew too large to keep.
func putWords(buf *[]byte) {
	if cap(*buf) <= maxPooledWords {
		wordBuffers.Put(buf)
	}
}

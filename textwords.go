package briefbot

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
)

// appendLowerWords appends to dst the words of text as ContentHash and
// SimHash read them: the runs of letters and digits of the lower-cased
// text, separated by one space. ASCII, most of any text, takes a table
// look-up a byte, a word's run of ASCII letters in one loop.
func appendLowerWords(dst []byte, text string) []byte {
	dst = slices.Grow(dst, len(text))
	space := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			l := lowerASCII[c]
			if l == 0 {
				space = true
				continue
			}
			if space && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			dst, space = append(dst, l), false
			for ; i < len(text) && lowerASCII[text[i]] != 0; i++ {
				dst = append(dst, lowerASCII[text[i]])
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

// lowerASCII maps each ASCII letter and digit to its lower case, and
// every other byte to 0.
var lowerASCII = func() (t [256]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

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

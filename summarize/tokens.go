package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot/lang"
)

// token is one word, number or punctuation mark of a sentence.
type token struct {
	text       string   // surface form; an elided article ("l'") is a token of its own
	low        string   // text in lower case, apostrophes folded to ASCII
	start, end int      // byte offsets in the sentence
	sets       wordSets // the word lists low belongs to (see wordSets)
	flags      tokenFlags
}

// tokenFlags are what isWord and isCap say of a token's text, worked out
// once when it is lowered.
type tokenFlags uint8

const (
	flagWord   tokenFlags = 1 << iota // isWord(text)
	flagCap                           // isCap(text)
	flagHyphen                        // text holds a hyphen, which joins two parts of a word: set as the word is read
)

// asciiFlags are the flags of a text that opens with each ASCII byte.
var asciiFlags = func() (t [utf8.RuneSelf]tokenFlags) {
	for b := range utf8.RuneSelf {
		if 'a' <= b|0x20 && b|0x20 <= 'z' {
			t[b] = flagWord
		}
		if 'A' <= b && b <= 'Z' {
			t[b] |= flagCap
		}
	}
	return t
}()

// isWord reports what isWord says of the token's text.
func (t *token) isWord() bool { return t.flags&flagWord != 0 }

// isCap reports what isCap says of the token's text.
func (t *token) isCap() bool { return t.flags&flagCap != 0 }

// flagsOf works out the flags of a token's text.
func flagsOf(text string) tokenFlags {
	if text != "" && text[0] < utf8.RuneSelf {
		return asciiFlags[text[0]]
	}
	r, _ := utf8.DecodeRuneInString(text)
	var f tokenFlags
	if unicode.IsLetter(r) {
		f |= flagWord
	}
	if unicode.IsUpper(r) {
		f |= flagCap
	}
	return f
}

// tokenize splits a sentence into tokens. Words keep inner hyphens, inner
// apostrophes ("O'Brien", "aujourd'hui"), initialisms ("U.S.") and numeric
// punctuation ("6.10", "22/09/2023"); French elisions and English "'s" are
// split off.
func tokenize(s string) []token { return appendTokens(make([]token, 0, len(s)/5+4), s) }

// appendTokens appends the tokens of the sentence s to toks (see tokenize).
func appendTokens(toks []token, s string) []token {
	first := len(toks)
	toks = appendUnlowered(toks, s)
	lowerTokens(toks[first:])
	return toks
}

// appendUnlowered appends the tokens of s as appendTokens does, with no
// low form, flags or word lists yet: a tokenLowerer gives them those.
func appendUnlowered(toks []token, s string) []token {
	i := 0
	for i < len(s) {
		r, n := decodeRune(s, i)
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			toks, i = scanWord(s, i, toks)
		default:
			toks = append(toks, token{text: s[i : i+n], start: i, end: i + n})
			i += n
		}
	}
	return toks
}

// The case of a word, as lowerTokens sorts words.
const (
	asciiLower = iota // ASCII with no capital letter: lower(w) is w
	asciiUpper        // ASCII with a capital letter
	nonASCII
)

func asciiCase(w string) int {
	c := asciiLower
	for i := range len(w) {
		switch b := w[i]; {
		case b >= utf8.RuneSelf:
			return nonASCII
		case 'A' <= b && b <= 'Z':
			c = asciiUpper
		}
	}
	return c
}

func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// decodeRune reads the rune at byte i of s, quickly when it is ASCII.
func decodeRune(s string, i int) (rune, int) {
	if s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// asciiWordByte marks the ASCII letters and digits, the bytes isWordRune
// accepts on their own.
var asciiWordByte = func() (t [256]bool) {
	for b := range utf8.RuneSelf {
		t[b] = isWordRune(rune(b))
	}
	return t
}()

// isElision reports whether w is an elided article in any case: "l", "D".
func isElision(w string) bool {
	var buf [32]byte
	return elisions[string(appendLower(buf[:0], w))]
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// scanWord reads the word starting at i and appends it (and any split-off
// elision or possessive) to toks.
func scanWord(s string, i int, toks []token) ([]token, int) {
	start := i
	var hyphen tokenFlags // flagHyphen once a hyphen joins s[start:i]
	for i < len(s) {
		if asciiWordByte[s[i]] {
			i++
			continue
		}
		if s[i] == ' ' {
			break // the usual end of a word, which nothing below joins to it
		}
		r, n := decodeRune(s, i)
		if isWordRune(r) {
			i += n
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[i+n:])
		prev, _ := utf8.DecodeLastRuneInString(s[start:i])
		if isApostrophe(r) && next == ' ' && isElision(s[start:i]) {
			// an elided article set apart from its noun, as tokenized
			// text writes it: "l' Institut"
			return append(toks, token{text: s[start : i+n], start: start, end: i + n, flags: hyphen}), i + n
		}
		if isApostrophe(r) && isWordRune(next) {
			word := s[start:i]
			if isElision(word) {
				toks = append(toks, token{text: s[start : i+n], start: start, end: i + n, flags: hyphen})
				start, hyphen = i+n, 0
				i += n
				continue
			}
			if possessiveAt(s, i+n) {
				toks = append(toks, token{text: word, start: start, end: i, flags: hyphen})
				end := i + n + 1
				return append(toks, token{text: s[i:end], start: i, end: end}), end
			}
			i += n
			continue
		}
		if joinsWord(r, prev, next, s[start:i]) {
			if r == '-' {
				hyphen = flagHyphen
			}
			i += n
			continue
		}
		if r == '.' && lang.IsInitialism(s[start:i]) {
			i += n
		}
		break
	}
	return append(toks, token{text: s[start:i], start: start, end: i, flags: hyphen}), i
}

// possessiveAt reports whether s[i:] is the "s" of an English possessive.
func possessiveAt(s string, i int) bool {
	if i >= len(s) || (s[i] != 's' && s[i] != 'S') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return i+1 >= len(s) || !isWordRune(r)
}

// joinsWord reports whether the punctuation r between prev and next stays
// inside the word being read.
func joinsWord(r, prev, next rune, word string) bool {
	switch r {
	case '-':
		return isWordRune(prev) && isWordRune(next)
	case '.', '/', ':', ',':
		if unicode.IsDigit(prev) && unicode.IsDigit(next) {
			return true
		}
		return r == '.' && unicode.IsLetter(next) && lang.IsDottedInitialism(word)
	}
	return false
}

// isInitialLetter reports whether w is one capital letter, as in "J. Smith".
func isInitialLetter(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// isCap reports whether the word starts with an upper-case letter.
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether the word has at least two letters, all upper case.
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// isWord reports whether the token starts with a letter.
func isWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// lower folds a word to lower case and its apostrophes to ASCII.
func lower(w string) string {
	return strings.ReplaceAll(lowerText(w), "’", "'")
}

// sliceText joins the texts of tokens a..b with single spaces.
func sliceText(toks []token, a, b int) string {
	if a == b {
		return toks[a].text
	}
	if a > b {
		return ""
	}
	size := b - a
	for k := a; k <= b; k++ {
		size += len(toks[k].text)
	}
	var sb strings.Builder
	sb.Grow(size)
	for k := a; k <= b; k++ {
		if k > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[k].text)
	}
	return sb.String()
}

// appendTokenTexts appends sliceText(toks, a, b), for a < b, to buf.
func appendTokenTexts(buf []byte, toks []token, a, b int) []byte {
	for k := a; k <= b; k++ {
		if k > a {
			buf = append(buf, ' ')
		}
		buf = append(buf, toks[k].text...)
	}
	return buf
}

// cutWords cuts the words w and the space after them off the start of s,
// as strings.CutPrefix(s, w+" ") does, without joining them.
func cutWords(s, w string) (rest string, ok bool) {
	if len(s) > len(w) && s[len(w)] == ' ' && strings.HasPrefix(s, w) {
		return s[len(w)+1:], true
	}
	return s, false
}

// appendJoined appends words joined with single spaces, as strings.Join
// writes them, to buf.
func appendJoined(buf []byte, words []string) []byte {
	for i, w := range words {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, w...)
	}
	return buf
}

// stripElision drops a French elided article from the front of a word.
func stripElision(w string) string {
	for i, r := range w {
		if isApostrophe(r) {
			if isElision(w[:i]) {
				return w[i+utf8.RuneLen(r):]
			}
			return w
		}
	}
	return w
}

// wordCount counts the whitespace-separated words of s, as
// len(strings.Fields(s)) would, without making the list.
func wordCount(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); i++ {
		space := asciiSpace(s[i])
		if s[i] >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size - 1
		}
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// truncate cuts s to at most max characters at a word boundary and marks
// the cut with an ellipsis; max counts the ellipsis.
func truncate(s string, max int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	cut, n := 0, 0
	for i := range s {
		if n == max-1 {
			cut = i
			break
		}
		n++
	}
	if sp := strings.LastIndexAny(s[:cut], " \t\n"); sp > cut/2 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " ,;:–—-") + "…"
}

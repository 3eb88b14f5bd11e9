package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations and starters gather the abbreviations and the sentence
// starters of every language: a text is cut into sentences before its
// language is known, and quotes mix languages.
var (
	abbreviations = Union(func(l *Lexicon) Set { return l.Text.Abbreviations })
	starters      = Union(func(l *Lexicon) Set { return l.Text.SentenceStarters })
)

// IsAbbreviation reports whether w, in lower case and without its final
// dot, is an abbreviation of some language: "mr", "mme", "sept", "e.g".
func IsAbbreviation(w string) bool { return abbreviations[w] }

// Sentences splits text into sentences. A line break always ends one;
// ".", "!", "?" or "…" (with any closing quotes and brackets) ends one
// when white space and a capital, a digit or an opening quote follow.
// A dot after an abbreviation ("M.", "Mme.", "Dr."), an initial ("J.")
// or an initialism ("U.S.") ends none before a digit or a quote, and ends
// one before a capital only when a common sentence starter follows ("in
// the U.S. The …"). Sentences are trimmed; empty ones are left out.
func Sentences(text string) []string { return AppendSentences(nil, text) }

// AppendSentences appends the sentences of text to out, as Sentences
// splits them, so that a caller may reuse one list for many texts.
func AppendSentences(out []string, text string) []string {
	for {
		line, rest, more := strings.Cut(text, "\n")
		out = appendSentences(out, line)
		if !more {
			return out
		}
		text = rest
	}
}

// appendSentences appends the sentences of one line to out.
func appendSentences(out []string, p string) []string {
	start := 0
	for i := 0; i < len(p); {
		i = nextTerminator(p, i)
		if i == len(p) {
			break
		}
		r, n := utf8.DecodeRuneInString(p[i:])
		end := skipClosers(p, i+n)
		next := skipSpace(p, end)
		if next > end && next < len(p) && endsSentence(p[start:i], r, p[next:]) {
			out = appendSentence(out, p[start:end])
			start = next
		}
		i = end
	}
	return appendSentence(out, p[start:])
}

func appendSentence(out []string, s string) []string {
	if s = strings.TrimSpace(s); s != "" {
		out = append(out, s)
	}
	return out
}

func isTerminator(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// nextTerminator is the offset of the first terminator of p at or after
// byte i, or len(p). It looks for each terminator's first byte with
// strings.IndexByte, which reads many bytes at a time, each search only
// as far as the nearest terminator found so far. No byte of a
// terminator's encoding, "…" being E2 80 A6, stands inside another
// character's, so the terminators found are those that reading rune by
// rune finds.
func nextTerminator(p string, i int) int {
	end := len(p)
	for _, b := range []byte{'.', '!', '?'} {
		if k := strings.IndexByte(p[i:end], b); k >= 0 {
			end = i + k
		}
	}
	for k := i; k < end; k++ {
		j := strings.IndexByte(p[k:end], 0xE2)
		if j < 0 {
			break
		}
		if k += j; strings.HasPrefix(p[k:], "…") {
			return k
		}
	}
	return end
}

// skipClosers moves past further terminators and closing quotes or brackets.
func skipClosers(p string, i int) int {
	for i < len(p) {
		r, n := utf8.DecodeRuneInString(p[i:])
		if !isTerminator(r) && !strings.ContainsRune(`"'”’»)]`, r) {
			break
		}
		i += n
	}
	return i
}

func skipSpace(p string, i int) int {
	for i < len(p) {
		r, n := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// endsSentence decides whether the terminator term after text before ends
// the sentence, given the text after it.
func endsSentence(before string, term rune, after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	opener := strings.ContainsRune(`"“«'‘(—–-`, r)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !opener {
		return false
	}
	if term != '.' {
		return true
	}
	last := lastWord(before)
	if !abbreviations[strings.ToLower(last)] && !isInitial(last) && !IsDottedInitialism(last) {
		return true
	}
	if unicode.IsDigit(r) || opener {
		return false
	}
	return starters[strings.ToLower(firstWord(after))]
}

func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
	}
	return strings.TrimLeft(s, `("'“«‘[`)
}

func firstWord(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !isLetterOrDigit(r) && r != '\'' })
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isInitial reports whether w is one capital letter, as in "J. Smith".
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// IsInitialism reports whether w looks like "U.", "U.S" or "U.S.": single
// capital letters separated by dots.
func IsInitialism(w string) bool {
	body, dotted := strings.CutSuffix(w, ".")
	n, ok := initialLetters(body)
	return ok && (n > 1 || dotted)
}

// IsDottedInitialism reports whether w and a dot after it make an
// initialism, as IsInitialism(w + ".") does: "U", "U.S".
func IsDottedInitialism(w string) bool {
	_, ok := initialLetters(w)
	return ok
}

// initialLetters counts the parts of s that dots set apart; ok reports
// whether each is one capital letter.
func initialLetters(s string) (n int, ok bool) {
	for {
		p, rest, more := strings.Cut(s, ".")
		r, size := utf8.DecodeRuneInString(p)
		if size == 0 || size != len(p) || !unicode.IsUpper(r) {
			return n, false
		}
		n++
		if !more {
			return n, true
		}
		s = rest
	}
}

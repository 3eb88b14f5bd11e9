package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a dot that does not end the sentence.
var abbreviations = setOf(`mr mrs ms dr prof st mt gen col lt sgt capt cpt cmdr adm gov sen rep
	rev jr sr inc corp ltd co no nos vs etc m mm mme mlle me av ave bd blvd jan feb mar apr
	jun jul aug sep sept oct nov dec janv févr fév avr juil déc p pp ca approx dept univ est fig
	vol ed al i.e e.g cf env hon pres sec`)

// sentenceStarters are common words that begin a sentence after an
// abbreviation or initialism ("in the U.S. The …").
var sentenceStarters = setOf(`the a an he she it they we i but and this that these those there
	in on at after before as when while if his her their its our le la les il elle ils elles on
	mais et ce cette ces un une des du selon après avant en dans pour lors depuis`)

// splitSentences splits a paragraph into sentences.
func splitSentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		if !isTerminator(r) {
			i += n
			continue
		}
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
	if !abbreviations[strings.ToLower(last)] && !isInitialLetter(last) && !isInitialism(last+".") {
		return true
	}
	if unicode.IsDigit(r) || opener {
		return false
	}
	return sentenceStarters[strings.ToLower(firstWord(after))]
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
	f := strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) && r != '\'' })
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// isInitialLetter reports whether w is one capital letter, as in "J. Smith".
func isInitialLetter(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// setOf builds a set from space-separated words.
func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

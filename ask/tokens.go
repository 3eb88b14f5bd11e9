package ask

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot/lang"
)

// token is one word of a sentence: its folded form, its stem, and where
// the sentence writes it.
type token struct {
	word       string // folded, as foldWords folds it
	stem       string // see stem
	start, end int    // byte offsets in the sentence
	capital    bool   // written with a capital letter ("Corée", "eSwatini")
}

// tokenize cuts s into its words as foldWords does (runs of letters and
// digits; a dot inside a run joins it: "U.S." is "us", "1.8" is "18"),
// keeping each word's place in s.
func tokenize(s string) []token {
	var out []token
	start := -1
	flush := func(end int) {
		if start >= 0 {
			raw := s[start:end]
			if strings.IndexByte(raw, '.') >= 0 {
				raw = strings.ReplaceAll(raw, ".", "")
			}
			w := lang.Fold(raw)
			out = append(out, token{word: w, stem: stem(w), start: start, end: end, capital: strings.IndexFunc(raw, unicode.IsUpper) >= 0})
			start = -1
		}
	}
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case r == '.' && start >= 0 && wordRuneAt(s, i+1):
		default:
			flush(i)
		}
	}
	flush(len(s))
	return out
}

func wordRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// words are the folded words of toks.
func words(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.word
	}
	return out
}

// stemSuffixes are the endings stem takes off, longest first: English and
// French inflections and the suffixes that make a noun of a verb, so that
// "proposed" and "proposals", "owns" and "owned", "annulés" and
// "annulation" meet.
var stemSuffixes = []string{
	"ations", "ements", "ation", "ement", "aient", "ings", "ing", "ees", "ies", "ied", "ers", "als",
	"ait", "ee", "er", "ed", "es", "al", "s", "e", "y",
}

// stem is a folded word without its inflection: the longest of
// stemSuffixes it ends with goes when three letters stay, and a doubled
// last consonant is undone ("cancelled", "cancel"). Numbers, and words of
// three letters or fewer, are their own stems.
func stem(w string) string {
	if len(w) <= 3 || w[0] >= '0' && w[0] <= '9' {
		return w
	}
	for _, suf := range stemSuffixes {
		s, ok := strings.CutSuffix(w, suf)
		if !ok || len(s) < 3 {
			continue
		}
		if n := len(s); n >= 4 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiouls", rune(s[n-1])) {
			s = s[:n-1]
		} else if n >= 5 && s[n-1] == s[n-2] && s[n-1] == 'l' && suf != "s" {
			s = s[:n-1]
		}
		return s
	}
	return w
}

// isNumber reports whether a folded word is written in digits.
func isNumber(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// isYear reports whether a folded word is a year of the news: 1900 to 2100.
func isYear(w string) bool {
	if len(w) != 4 || !isNumber(w) {
		return false
	}
	n := 0
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
		n = n*10 + int(r-'0')
	}
	return n >= 1900 && n <= 2100
}

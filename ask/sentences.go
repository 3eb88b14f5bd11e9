package ask

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a full stop that does not end a sentence; keys are
// lower case without the final stop.
var abbreviations = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "pr": true, "prof": true, "st": true, "ste": true, "gen": true,
	"gov": true, "sen": true, "rep": true, "lt": true, "col": true, "sgt": true, "jr": true,
	"sr": true, "inc": true, "corp": true, "ltd": true, "co": true, "no": true, "vs": true,
	"etc": true, "cf": true, "env": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "janv": true, "fevr": true, "févr": true, "avr": true, "juil": true,
	"déc": true, "u.s": true, "u.k": true, "u.n": true, "e.u": true, "a.m": true, "p.m": true,
}

// Sentences splits text into sentences: at line breaks, and after ".", "!"
// or "?" followed by a space and a capital, a digit or a quote, unless the
// stop ends an abbreviation ("M.", "Mr.", "Sept.", "U.S.") or an initial.
func Sentences(text string) []string {
	var out []string
	for line := range strings.Lines(text) {
		line = strings.Trim(line, " \t\r\n|")
		for line != "" {
			n := sentenceEnd(line)
			if s := strings.TrimSpace(line[:n]); s != "" {
				out = append(out, s)
			}
			line = strings.TrimSpace(line[n:])
		}
	}
	return out
}

// sentenceEnd is the length of the first sentence of line.
func sentenceEnd(line string) int {
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(line) && strings.IndexByte(`"')»”’`, line[j]) >= 0 {
			j++
		}
		if j >= len(line) || line[j] != ' ' {
			continue
		}
		if c == '.' && isAbbreviation(line[:i]) {
			continue
		}
		if startsSentence(strings.TrimLeft(line[j:], " ")) {
			return j
		}
	}
	return len(line)
}

// isAbbreviation reports whether the word that ends before a full stop is an
// abbreviation or a one-letter initial.
func isAbbreviation(before string) bool {
	k := strings.LastIndexAny(before, " (\"'«“")
	word := before[k+1:]
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsLetter(r)
	}
	return abbreviations[strings.ToLower(word)]
}

// startsSentence reports whether s begins like a sentence.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'«“‘(`, r)
}

package tidy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxTitle is the longest headline written from a lead, in characters.
const MaxTitle = 120

// Title writes a headline for text with derive, or with the first
// sentence of the lead when derive is nil or finds none.
func Title(derive func(string) string, text string) string {
	if derive != nil {
		if t := Line(derive(text)); t != "" {
			return t
		}
	}
	return leadTitle(text)
}

// leadTitle is the first sentence of the first paragraph, without its full
// stop, cut at a word boundary to at most MaxTitle characters.
func leadTitle(text string) string {
	lead, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	lead = Line(lead)
	if r := []rune(lead); len(r) > 4*MaxTitle {
		lead = string(r[:4*MaxTitle]) // a headline never needs more
	}
	s := firstSentence(lead)
	if s == "" {
		s = lead
	}
	return Cut(s, MaxTitle)
}

// firstSentence ends at the first '.', '!', '?' or '…' that is followed by
// a space and a capital, a digit or a quote, and that does not end an
// abbreviation such as "M." or "Dr.".
func firstSentence(s string) string {
	runes := []rune(s)
	for i, r := range runes {
		if !strings.ContainsRune(".!?…", r) || i+2 >= len(runes) || runes[i+1] != ' ' {
			continue
		}
		if r == '.' && abbreviation(string(runes[:i])) || !startsSentence(runes[i+2]) {
			continue
		}
		if r == '.' {
			return string(runes[:i])
		}
		return string(runes[:i+1])
	}
	return strings.TrimSuffix(s, ".")
}

func startsSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'«“‘(", r)
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"prof": true, "gen": true, "sen": true, "rep": true, "gov": true, "lt": true,
	"col": true, "sgt": true, "capt": true, "mme": true, "mlle": true, "mgr": true,
	"no": true, "vs": true, "cf": true, "inc": true, "ltd": true, "corp": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// abbreviation tells whether before ends with an abbreviation: an initial,
// a dotted acronym such as "U.S", or a known short form.
func abbreviation(before string) bool {
	word := before[strings.LastIndexAny(before, " (\"'«“")+1:]
	if utf8.RuneCountInString(word) == 1 || strings.Contains(word, ".") {
		return true
	}
	return abbreviations[strings.ToLower(word)]
}

// Cut shortens s to at most max characters, cutting at a word boundary
// and marking the cut with "…".
func Cut(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	cut := string([]rune(s)[:max-1])
	if i := strings.LastIndex(cut, " "); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:-–—") + "…"
}

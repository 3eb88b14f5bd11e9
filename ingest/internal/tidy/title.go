package tidy

import (
	"strings"
	"unicode/utf8"

	"briefbot/lang"
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

// firstSentence is the first sentence of s (see lang.Sentences), without
// its full stop.
func firstSentence(s string) string {
	if ss := lang.Sentences(s); len(ss) > 0 {
		return strings.TrimSuffix(ss[0], ".")
	}
	return ""
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

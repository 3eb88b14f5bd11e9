package eval

import (
	"strings"
	"unicode"

	"briefbot"
)

// Score is the best token-F1 of the summary's field against any gold
// phrase; ok is false when the field has no gold. An empty answer scores 1
// against an empty phrase. Lists count by their first 1, 2 or 3 entries
// joined; a date counts in full when it equals a phrase's parsed date.
func Score(s briefbot.Summary, gold []Phrase, field string) (score float64, ok bool) {
	if len(gold) == 0 {
		return 0, false
	}
	cands := candidates(s, field)
	best := 0.0
	for _, g := range gold {
		for _, c := range cands {
			best = max(best, TokenF1(c, g.Text))
		}
		if field == "when" && g.Parsed != "" && s.When != "" && s.When == g.Parsed[:min(10, len(g.Parsed))] {
			best = 1
		}
	}
	return best, true
}

func candidates(s briefbot.Summary, field string) []string {
	var list []string
	switch field {
	case "who":
		list = s.Who
	case "where":
		list = s.Where
	case "when":
		if s.WhenText != "" {
			return []string{s.WhenText}
		}
		return []string{s.When}
	default:
		return []string{s.What}
	}
	var items []string
	for _, x := range list {
		if x != "" {
			items = append(items, x)
		}
	}
	if len(items) == 0 {
		return []string{""}
	}
	var out []string
	for k := 1; k <= min(3, len(items)); k++ {
		out = append(out, strings.Join(items[:k], " "))
	}
	return out
}

// stop is the scorer's small English stoplist.
var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of to in on at for and or by with from is was were be been
		has have had its it his her their this that as`) {
		m[w] = true
	}
	return m
}()

// Tokens lower-cases s, turns punctuation into spaces and drops stopwords.
func Tokens(s string) []string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.IsSpace(r) {
			return r
		}
		return ' '
	}, strings.ToLower(s))
	var out []string
	for _, w := range strings.Fields(s) {
		if !stop[w] {
			out = append(out, w)
		}
	}
	return out
}

// TokenF1 is the harmonic mean of token precision and recall.
func TokenF1(pred, gold string) float64 {
	p, g := Tokens(pred), Tokens(gold)
	if len(p) == 0 && len(g) == 0 {
		return 1
	}
	if len(p) == 0 || len(g) == 0 {
		return 0
	}
	left := map[string]int{}
	for _, w := range g {
		left[w]++
	}
	common := 0
	for _, w := range p {
		if left[w] > 0 {
			left[w]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	pr, rc := float64(common)/float64(len(p)), float64(common)/float64(len(g))
	return 2 * pr * rc / (pr + rc)
}

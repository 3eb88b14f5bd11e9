package brief

import (
	"slices"
	"strings"

	"briefbot"
	"briefbot/lang"
)

// Field weights of relevance: a topic in the headline counts most, then
// in the one-line summary and its people and places; every candidate
// matched somewhere, the body at least, which counts 1.
const (
	weightTitle   = 10
	weightSummary = 4
	weightWho     = 3
	weightWhere   = 3
)

// relevance scores c for m: 1, plus for each short field the weight of
// the field times the number of m's groups that one of its terms matches
// there. The store already found every group in the article; a field that
// names the topic tells how much the article is about it.
func relevance(c briefbot.Candidate, m [][]phrase) float64 {
	score := 1.0
	for _, f := range []struct {
		toks   []string
		weight float64
	}{
		{tokens(c.Title), weightTitle},
		{tokens(c.Summary), weightSummary},
		{listTokens(c.Who), weightWho},
		{listTokens(c.Where), weightWhere},
	} {
		if len(f.toks) == 0 {
			continue
		}
		for _, group := range m {
			if slices.ContainsFunc(group, func(p phrase) bool { return p.in(f.toks) }) {
				score += f.weight
			}
		}
	}
	return score
}

// tokens are the words of s as the store's search cuts them (see
// briefbot.Term): folded, letters and digits.
func tokens(s string) []string { return lang.Words(s) }

// listTokens are the tokens of the names of a list, in order, as one text.
func listTokens(names []string) []string {
	var toks []string
	for _, n := range names {
		toks = append(toks, tokens(n)...)
	}
	return toks
}

// phrase is a term as tokens.
type phrase struct {
	words  []string
	prefix bool
}

// phrases tokenizes the terms of m once for all candidates.
func phrases(m briefbot.Match) [][]phrase {
	out := make([][]phrase, len(m))
	for i, group := range m {
		for _, t := range group {
			if ws := tokens(t.Phrase); len(ws) > 0 {
				out[i] = append(out[i], phrase{ws, t.Prefix})
			}
		}
	}
	return out
}

// in reports whether the phrase's words follow one another in toks, its
// last word as the start of a token when it is a prefix.
func (p phrase) in(toks []string) bool {
	for i := 0; i+len(p.words) <= len(toks); i++ {
		if p.at(toks[i:]) {
			return true
		}
	}
	return false
}

func (p phrase) at(toks []string) bool {
	last := len(p.words) - 1
	for j, w := range p.words {
		if toks[j] == w || j == last && p.prefix && strings.HasPrefix(toks[j], w) {
			continue
		}
		return false
	}
	return true
}

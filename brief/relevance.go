package brief

import (
	"bytes"
	"slices"

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
// names the topic tells how much the article is about it. line is a
// buffer to cut the fields into, reused from candidate to candidate.
func relevance(c briefbot.Candidate, m [][]phrase, line *[]byte) float64 {
	score := 1.0
	for _, f := range []struct {
		names  []string
		weight float64
	}{
		{[]string{c.Title}, weightTitle},
		{[]string{c.Summary}, weightSummary},
		{c.Who, weightWho},
		{c.Where, weightWhere},
	} {
		*line = append((*line)[:0], ' ')
		for _, n := range f.names {
			*line = lang.AppendWords(*line, n)
		}
		if len(*line) == 1 {
			continue
		}
		for _, group := range m {
			if slices.ContainsFunc(group, func(p phrase) bool { return p.in(*line) }) {
				score += f.weight
			}
		}
	}
	return score
}

// phrase is a term as its words appear in a line of words (see
// lang.AppendWords): " north korea " as a whole, or " north kor" at the
// start of a word for a prefix.
type phrase struct{ pattern []byte }

// phrases cuts the terms of m once for all candidates; a key is no
// phrase (ranking reads words).
func phrases(m briefbot.Match) [][]phrase {
	out := make([][]phrase, len(m))
	for i, group := range m {
		for _, t := range group {
			p := lang.AppendWords([]byte{' '}, t.Phrase)
			if len(p) == 1 {
				continue
			}
			if t.Prefix {
				p = p[:len(p)-1]
			}
			out[i] = append(out[i], phrase{p})
		}
	}
	return out
}

// in reports whether the phrase's words follow one another in line, its
// last word as the start of a word when it is a prefix.
func (p phrase) in(line []byte) bool { return bytes.Contains(line, p.pattern) }

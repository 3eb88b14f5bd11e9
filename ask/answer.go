package ask

import (
	"math"
	"sort"
	"strings"

	"briefbot"
)

// Quote is one sentence of a stored article given as (part of) an answer.
type Quote struct {
	Sentence string
	Article  briefbot.Article
}

// Scoring of candidate sentences.
const (
	minCoverage  = 0.5  // the weighted share of the question's concepts a sentence must mention
	kindBonus    = 0.3  // for a sentence with the kind of answer asked for
	leadBonus    = 0.05 // for the first sentence of an article
	memoryBonus  = 0.1  // for a sentence of a story the chat was just briefed on
	closeEnough  = 0.85 // quotes beyond the best score at least this share of it
	maxQuotes    = 3
	maxPerSource = 2
)

// sentence is one sentence that may answer a question.
type sentence struct {
	Quote
	words  []string // folded
	lead   bool
	memory bool
	score  float64
}

// sentenceCandidates splits the articles into sentences.
func sentenceCandidates(arts []briefbot.Article, memory bool) []sentence {
	var out []sentence
	for _, a := range arts {
		for i, s := range Sentences(a.Text) {
			out = append(out, sentence{Quote: Quote{Sentence: s, Article: a}, words: foldWords(s), lead: i == 0, memory: memory})
		}
	}
	return out
}

// bestQuotes returns the quotes that answer q among cs, best first; none when no
// sentence supports an answer.
func bestQuotes(q question, cs []sentence) []Quote {
	present := mentions(q, cs)
	idf := conceptWeights(q, present)
	var kept []sentence
	for i, c := range cs {
		if c.score = scoreSentence(q, c, idf, present[i]); c.score > 0 {
			kept = append(kept, c)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].score > kept[j].score })
	return pickQuotes(kept)
}

// mentions tells, for each sentence of cs, which concepts of q it
// mentions: the one pass over the sentences' words that weighting and
// scoring share.
func mentions(q question, cs []sentence) [][]bool {
	out := make([][]bool, len(cs))
	flat := make([]bool, len(cs)*len(q.concepts))
	for i, s := range cs {
		out[i] = flat[i*len(q.concepts) : (i+1)*len(q.concepts)]
		for j, c := range q.concepts {
			out[i][j] = c.in(s.words)
		}
	}
	return out
}

// conceptWeights gives each concept of q an IDF-like weight: a concept that few
// candidate sentences mention counts more.
func conceptWeights(q question, present [][]bool) []float64 {
	w := make([]float64, len(q.concepts))
	for i := range q.concepts {
		df := 0
		for _, p := range present {
			if p[i] {
				df++
			}
		}
		w[i] = math.Log(1 + float64(len(present)+1)/float64(df+1))
	}
	return w
}

// scoreSentence rates how well a sentence, which mentions the concepts of
// q that present says, answers q; 0 means it does not.
func scoreSentence(q question, c sentence, idf []float64, present []bool) float64 {
	var total, got float64
	keys, keysGot := 0, 0
	for i, con := range q.concepts {
		total += idf[i]
		in := present[i]
		if in {
			got += idf[i]
		}
		if con.key {
			keys++
			if in {
				keysGot++
			}
		}
	}
	if total == 0 || got/total < minCoverage || !enoughKeys(keys, keysGot) {
		return 0
	}
	s := got / total
	if q.kind != kindWhat {
		if !hasKind(q.kind, c.Sentence, c.words) {
			return 0
		}
		s += kindBonus
	}
	if c.lead {
		s += leadBonus
	}
	if c.memory {
		s += memoryBonus
	}
	return s
}

// enoughKeys: a question about one or two names or nouns needs them all; a
// longer one needs two thirds of them.
func enoughKeys(keys, got int) bool {
	if keys <= 2 {
		return got == keys
	}
	return 3*got >= 2*keys
}

// in reports whether the sentence words mention the concept.
func (c concept) in(ws []string) bool {
	for _, alt := range c.alts {
		if strings.Contains(alt, " ") {
			if containsPhrase(ws, strings.Fields(alt)) {
				return true
			}
			continue
		}
		for _, w := range ws {
			if matchWord(w, alt) {
				return true
			}
		}
	}
	return false
}

func containsPhrase(ws, phrase []string) bool {
	for i := 0; i+len(phrase) <= len(ws); i++ {
		match := true
		for j, p := range phrase {
			if ws[i+j] != p {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// pickQuotes takes the best sentence and those scoring close to it, at most
// maxQuotes and maxPerSource from one article, without repeats.
func pickQuotes(sorted []sentence) []Quote {
	var out []Quote
	seen := map[string]bool{}
	per := map[int64]int{}
	for _, c := range sorted {
		if len(out) == maxQuotes || c.score < closeEnough*sorted[0].score {
			break
		}
		key := strings.Join(c.words, " ")
		if seen[key] || per[c.Article.ID] == maxPerSource {
			continue
		}
		seen[key] = true
		per[c.Article.ID]++
		out = append(out, c.Quote)
	}
	return out
}

package ask

import "math"

// weights are the BM25 weights of a question's concepts over the
// candidate sentences: a concept few sentences name counts more.
type weights struct {
	idf    []float64
	total  float64
	avgLen float64
}

func newWeights(q question, stories []*story) weights {
	w := weights{idf: make([]float64, len(q.concepts))}
	df := make([]int, len(q.concepts))
	n, words := 0, 0
	for _, st := range stories {
		for i, hs := range st.hits {
			n++
			words += len(st.toks[i])
			for k, f := range frequencies(len(q.concepts), hs) {
				if f > 0 {
					df[k]++
				}
			}
		}
	}
	if n > 0 {
		w.avgLen = float64(words) / float64(n)
	}
	for i, c := range q.concepts {
		d := float64(max(df[i], 1)) // a word no sentence holds weighs as one that one does
		w.idf[i] = math.Log(1+(float64(n)-d+0.5)/(d+0.5)) * roleWeight(c.role)
		if c.word == q.counted {
			w.idf[i] *= countedWeight
		}
		w.total += w.idf[i]
	}
	return w
}

func roleWeight(r role) float64 {
	if r == roleVerb {
		return verbWeight
	}
	return 1
}

// frequencies counts the hits of each of n concepts.
func frequencies(n int, hs []hit) []int {
	tf := make([]int, n)
	for _, h := range hs {
		tf[h.concept]++
	}
	return tf
}

// cover rates how much of q sentence i of st says, with its story around
// it; ok is false for a sentence that cannot answer: one that says none of
// the question's nouns and names itself, whose story lacks a name the
// question gives, that lacks its figure or what it must say itself (see
// concept.must), or that says less than minCoverage of it.
func (w weights) cover(q question, st *story, i int) (candidate, bool) {
	tf := frequencies(len(q.concepts), st.hits[i])
	norm := 1 - bm25B + bm25B*float64(len(st.toks[i]))/max(w.avgLen, 1)
	var got float64
	named := q.onlyVerbs()
	for k, c := range q.concepts {
		v, said := presence(c, st, i, k, tf[k], norm)
		switch {
		case c.role == roleName && v == 0,
			c.role == roleNumber && tf[k] == 0 && v < inHeadline,
			c.must && tf[k] == 0:
			return candidate{}, false
		}
		named = named || said && c.role != roleVerb
		got += w.idf[k] * v
	}
	if !named || w.total == 0 || got/w.total < minCoverage {
		return candidate{}, false
	}
	return candidate{st: st, i: i, cover: got / w.total}, true
}

// presence is how much sentence i of st says concept c, the k-th of its
// question, which it names tf times: its BM25 term weight, at most 1; or
// its pronoun's, for the story's main actor; or its story's (see
// story.context). said reports whether the sentence says it itself.
func presence(c concept, st *story, i, k, tf int, norm float64) (v float64, said bool) {
	switch {
	case tf > 0:
		f := float64(tf)
		return min(f*(bm25K1+1)/(f+bm25K1*norm)/((bm25K1+1)/(1+bm25K1)), 1), true
	case c.month > 0 && st.saysMonth(i, c.month):
		return 1, true
	case c.role == roleName && st.pronoun[i] && st.actorIs(c):
		return inPronoun, true
	case c.role == roleName && st.context[k] >= inHeadline:
		return inHeadline, false
	case c.role == roleName:
		return 0, false
	}
	return st.context[k] * nounContext, false
}

// onlyVerbs reports whether the question names nothing but common verbs:
// "where did they meet?".
func (q question) onlyVerbs() bool {
	for _, c := range q.concepts {
		if c.role != roleVerb {
			return false
		}
	}
	return true
}

package eval

import (
	"math"

	"briefbot"
	"briefbot/ask"
	"briefbot/lang"
)

// The baseline's BM25 parameters, the usual ones.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// bm25 is the baseline: a plain BM25 retriever over the sentences of the
// stored articles, each sentence a document, with no synonyms, no
// translation and no answer types.
type bm25 struct {
	sentences []bm25Sentence
	df        map[string]int
	avgLen    float64
}

type bm25Sentence struct {
	text    string
	article int64
	tf      map[string]int
	n       int // terms
}

// bm25Stopwords are the function words, stop words and question words of
// every lexicon, folded.
var bm25Stopwords = func() map[string]bool {
	out := map[string]bool{}
	add := func(w string) {
		for _, f := range lang.Words(w) {
			out[f] = true
		}
	}
	for _, l := range lang.All() {
		for _, set := range []lang.Set{l.Text.FunctionWords, l.Text.Stopwords, l.Questions.Stopwords} {
			for w := range set {
				add(w)
			}
		}
		for w := range l.Questions.Words {
			add(w)
		}
	}
	return out
}()

// bm25Terms are the folded words of s that are not stop words.
func bm25Terms(s string) []string {
	var out []string
	for _, w := range lang.Words(s) {
		if !bm25Stopwords[w] {
			out = append(out, w)
		}
	}
	return out
}

// newBM25 indexes the sentences of arts (see ask.Sentences, the sentences
// /ask quotes).
func newBM25(arts []briefbot.Article) *bm25 {
	b := &bm25{df: map[string]int{}}
	total := 0
	for _, a := range arts {
		for _, s := range ask.Sentences(a.Text) {
			terms := bm25Terms(s)
			tf := map[string]int{}
			for _, t := range terms {
				tf[t]++
			}
			for t := range tf {
				b.df[t]++
			}
			b.sentences = append(b.sentences, bm25Sentence{text: s, article: a.ID, tf: tf, n: len(terms)})
			total += len(terms)
		}
	}
	if len(b.sentences) > 0 {
		b.avgLen = float64(total) / float64(len(b.sentences))
	}
	return b
}

// best is the sentence that scores highest for the question's terms, among
// the articles in (all of them when in is nil), and its score; "" and 0
// when no sentence has any of the terms.
func (b *bm25) best(question []string, in map[int64]bool) (string, float64) {
	var top string
	var topScore float64
	for _, s := range b.sentences {
		if in != nil && !in[s.article] {
			continue
		}
		if sc := b.score(question, s); sc > topScore {
			top, topScore = s.text, sc
		}
	}
	return top, topScore
}

func (b *bm25) score(question []string, s bm25Sentence) float64 {
	n := float64(len(b.sentences))
	var sum float64
	for _, t := range question {
		tf := float64(s.tf[t])
		if tf == 0 {
			continue
		}
		df := float64(b.df[t])
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		sum += idf * tf * (bm25K1 + 1) / (tf + bm25K1*(1-bm25B+bm25B*float64(s.n)/b.avgLen))
	}
	return sum
}

// bm25Pick is the baseline's two candidates for one question: the best
// sentence of the brief's stories, and the best of the whole store.
type bm25Pick struct {
	brief, store           string
	briefScore, storeScore float64
}

// reply is the baseline's answer at threshold t: the brief's best sentence
// when it scores at least t, else the store's when it does, else nothing
// ("I don't know").
func (p bm25Pick) reply(t float64) (quote string, fromBrief bool) {
	switch {
	case p.briefScore > 0 && p.briefScore >= t:
		return p.brief, true
	case p.storeScore > 0 && p.storeScore >= t:
		return p.store, false
	}
	return "", false
}

package tagger

import (
	"math/rand/v2"
	"slices"
)

// Sentence is one training example: its words and the label of each.
type Sentence struct {
	Words  []string
	Labels []Label
}

// Options set how a model is trained.
type Options struct {
	Bits   uint   // the table holds 2^Bits buckets
	Epochs int    // passes over the examples
	Seed   uint64 // the order of the examples in each pass follows from it
}

// trainer holds an averaged perceptron's weights while it learns: the
// current weights, their sums over the steps so far, and the step at
// which each was last summed, so that averaging costs nothing a step.
type trainer struct {
	bits     uint
	w        []float32
	sum      []float64
	stamp    []int32
	step     int32
	hs       [numTemplates]uint64
	feats    []wordFeats
	labels   []Label
	starters []uint64
}

// starters lists the hashes of the plain words that begin a name in the
// examples.
func starters(examples []Sentence) []uint64 {
	var out []uint64
	var feats []wordFeats
	for _, s := range examples {
		feats = describe(feats[:0], s.Words)
		for i, l := range s.Labels {
			if l != O && !l.inside() && feats[i].plain {
				out = append(out, feats[i].word)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (t *trainer) starts(h uint64) bool {
	_, found := slices.BinarySearch(t.starters, h)
	return found
}

// Train learns a model from examples and returns it encoded, as Load
// reads it. The same examples and options give the same bytes.
func Train(examples []Sentence, opt Options) []byte {
	n := (1 << opt.Bits) * rowLen
	t := &trainer{bits: opt.Bits, w: make([]float32, n), sum: make([]float64, n), stamp: make([]int32, n)}
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	t.starters = starters(examples)
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x5851f42d4c957f2d))
	for range opt.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			t.learn(examples[k])
		}
	}
	return encode(opt.Bits, t.average(), t.starters)
}

// learn tags one sentence with the current weights and, at each word it
// gets wrong, moves the weights toward the right label. The labels before
// a word are those it gave, as when it tags for real.
func (t *trainer) learn(s Sentence) {
	t.feats = describe(t.feats[:0], s.Words)
	t.labels = t.labels[:0]
	shift := 64 - t.bits
	for i := range s.Words {
		if skips(&t.feats[i], t.labels, i, t.starts) {
			t.labels = append(t.labels, O)
			continue
		}
		t.step++
		addAffixes(&t.feats[i], s.Words[i])
		features(&t.hs, t.feats, i, t.labels)
		var score [numLabels]float32
		for _, h := range t.hs {
			row := t.w[int(h>>shift)*rowLen:][:numLabels]
			for l := range numLabels {
				score[l] += row[l]
			}
		}
		guess, gold := best(score[:], prevLabel(t.labels, i)), s.Labels[i]
		if guess != gold {
			for _, h := range t.hs {
				base := int(h>>shift) * rowLen
				t.update(base+int(gold), 1)
				t.update(base+int(guess), -1)
			}
		}
		t.labels = append(t.labels, guess)
	}
}

func (t *trainer) update(k int, d float32) {
	t.sum[k] += float64(t.step-t.stamp[k]) * float64(t.w[k])
	t.stamp[k] = t.step
	t.w[k] += d
}

// average is the mean of each weight over all steps.
func (t *trainer) average() []float32 {
	out := make([]float32, len(t.w))
	if t.step == 0 {
		return out
	}
	for k := range t.w {
		s := t.sum[k] + float64(t.step-t.stamp[k])*float64(t.w[k])
		out[k] = float32(s / float64(t.step))
	}
	return out
}

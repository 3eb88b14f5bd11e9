// Package tagger finds the names of people, places and organisations in a
// sentence with an averaged perceptron: each word gets a label (outside a
// name, or the beginning or inside of one of the three kinds) from hashed
// features of the word, its neighbours and the labels already given,
// read greedily left to right.
//
// A model is a flat table of quantized weights read where it lies: opening
// one costs no copy, and tagging a sentence allocates nothing once the
// scratch buffers have grown. The French model, trained on WiNER-fr, is
// embedded (see French); internal/tagger/gen trains it again.
package tagger

import (
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"sync"
)

// Label is what a word is in a name, in BIO form.
type Label uint8

// The labels. A name starts on a B label and goes on over I labels of its
// kind.
const (
	O Label = iota
	BPer
	IPer
	BLoc
	ILoc
	BOrg
	IOrg
	numLabels
)

// rowLen is the weights a bucket holds: one a label, and one unused so
// that a bucket is 16 aligned bytes, read in two loads.
const rowLen = 8

// Kind is what a name names.
type Kind uint8

// The kinds of name.
const (
	None Kind = iota
	Person
	Location
	Organization
)

// Kind tells the kind of name a label belongs to.
func (l Label) Kind() Kind {
	if l == O || l >= numLabels {
		return None
	}
	return Kind((l + 1) / 2)
}

// inside reports whether l continues a name rather than starting one.
func (l Label) inside() bool { return l != O && l%2 == 0 }

// begin is the label that starts a name of kind k.
func begin(k Kind) Label { return Label(2*k - 1) }

// Span is one name: the words first..last, inclusive.
type Span struct {
	Kind        Kind
	First, Last int
}

// AppendSpans appends the names that labels mark to out.
func AppendSpans(out []Span, labels []Label) []Span {
	for i := 0; i < len(labels); i++ {
		k := labels[i].Kind()
		if k == None {
			continue
		}
		j := i
		for j+1 < len(labels) && labels[j+1] == begin(k)+1 {
			j++
		}
		out = append(out, Span{Kind: k, First: i, Last: j})
		i = j
	}
	return out
}

// Model is a trained table of weights: for each of 2^bits buckets of
// hashed features, one weight a label. It also lists the words without a
// capital or a digit that began a name in training ("ministère",
// "avenue"): after a word outside a name, any other such word or mark is
// outside one too and costs no scoring, which spares most words.
type Model struct {
	bits     uint
	starters hashSet
	weights  []byte // little-endian int16, rowLen a bucket
}

const magic = "BBTAGGR2"

// headerSize is the magic, the table's bits and the number of starters.
const headerSize = len(magic) + 8

// ErrFormat tells that data is no model.
var ErrFormat = errors.New("tagger: not a model file")

// Load reads a model from data, in place: data must not change after.
func Load(data []byte) (*Model, error) {
	if len(data) < headerSize || string(data[:len(magic)]) != magic {
		return nil, ErrFormat
	}
	bits := uint(binary.LittleEndian.Uint32(data[len(magic):]))
	n := int(binary.LittleEndian.Uint32(data[len(magic)+4:]))
	if bits < 4 || bits > 26 || n < 0 || n > len(data)/8 || len(data)-headerSize-8*n != (1<<bits)*rowLen*2 {
		return nil, ErrFormat
	}
	starters := newHashSet(n)
	for i := range n {
		starters.add(binary.LittleEndian.Uint64(data[headerSize+8*i:]))
	}
	return &Model{bits: bits, starters: starters, weights: data[headerSize+8*n:]}, nil
}

// starts reports whether a plain word began a name in training.
func (m *Model) starts(h uint64) bool { return m.starters.has(h) }

// skips reports whether word i is outside a name without scoring it.
func skips(f *wordFeats, labels []Label, i int, starts func(uint64) bool) bool {
	return f.plain && prevLabel(labels, i) == O && !starts(f.word)
}

// encode writes a model file. Weights are scaled so that the largest is
// the largest int16; starters are sorted.
func encode(bits uint, w []float32, starters []uint64) []byte {
	peak := float32(0)
	for _, x := range w {
		peak = max(peak, float32(math.Abs(float64(x))))
	}
	scale := float32(1)
	if peak > 0 {
		scale = math.MaxInt16 / peak
	}
	slices.Sort(starters)
	starters = slices.Compact(starters)
	out := make([]byte, headerSize, headerSize+8*len(starters)+2*len(w))
	copy(out, magic)
	binary.LittleEndian.PutUint32(out[len(magic):], uint32(bits))
	binary.LittleEndian.PutUint32(out[len(magic)+4:], uint32(len(starters)))
	for _, h := range starters {
		out = binary.LittleEndian.AppendUint64(out, h)
	}
	for _, x := range w {
		out = binary.LittleEndian.AppendUint16(out, uint16(int16(math.Round(float64(x*scale)))))
	}
	return out
}

// scratch holds the per-word features of one sentence while it is tagged.
type scratch struct{ feats []wordFeats }

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// Tag labels the words of one sentence, appending to out[:0]. Words are
// as written; the tagger reads their case.
func (m *Model) Tag(words []string, out []Label) []Label {
	out = out[:0]
	if len(words) == 0 {
		return out
	}
	sc := scratches.Get().(*scratch)
	sc.feats = describe(sc.feats[:0], words)
	var hs [numTemplates]uint64
	shift := 64 - m.bits
	for i := range words {
		if skips(&sc.feats[i], out, i, m.starts) {
			out = append(out, O)
			continue
		}
		addAffixes(&sc.feats[i], words[i])
		features(&hs, sc.feats, i, out)
		var score [numLabels]int32
		for _, h := range hs {
			row := m.weights[int(h>>shift)*rowLen*2:][:rowLen*2]
			lo, hi := binary.LittleEndian.Uint64(row), binary.LittleEndian.Uint64(row[8:])
			score[0] += int32(int16(lo))
			score[1] += int32(int16(lo >> 16))
			score[2] += int32(int16(lo >> 32))
			score[3] += int32(int16(lo >> 48))
			score[4] += int32(int16(hi))
			score[5] += int32(int16(hi >> 16))
			score[6] += int32(int16(hi >> 32))
		}
		out = append(out, best(score[:], prevLabel(out, i)))
	}
	scratches.Put(sc)
	return out
}

// best picks the highest-scoring label that may follow prev: an I label
// only continues a name of its kind.
func best[T int32 | float32](score []T, prev Label) Label {
	top := O
	for l := Label(1); l < numLabels; l++ {
		if l.inside() && prev != l && prev != l-1 {
			continue
		}
		if score[l] > score[top] {
			top = l
		}
	}
	return top
}

func prevLabel(labels []Label, i int) Label {
	if i == 0 {
		return O
	}
	return labels[i-1]
}

// LabelOf is the label of a word in a name of kind k: its first word, or
// one after.
func LabelOf(k Kind, inside bool) Label {
	if k == None {
		return O
	}
	if inside {
		return begin(k) + 1
	}
	return begin(k)
}

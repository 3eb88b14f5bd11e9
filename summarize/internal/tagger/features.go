package tagger

import (
	"unicode"
	"unicode/utf8"
)

// wordFeats is what the tagger reads of one word, hashed once a sentence.
type wordFeats struct {
	word, shape        uint64 // the word in lower case; its shape ("Xx", "X.X.", "d")
	pre3, suf2, suf3   uint64 // its first three, last two and last three characters, lower case
	suf4               uint64
	cap, upper, digits bool
	plain              bool // no capital and no digit: a word in lower case or a mark
}

// The feature templates. Each yields one hashed feature a word.
const (
	tBias = iota
	tWord
	tPrev1
	tNext1
	tPre3
	tSuf2
	tSuf3
	tSuf4
	tShape
	tShapePrevShape
	tShapeNextShape
	tLabel
	tLabelWord
	tLabelShape
	tPrevWordShape
	tShapeNextWord
	tBigram
	numTemplates
)

// Hashes standing for the words before the first and after the last.
const (
	startHash = 0x9e3779b97f4a7c15
	endHash   = 0xc2b2ae3d27d4eb4f
)

// describe appends the features of each word to out.
func describe(out []wordFeats, words []string) []wordFeats {
	for _, w := range words {
		out = append(out, featuresOf(w))
	}
	return out
}

// featuresOf hashes one word without building a string: its lower-case
// form and its shape are hashed as the runes are read. Its affixes wait
// for addAffixes, since only the words that are scored need them.
func featuresOf(w string) wordFeats {
	f := wordFeats{word: offset, shape: offset}
	k, prevShape := 0, rune(0)
	letters, uppers := 0, 0
	for i := 0; i < len(w); k++ {
		var lr, s rune
		if b := w[i]; b < utf8.RuneSelf {
			lr, s = latinLower[b], latinShape[b]
			i++
		} else {
			r, n := utf8.DecodeRuneInString(w[i:])
			lr, s = lowerShape(r)
			i += n
		}
		f.word = mixRune(f.word, lr)
		if s != prevShape && k < 8 {
			f.shape = mixRune(f.shape, s)
		}
		prevShape = s
		switch s {
		case 'X':
			letters++
			uppers++
		case 'x':
			letters++
		case 'd':
			f.digits = true
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	f.cap = r < utf8.RuneSelf && 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
	f.upper = letters >= 2 && uppers == letters
	f.plain = uppers == 0 && !f.digits
	return f
}

// lowerShape gives a rune in lower case and its class in a word's shape:
// 'X' upper case, 'x' other letters, 'd' digits, the rune itself else.
// The Latin characters are read from a table.
func lowerShape(r rune) (rune, rune) {
	if uint32(r) < uint32(len(latinLower)) {
		return latinLower[r], latinShape[r]
	}
	return lowerShapeOf(r)
}

// lowerShapeOf is what lowerShape gives, worked out.
func lowerShapeOf(r rune) (rune, rune) {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z':
			return r, 'x'
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A', 'X'
		case '0' <= r && r <= '9':
			return r, 'd'
		}
		return r, r
	}
	switch {
	case unicode.IsUpper(r):
		return unicode.ToLower(r), 'X'
	case unicode.IsLetter(r):
		return unicode.ToLower(r), 'x'
	case unicode.IsDigit(r):
		return r, 'd'
	}
	return r, r
}

// latinLower and latinShape are what lowerShapeOf gives of each
// character up to U+024F: ASCII, Latin-1 and Latin Extended-A and -B.
var latinLower, latinShape = func() (low, shape [0x250]rune) {
	for r := range rune(len(low)) {
		low[r], shape[r] = lowerShapeOf(r)
	}
	return low, shape
}()

// addAffixes hashes the first three and the last two, three and four
// characters of the word w, in lower case, into f.
func addAffixes(f *wordFeats, w string) {
	f.pre3 = offset
	k := 0
	for _, r := range w {
		if k == 3 {
			break
		}
		lr, _ := lowerShape(r)
		f.pre3 = mixRune(f.pre3, lr)
		k++
	}
	var last [4]rune // the last four characters lowered, right-aligned
	n := 0
	for end := len(w); end > 0 && n < 4; n++ {
		r, size := utf8.DecodeLastRuneInString(w[:end])
		last[3-n], _ = lowerShape(r)
		end -= size
	}
	f.suf2 = affix(last[:], 2, n)
	f.suf3 = affix(last[:], 3, n)
	f.suf4 = affix(last[:], 4, n)
}

// FNV-1a over the bytes of each rune.
const (
	offset = 14695981039346656037
	prime  = 1099511628211
)

func mixRune(h uint64, r rune) uint64 {
	for r > 0 {
		h ^= uint64(r & 0xff)
		h *= prime
		r >>= 8
	}
	return h
}

// mix hashes a template and two values into one feature.
func mix(t int, a, b uint64) uint64 {
	h := uint64(t+1)*0x9e3779b97f4a7c15 ^ a
	h = (h ^ h>>31) * 0xbf58476d1ce4e5b9
	h ^= b
	h = (h ^ h>>29) * 0x94d049bb133111eb
	return h ^ h>>32
}

// features hashes the features of word i into hs, reading the labels
// already given to the words before it.
func features(hs *[numTemplates]uint64, feats []wordFeats, i int, labels []Label) {
	f := &feats[i]
	at := func(j int) *wordFeats {
		if j < 0 || j >= len(feats) {
			return nil
		}
		return &feats[j]
	}
	word := func(j int) uint64 {
		switch g := at(j); {
		case g != nil:
			return g.word
		case j < 0:
			return startHash
		}
		return endHash
	}
	shape := func(j int) uint64 {
		switch g := at(j); {
		case g != nil:
			return g.shape
		case j < 0:
			return startHash
		}
		return endHash
	}
	l1 := uint64(prevLabel(labels, i))
	hs[tBias] = mix(tBias, 0, 0)
	hs[tWord] = mix(tWord, f.word, 0)
	hs[tPrev1] = mix(tPrev1, word(i-1), 0)
	hs[tNext1] = mix(tNext1, word(i+1), 0)
	hs[tPre3] = mix(tPre3, f.pre3, 0)
	hs[tSuf2] = mix(tSuf2, f.suf2, 0)
	hs[tSuf3] = mix(tSuf3, f.suf3, 0)
	hs[tSuf4] = mix(tSuf4, f.suf4, 0)
	hs[tShape] = mix(tShape, f.shape, flags(f))
	hs[tShapePrevShape] = mix(tShapePrevShape, f.shape, shape(i-1))
	hs[tShapeNextShape] = mix(tShapeNextShape, f.shape, shape(i+1))
	hs[tLabel] = mix(tLabel, l1, 0)
	hs[tLabelWord] = mix(tLabelWord, l1, f.word)
	hs[tLabelShape] = mix(tLabelShape, l1, f.shape)
	hs[tPrevWordShape] = mix(tPrevWordShape, word(i-1), f.shape)
	hs[tShapeNextWord] = mix(tShapeNextWord, f.shape, word(i+1))
	hs[tBigram] = mix(tBigram, word(i-1), f.word)
}

func flags(f *wordFeats) uint64 {
	var b uint64
	if f.cap {
		b |= 1
	}
	if f.upper {
		b |= 2
	}
	if f.digits {
		b |= 4
	}
	return b
}

// affix hashes the last m of the n characters that last holds,
// right-aligned.
func affix(last []rune, m, n int) uint64 {
	h := uint64(offset) + uint64(m)
	for _, r := range last[4-min(m, n):] {
		h = mixRune(h, r)
	}
	return h
}

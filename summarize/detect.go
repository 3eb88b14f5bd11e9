package summarize

import (
	"unicode"
	"unicode/utf8"

	"briefbot/lang"
)

// minLangEvidence is the number of function words below which the detector
// gives no answer.
const minLangEvidence = 3

// detected lists the languages the detector tells apart: those whose
// lexicon holds function words, in the order ties are read.
var detected = func() []*lang.Lexicon {
	var out []*lang.Lexicon
	for _, l := range lang.All() {
		if len(l.Text.FunctionWords) > 0 {
			out = append(out, l)
		}
	}
	return out
}()

// functionWords maps each function word to the languages (bits in the
// order of detected) it belongs to. Words shared by several languages
// ("de", "la", "a") count for each of them.
var functionWords = func() map[string]uint64 {
	m := map[string]uint64{}
	for i, l := range detected[:min(len(detected), 64)] {
		for w := range l.Text.FunctionWords {
			m[w] |= 1 << i
		}
	}
	return m
}()

// detectLang guesses the language of texts, read one after the other, from
// their function words; "" when they give too little evidence or two
// languages tie.
func detectLang(texts ...string) string { return detectLangOf("", texts) }

// detectLangOf is detectLang(title, paras...), without the list.
func detectLangOf(title string, paras []string) string {
	d := langCounts{counts: make([]int, len(detected))}
	if !d.read(title) {
		for _, p := range paras {
			if d.read(p) {
				break
			}
		}
	}
	return leader(d.counts)
}

// langCounts counts the function words of each language in the words
// read so far.
type langCounts struct {
	counts []int
	words  int
}

// read counts the function words of text, up to maxLangWords in all; it
// reports whether the counts are settled, so that no more need be read.
func (d *langCounts) read(text string) bool {
	for start := -1; d.words < maxLangWords; {
		w, next, lowASCII := nextLetterWordCase(text, start)
		if w == "" {
			return false
		}
		start = next
		d.words++
		var bits uint64
		switch {
		case !lowASCII:
			bits = functionWordBits(w)
		case len(w) <= longestFunctionWord: // longer words, most of a text's, are none
			bits = functionWordBitsOf(w)
		}
		for i := range d.counts {
			if bits&(1<<i) != 0 {
				d.counts[i]++
			}
		}
		if d.words%32 == 0 && settled(d.counts, maxLangWords-d.words) {
			return true
		}
	}
	return false
}

// settled reports whether the leader of counts stays the leader whatever
// the words left to read say: it has its evidence, and no other language
// could catch up with it with one more count a word.
func settled(counts []int, left int) bool {
	best, second := 0, 0
	for _, c := range counts {
		if c > best {
			best, second = c, best
		} else if c > second {
			second = c
		}
	}
	return best >= minLangEvidence && best-second > left
}

// functionWordBits is the set of languages whose function word w is, in
// any case; a word is lowered without allocating, unless it is long.
func functionWordBits(w string) uint64 {
	if asciiCase(w) == asciiLower {
		if len(w) > longestFunctionWord {
			return 0 // most words of a text are longer than any function word
		}
		return functionWordBitsOf(w)
	}
	var buf [64]byte
	low := appendLower(buf[:0], w)
	if len(low) > longestFunctionWord {
		return 0
	}
	return functionWordBitsOf(string(low))
}

// functionWordTable holds functionWords for functionWordBitsOf.
var functionWordTable = newWordTable(functionWords)

// functionWordBitsOf is functionWords[w].
func functionWordBitsOf(w string) uint64 {
	if w == "" {
		return functionWords[w]
	}
	return functionWordTable.get(w)
}

// longestFunctionWord is the length of the longest key of functionWords,
// in bytes.
var longestFunctionWord = func() int {
	n := 0
	for w := range functionWords {
		n = max(n, len(w))
	}
	return n
}()

// leader is the language with the most function words, or "" when it
// has too few or ties with another.
func leader(counts []int) string {
	best := 0
	for i := range counts {
		if counts[i] > counts[best] {
			best = i
		}
	}
	second := 0
	for i := range counts {
		if i != best {
			second = max(second, counts[i])
		}
	}
	if len(counts) == 0 || counts[best] < minLangEvidence || counts[best] == second {
		return ""
	}
	return detected[best].Code
}

// maxLangWords is how many words of a text the detector reads.
const maxLangWords = 400

// nextLetterWord returns the next run of letters in text after byte offset
// from (-1 for the start) and the offset where it ends.
func nextLetterWord(text string, from int) (string, int) {
	w, next, _ := nextLetterWordCase(text, from)
	return w, next
}

// nextLetterWordCase is nextLetterWord, and whether the word is in ASCII
// lower case (asciiCase gives asciiLower), found as it is read.
func nextLetterWordCase(text string, from int) (w string, next int, lowASCII bool) {
	i := max(from, 0)
	for i < len(text) {
		if b := text[i]; b < utf8.RuneSelf {
			if asciiLetter(b) {
				break
			}
			i++ // the usual case, read without a call
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += n
	}
	j, lowASCII := i, true
	for j < len(text) {
		if b := text[j]; b < utf8.RuneSelf {
			if !asciiLetter(b) {
				break
			}
			lowASCII = lowASCII && b >= 'a' // of the letters, the capitals come first
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		lowASCII = false
		j += n
	}
	return text[i:j], j, lowASCII
}

// asciiLetter reports whether b is an ASCII letter.
func asciiLetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

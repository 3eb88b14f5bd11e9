package summarize

// The low form of a token is lower(text), set with its flags and word
// lists once the tokens of an article are read. A word already in lower
// case is its own low form; the words lowering changes are lowered into
// one buffer, made one string for all the tokens of an article, so that
// an article costs one allocation rather than one a capitalised word.

// tokenLowerer holds the buffers of lowerSentences for the next article.
type tokenLowerer struct {
	buf  []byte // the low forms lowering changes, end to end
	ends []int  // where each of them ends in buf, in token order
}

// lowerTokens sets the low forms of toks, which have none yet.
func lowerTokens(toks []token) {
	var bufs [256]byte
	var ends [32]int
	buf, end := stageLows(toks, bufs[:0], ends[:0])
	settleLows(toks, lowsOf(buf, end), end, 0)
}

// lowerSentences sets the low forms of the tokens of sents, which have
// none yet.
func (l *tokenLowerer) lowerSentences(sents []*sentence) {
	buf, ends := l.buf[:0], l.ends[:0]
	for _, s := range sents {
		buf, ends = stageLows(s.toks, buf, ends)
	}
	lows, k := lowsOf(buf, ends), 0
	for _, s := range sents {
		k = settleLows(s.toks, lows, ends, k)
	}
	l.buf, l.ends = buf, ends
}

// stageLows adds the flags of toks to those reading set, sets the low
// forms that are the text itself, and appends the others to buf, and
// where each ends to ends, leaving their low form "".
func stageLows(toks []token, buf []byte, ends []int) ([]byte, []int) {
	for k := range toks {
		t := &toks[k]
		t.flags |= flagsOf(t.text)
		start := len(buf)
		switch asciiCase(t.text) {
		case asciiLower:
			t.low, t.sets = t.text, setsOf(t.text)
			continue
		case asciiUpper:
			for i := range len(t.text) {
				buf = append(buf, lowerASCII(t.text[i]))
			}
		default:
			if buf = appendLowerFolded(buf, t.text); string(buf[start:]) == t.text {
				buf = buf[:start]
				t.low, t.sets = t.text, setsOf(t.text)
				continue
			}
		}
		ends = append(ends, len(buf))
	}
	return buf, ends
}

// lowsOf is the string of the low forms stageLows wrote, "" when it wrote
// none.
func lowsOf(buf []byte, ends []int) string {
	if len(ends) == 0 {
		return ""
	}
	return string(buf)
}

// settleLows gives the tokens stageLows left with no low form theirs, cut
// from lows, the k-th of ends first; it returns the index of the next.
func settleLows(toks []token, lows string, ends []int, k int) int {
	for i := range toks {
		if t := &toks[i]; t.low == "" {
			from := 0
			if k > 0 {
				from = ends[k-1]
			}
			t.low, t.sets = lows[from:ends[k]], setsOf(lows[from:ends[k]])
			k++
		}
	}
	return k
}

package summarize

// words lists the lower-cased name words of tokens first..last. Joiners
// are left out ("Charles de Gaulle" is charles, gaulle) unless the name
// holds nothing else, as "LA", "Van" and "De La" do.
func (sc *runScanner) words(first, last int) []string {
	out, joiners := sc.wordList(max(last-first+1, 0)), []string(nil)
	for k := first; k <= last; k++ {
		switch t := &sc.toks[k]; {
		case !t.isWord():
		case t.in(inJoiners):
			joiners = append(joiners, t.low)
		default:
			out = append(out, t.low)
		}
	}
	if len(out) == 0 {
		return joiners
	}
	if sc.arena != nil {
		*sc.arena = (*sc.arena)[:len(*sc.arena)+len(out)]
	}
	return out[:len(out):len(out)] // capped, so that an append to it never writes over the next run's
}

// wordList is an empty list with room for n words: the free end of the
// scanner's arena of words when it has one, growing it in blocks; words
// then keeps the part it filled.
func (sc *runScanner) wordList(n int) []string {
	if sc.arena == nil {
		return make([]string, 0, n)
	}
	buf := *sc.arena
	if cap(buf)-len(buf) < n {
		buf = make([]string, 0, max(wordBlock, n)) // the runs already found keep the block before
		*sc.arena = buf
	}
	return buf[len(buf) : len(buf) : len(buf)+n]
}

// wordBlock is how many run words an arena block holds.
const wordBlock = 512

package summarize

import "hash/maphash"

// wordSet is a set of words that an article fills and the next one reuses:
// an open-addressed table that reset empties without freeing, so that
// filling it costs neither allocation nor map growth once it has grown.
// The zero value and nil are empty sets.
type wordSet struct {
	slots []string  // a power of two of them, at most half full; "" is free
	n     int       // the words held, "" left out
	empty bool      // the set holds ""
	marks [4]uint64 // the bits markOf gives the words held, so that most words a small set lacks need no hashing
}

// markOf is the bit of marks that stands for the word w, not "", made of
// its length, its first two bytes and its last: the stems weigh compares
// are most of one length.
func markOf[S string | []byte](w S) (word int, bit uint64) {
	h := uint(w[0])*37 + uint(w[1%len(w)])*11 + uint(w[len(w)-1]) + uint(len(w))
	return int(h>>6) & 3, 1 << (h & 63)
}

// marked reports whether marks has the bit of w, not "".
func marked[S string | []byte](s *wordSet, w S) bool {
	k, bit := markOf(w)
	return s.marks[k]&bit != 0
}

var wordSetSeed = maphash.MakeSeed()

// slot is where the probe for w starts; the table has slots.
func (s *wordSet) slot(w string) int {
	return int(maphash.String(wordSetSeed, w)) & (len(s.slots) - 1)
}

// has reports whether the set holds w.
func (s *wordSet) has(w string) bool {
	if s == nil || w == "" {
		return s != nil && s.empty
	}
	if s.n == 0 || !marked(s, w) {
		return false
	}
	for i := s.slot(w); ; i = (i + 1) & (len(s.slots) - 1) {
		switch s.slots[i] {
		case w:
			return true
		case "":
			return false
		}
	}
}

// hasBytes reports whether the set holds string(b).
func (s *wordSet) hasBytes(b []byte) bool {
	if s == nil || len(b) == 0 {
		return s != nil && s.empty
	}
	if s.n == 0 || !marked(s, b) {
		return false
	}
	for i := int(maphash.Bytes(wordSetSeed, b)) & (len(s.slots) - 1); ; i = (i + 1) & (len(s.slots) - 1) {
		switch s.slots[i] {
		case string(b):
			return true
		case "":
			return false
		}
	}
}

// add puts w in the set.
func (s *wordSet) add(w string) {
	if w == "" {
		s.empty = true
		return
	}
	if 2*(s.n+1) > len(s.slots) {
		s.grow()
	}
	i := s.slot(w)
	for ; s.slots[i] != ""; i = (i + 1) & (len(s.slots) - 1) {
		if s.slots[i] == w {
			return
		}
	}
	s.slots[i] = w
	s.n++
	k, bit := markOf(w)
	s.marks[k] |= bit
}

// grow doubles the table, or makes its first.
func (s *wordSet) grow() {
	old := s.slots
	s.slots = make([]string, max(2*len(old), 256))
	s.n = 0
	for _, w := range old {
		if w != "" {
			s.add(w)
		}
	}
}

// reset empties the set, keeping its table and no word alive.
func (s *wordSet) reset() {
	if s.n > 0 {
		clear(s.slots)
	}
	s.n, s.empty, s.marks = 0, false, [4]uint64{}
}

package summarize

import "hash/maphash"

// wordSet is a set of words that an article fills and the next one reuses:
// an open-addressed table that reset empties without freeing, so that
// filling it costs neither allocation nor map growth once it has grown.
// The zero value and nil are empty sets.
type wordSet struct {
	slots []string // a power of two of them, at most half full; "" is free
	n     int      // the words held, "" left out
	empty bool     // the set holds ""
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
	if s.n == 0 {
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
	if s.n == 0 {
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
	s.n, s.empty = 0, false
}

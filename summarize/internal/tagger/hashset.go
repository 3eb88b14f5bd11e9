package tagger

// hashSet is a set of word hashes, read with one probe or a few: an
// open-addressed table, at most a quarter full, where 0 marks a free slot.
type hashSet struct {
	slots []uint64 // a power of two of them
	zero  bool     // the set holds the hash 0
}

// newHashSet makes a set with room for n hashes.
func newHashSet(n int) hashSet {
	size := 16
	for size < 4*n {
		size *= 2
	}
	return hashSet{slots: make([]uint64, size)}
}

func (s *hashSet) slot(h uint64) int { return int(h^h>>29) & (len(s.slots) - 1) }

func (s *hashSet) add(h uint64) {
	if h == 0 {
		s.zero = true
		return
	}
	i := s.slot(h)
	for s.slots[i] != 0 && s.slots[i] != h {
		i = (i + 1) & (len(s.slots) - 1)
	}
	s.slots[i] = h
}

func (s *hashSet) has(h uint64) bool {
	if h == 0 {
		return s.zero
	}
	for i := s.slot(h); ; i = (i + 1) & (len(s.slots) - 1) {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

package summarize

// cueSet finds whether any of a list of strings stands in a text, in one
// pass over the text: the strings are filed by their first byte, so only
// the strings that could start at a byte are compared there, and only
// where the next byte is one that one of them has second.
type cueSet struct {
	byFirst [256][]string
	pairs   [1 << 16 / 64]uint64 // the first two bytes of each cue, as a bit set; all pairs for a one-byte cue
	empty   bool                 // the list holds "", which every text contains
}

// newCueSet files cues for cueSet.in.
func newCueSet(cues ...string) *cueSet {
	c := new(cueSet)
	for _, w := range cues {
		if w == "" {
			c.empty = true
			continue
		}
		c.byFirst[w[0]] = append(c.byFirst[w[0]], w)
		for b := range 256 {
			if len(w) == 1 || b == int(w[1]) {
				c.addPair(int(w[0])<<8 | b)
			}
		}
	}
	return c
}

func (c *cueSet) addPair(p int)      { c.pairs[p/64] |= 1 << (p % 64) }
func (c *cueSet) hasPair(p int) bool { return c.pairs[uint(p)>>6]&(1<<(uint(p)&63)) != 0 }

// in reports whether any cue stands in s, as containsAny(s, cues...) does.
func (c *cueSet) in(s string) bool {
	if c.empty {
		return true
	}
	for i := 0; i < len(s); i++ {
		if i+1 < len(s) && !c.hasPair(int(s[i])<<8|int(s[i+1])) {
			continue
		}
		for _, w := range c.byFirst[s[i]] {
			if at(s, i, w) {
				return true
			}
		}
	}
	return false
}

// at reports whether w stands in s at byte i, comparing its last byte
// before the rest.
func at[T string | []byte](s T, i int, w string) bool {
	end := i + len(w)
	return end <= len(s) && s[end-1] == w[len(w)-1] && string(s[i:end]) == w
}

// inAfterSpace reports whether any cue stands in s at its start or after a
// space, as containsAny(" "+s, " "+cue...) does.
func inAfterSpace[T string | []byte](c *cueSet, s T) bool {
	if c.empty {
		return true
	}
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != ' ' {
			continue
		}
		for _, w := range c.byFirst[s[i]] {
			if at(s, i, w) {
				return true
			}
		}
	}
	return false
}

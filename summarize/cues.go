package summarize

// cueSet finds whether any of a list of strings stands in a text, in one
// pass over the text: the strings are filed by their first byte, so only
// the strings that could start at a byte are compared there.
type cueSet struct {
	byFirst [256][]string
	empty   bool // the list holds "", which every text contains
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
	}
	return c
}

// in reports whether any cue stands in s, as containsAny(s, cues...) does.
func (c *cueSet) in(s string) bool {
	if c.empty {
		return true
	}
	for i := 0; i < len(s); i++ {
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

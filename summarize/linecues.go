package summarize

// Cleaning asks of every line whether its lower case holds a widget's
// words, a teaser's, a cookie prompt's or a newsletter's. lineCues files
// the cues of the four lists together, so that one pass over a line
// answers all four questions where each list's cueSet.in would make its
// own.
const (
	cueWidget     lineCueGroups = 1 << iota // widgetCues
	cueTeaser                               // teaserCues
	cueCookie                               // cookieWords
	cueNewsletter                           // newsletterWords
)

// lineCueGroups is a set of the lists above, one bit a list.
type lineCueGroups uint8

var lineCues = newCueGroups(widgetCues, teaserCues, cookieWords, newsletterWords)

// cueGroups finds which of several lists of strings have one standing in
// a text, in one pass over it, as cueSet does for one list; list i is
// group 1<<i.
type cueGroups struct {
	byFirst [256][]groupCue
	pairs   [1 << 16 / 64]uint64 // as in cueSet, for the cues of every list
	empty   lineCueGroups        // the lists that hold ""
	all     lineCueGroups        // every list
}

// groupCue is one cue and the lists that hold it.
type groupCue struct {
	w      string
	groups lineCueGroups
}

// newCueGroups files the cues of sets, list i as group 1<<i.
func newCueGroups(sets ...*cueSet) *cueGroups {
	c := new(cueGroups)
	for i, set := range sets {
		g := lineCueGroups(1) << i
		c.all |= g
		if set.empty {
			c.empty |= g
		}
		for _, cues := range set.byFirst {
			for _, w := range cues {
				c.add(w, g)
			}
		}
	}
	c.pairs = unionPairs(sets)
	return c
}

// add files the cue w, not "", for group g.
func (c *cueGroups) add(w string, g lineCueGroups) {
	for k := range c.byFirst[w[0]] {
		if e := &c.byFirst[w[0]][k]; e.w == w {
			e.groups |= g
			return
		}
	}
	c.byFirst[w[0]] = append(c.byFirst[w[0]], groupCue{w, g})
}

// unionPairs is the pairs of bytes that open a cue of any of sets.
func unionPairs(sets []*cueSet) (pairs [1 << 16 / 64]uint64) {
	for _, set := range sets {
		for k := range pairs {
			pairs[k] |= set.pairs[k]
		}
	}
	return pairs
}

func (c *cueGroups) hasPair(p uint) bool { return c.pairs[p>>6]&(1<<(p&63)) != 0 }

// which is the groups with a cue standing in s: group g is in it just
// when the cueSet of its list says in(s).
func (c *cueGroups) which(s string) lineCueGroups {
	found := c.empty
	if found == c.all {
		return found
	}
	for i := 0; i < len(s); i++ {
		if i+1 < len(s) && !c.hasPair(uint(s[i])<<8|uint(s[i+1])) {
			continue
		}
		for _, e := range c.byFirst[s[i]] {
			if e.groups&^found != 0 && at(s, i, e.w) {
				if found |= e.groups; found == c.all {
					return found
				}
			}
		}
	}
	return found
}

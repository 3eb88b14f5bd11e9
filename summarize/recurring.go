package summarize

// A story told in the body alone, under a headline and lead that name no
// place ("Toblerone changes the shape of its bars"), gives its place
// there, in sentences that weigh little: "two of our bars in the UK",
// "their UK bars". Its best place then scores under minWhere, like the
// one place a story names in passing ("a rally in Florida"). What sets
// the first apart is that the article comes back to it: a place named
// after a locative and named again, more often than any other place, is
// where the story happens even when its mentions weigh little.

// minRecurring is the score under which even a recurring place is too
// doubtful to give.
const minRecurring = 0.3

// recurring reports whether the best of the candidates, sorted by score,
// is a place the article comes back to: placed by a locative at least
// once, mentioned more than once, and more often than any other place.
func recurring(cands []*placeCand) bool {
	best := cands[0]
	if best.located == 0 || best.times < 2 || best.score() < minRecurring {
		return false
	}
	for _, c := range cands[1:] {
		if c.times >= best.times {
			return false
		}
	}
	return true
}

package summarize

// A lead may place its event vaguely, in a kind of place it does not
// name: "an attack on the German consulate in a city in north
// Afghanistan", "fell into a well in a village in central China". The
// sentences right after it then name that place ("the consulate in
// Mazar-i-Sharif"): the first place they put anything in, finer than a
// country, is the lead's own place, and weighs as a place the lead names
// after a locative.

// promiseSpan is how many sentences after the lead may name the place it
// promises.
const promiseSpan = 2

// promisesPlace reports whether a sentence puts its event in a kind of
// place it does not name: a locative, an indefinite article, at most two
// lower-case words and a place noun ("in a city", "in a remote village").
func promisesPlace(s *sentence) bool {
	for k := 0; k+2 < len(s.toks); k++ {
		if !locatives[s.toks[k].low] || !indefinites[s.toks[k+1].low] {
			continue
		}
		for j := k + 2; j < min(len(s.toks), k+5); j++ {
			t := &s.toks[j]
			if t.in(inPlaceNouns) {
				return true
			}
			if !t.isWord() || t.isCap() {
				break
			}
		}
	}
	return false
}

// promised tells whether the mention of the place p (nil for one the
// gazetteer lacks) in the sentence s names the place the lead promised,
// and uses up the promise when it does.
func (f *placeFinder) promised(s *sentence, p *place) bool {
	if f.promise == nil || s.index <= f.promise.index || s.index > f.promise.index+promiseSpan {
		return false
	}
	if p != nil && p.country == nil {
		return false
	}
	f.promise = nil
	return true
}

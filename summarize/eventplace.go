package summarize

// An event named after the place it is held in says where it happens:
// "les Jeux olympiques de Rio", "le Tour de France", "le championnat de
// France de handball", "the Grand Prix of Monaco". The place in such a
// name is placed as after a locative, and a name the gazetteer lacks
// ("Rio") may be a place there.

// eventOf reports whether a place's run follows an event's name and "of":
// an event's noun, at most one word before the "of" ("Jeux olympiques de
// Rio"). A possessive ("the election of France's president") names no
// place.
func eventOf(s *sentence, r nameRun) bool {
	k := r.first - 1
	if k < 1 || !ofWords[s.toks[k].low] {
		return false
	}
	if next := r.last + 1; next < len(s.toks) && s.toks[next].low == "'s" {
		return false
	}
	for j := k - 1; j >= max(0, k-2); j-- {
		if eventWords[s.toks[j].low] || eventHeads[s.toks[j].low] {
			return true
		}
	}
	return false
}

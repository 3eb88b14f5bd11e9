package summarize

// A headline often opens on a label before a colon, in French news a
// place ("Burundi : Pierre Claver Mbonimpa reçoit un prix", "Seine-Saint-Denis
// : interruption de lignes de bus"), and puts its subject at the start of
// a clause. These rules read the places it names there.

// labelPlace is the factor of a place that labels a headline before its
// colon ("Burundi : Pierre Claver Mbonimpa reçoit un prix"): the story's
// country, which a place the lead names after a locative ("à Paris")
// beats as the place of the event.
const labelPlace = 0.95

// isLabel reports whether a run is the whole label before a headline's
// colon.
func isLabel(s *sentence, r nameRun) bool {
	return r.first == 0 && r.last+1 < len(s.toks) && s.toks[r.last+1].text == ":"
}

// isPlaceLabel reports whether a name labels the headline before its colon
// and names no actor of the story, so that it is looked up as a place
// after a locative is, subdivisions included: "Seine-Saint-Denis :
// interruption de lignes de bus", not "Campbell: E-mail row".
func (f *placeFinder) isPlaceLabel(s *sentence, r nameRun, name string) bool {
	var low [64]byte
	return s.index < 0 && isLabel(s, r) && !f.actorWords[string(appendLower(low[:0], name))] // strings.ToLower(name), on the stack
}

// labelsPlace reports whether the word at i, alone before a colon that
// opens the sentence, names a place, so that it starts a name run there:
// a subdivision (the label of "Seine-Saint-Denis : interruption de lignes
// de bus") or a city any mention would make a place. A small town's name
// there is more often a topic or a person ("Santé :", "Murphy: I'll be
// back").
func (sc *runScanner) labelsPlace(i int, w string) bool {
	if i != 0 || len(sc.toks) < 3 || sc.toks[1].text != ":" || sc.common(w) {
		return false
	}
	name := sc.toks[0].text
	if lookupPlace(name) != nil {
		return true
	}
	p := lookupLocative(name)
	return p != nil && p.sub
}

// opensClause reports whether the token at k opens its clause, where a
// headline puts its subject: "Pyongyang vante…", "Japon : Tokyo relève…".
func opensClause(s *sentence, k int) bool {
	return k == 0 || s.toks[k-1].text == ":" || s.toks[k-1].text == "—" || s.toks[k-1].text == "-"
}

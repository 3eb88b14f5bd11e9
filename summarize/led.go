package summarize

// withLedBody makes one organisation's name of a person's name and the
// body it names by its leader, with the article before them: French
// writes the noun first ("Le gouvernement Ayrault a décidé"), English
// after ("the Obama administration said"). The actor is the body, not
// the person.
func (sc *runScanner) withLedBody(r nameRun) nameRun {
	french, english := sc.french && sc.ledBodyAt(r.first-1), !sc.french && sc.ledBodyAt(r.last+1)
	if !french && !english || sc.hasOrgWord(r) || lookupPlaceSpan(sc.toks, r.first, r.last) != nil {
		return r
	}
	if french {
		r.first--
	} else {
		r.last++
	}
	if k := r.first - 1; k >= 0 && sc.toks[k].in(inArticles) && !sc.toks[k].in(inIndefinites) {
		r.first = k
	}
	r.orgPhrase = true
	return r
}

// ledBodyAt reports whether token k is a lower-case noun of a body named
// by its leader: "gouvernement", "administration".
func (sc *runScanner) ledBodyAt(k int) bool {
	return k >= 0 && k < len(sc.toks) && !sc.toks[k].isCap() && sc.toks[k].in(inLedBodies)
}

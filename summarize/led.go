package summarize

// withLedBody makes one organisation's name of a person's name and the
// body it names by its leader, with the article before them: French
// writes the noun first ("Le gouvernement Ayrault a décidé"), English
// after ("the Obama administration said"). The actor is the body, not
// the person.
func (sc runScanner) withLedBody(r nameRun) nameRun {
	if sc.hasOrgWord(r) || lookupPlace(sliceText(sc.toks, r.first, r.last)) != nil {
		return r
	}
	switch {
	case sc.french && sc.ledBodyAt(r.first-1):
		r.first--
	case !sc.french && sc.ledBodyAt(r.last+1):
		r.last++
	default:
		return r
	}
	if k := r.first - 1; k >= 0 && articles[sc.toks[k].low] && !indefinites[sc.toks[k].low] {
		r.first = k
	}
	r.orgPhrase = true
	return r
}

// ledBodyAt reports whether token k is a lower-case noun of a body named
// by its leader: "gouvernement", "administration".
func (sc runScanner) ledBodyAt(k int) bool {
	return k >= 0 && k < len(sc.toks) && !isCap(sc.toks[k].text) && ledBodies[sc.toks[k].low]
}

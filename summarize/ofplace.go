package summarize

// A headline in title case writes a place with the noun that says what it
// is as one name: "Taliban Strike Consulate in Afghan City of
// Mazar-i-Sharif", "Flooding in the Province of Hebei". The place is the
// name after the noun and its "of", as it is in running text ("the city
// of Mazar-i-Sharif", see namedPlace).

// ofPlace is the part of a name run after a place noun and "of" ("City
// of Mazar-i-Sharif" → "Mazar-i-Sharif"), the noun inside the run or just
// before it, when the gazetteer lacks the whole name and knows that part;
// ok is false otherwise.
func ofPlace(s *sentence, r nameRun) (nameRun, bool) {
	for k := max(r.first, 1); k < r.last; k++ {
		if !ofWords[s.toks[k].low] || !placeNouns[s.toks[k-1].low] {
			continue
		}
		if lookupSpelled(s.span(r), lookupLocative) != nil {
			return r, false
		}
		tail := r
		tail.first = k + 1
		if lookupSpelled(s.span(tail), lookupLocative) == nil {
			return r, false
		}
		tail.words = (&runScanner{toks: s.toks}).words(tail.first, tail.last)
		return tail, true
	}
	return r, false
}

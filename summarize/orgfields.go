package summarize

// An organisation's name may go on past its capitalised words to say the
// field it serves: "Office for National Statistics", "Institute for the
// Study of War", "Department for Culture, Media and Sport", "Ministry of
// Science, ICT and Future Planning". These rules let the name scanner read
// such a name whole instead of as two names, or as the field alone.

// fieldJoin returns how many tokens from k, right after the name
// first..last, join it to more of the name, 0 when none do: a purpose
// word ("for", then "the" if any) or, in English, "of the" before a name
// word, when the name has an organisation's word ("Department of the
// Environment"); or, in a name that lists fields, "and" before a name
// word or a comma opening a list of them that "and" ends.
func (sc *runScanner) fieldJoin(first, last, k int) int {
	if k != last+1 || k+1 >= len(sc.toks) {
		return 0
	}
	t := &sc.toks[k]
	switch {
	case purposeWords[t.low]:
		next := k + 1
		if sc.toks[next].in(inArticles) && next+1 < len(sc.toks) {
			next++
		}
		return sc.joins(sc.fieldWord(next) && sc.hasOrgWord(nameRun{first: first, last: last}), next-k)
	case t.in(inJoiners) && !sc.french && sc.toks[k+1].in(inArticles):
		return sc.joins(sc.theField(k+2) && sc.hasOrgWord(nameRun{first: first, last: last}), 2)
	case andWords[t.low]:
		return sc.joins(sc.fieldWords(k+1) && sc.listsFields(first, last) || sc.fieldsThenBody(first, last, k+1), 1)
	case t.text == ",":
		return sc.joins(sc.commaList(k) && sc.listsFields(first, last), 1)
	}
	return 0
}

// joins is n when ok, else 0: how many tokens a join skips.
func (*runScanner) joins(ok bool, n int) int {
	if ok {
		return n
	}
	return 0
}

// fieldWord reports whether token k may open a field of an
// organisation's name: a capitalised name word, not a title, a month or
// a weekday ("the Commerce Department for November").
func (sc *runScanner) fieldWord(k int) bool {
	if k >= len(sc.toks) || !sc.toks[k].isCap() || !sc.isNameWord(k) || sc.isTitle(k) || sc.toks[k].in(inWeekdays) {
		return false
	}
	_, month := months[sc.toks[k].low]
	return !month
}

// fieldWords reports whether the capitalised words from k name a field,
// not another body: "and Human Services", not "and State University of
// New York".
func (sc *runScanner) fieldWords(k int) bool {
	if !sc.fieldWord(k) {
		return false
	}
	for ; k < len(sc.toks) && sc.fieldWord(k); k++ {
		if sc.toks[k].in(inOrgWords) {
			return false
		}
	}
	return k >= len(sc.toks) || !sc.toks[k].in(inJoiners)
}

// fieldsThenBody reports whether the name first..last is the first of
// two fields "and" joins before the body they name: "Securities and
// Exchange Commission", "Food and Drug Administration". The name is a
// field, no body, person or place of its own, and the words from k are
// field words that end on a body's word.
func (sc *runScanner) fieldsThenBody(first, last, k int) bool {
	if last-first > 2 || sc.hasOrgWord(nameRun{first: first, last: last}) || givenNames[sc.toks[first].low] ||
		lookupPlaceSpan(sc.toks, first, last) != nil {
		return false
	}
	if lookupPlaceSpan(sc.toks, k, k) != nil {
		return false // "Arsenal and Manchester United": a body of its own
	}
	for j := k; j < len(sc.toks) && j <= k+2; j++ {
		if j > k && sc.toks[j].isCap() && (sc.toks[j].in(inOrgWords) || sc.toks[j].in(inLedBodies)) {
			return j+1 >= len(sc.toks) || !sc.toks[j+1].isCap()
		}
		if !sc.fieldWord(j) || sc.toks[j].in(inOrgWords) {
			return false
		}
	}
	return false
}

// theField reports whether the capitalised words from k, after "of the",
// name a field: no title among them, no place ("General Motors of the US",
// "Office of the Deputy Prime Minister" are not read whole).
func (sc *runScanner) theField(k int) bool {
	j := k
	for ; j < len(sc.toks) && sc.fieldWord(j); j++ {
		if titleWords[sc.toks[j].low] {
			return false
		}
	}
	return j > k && (j >= len(sc.toks) || !sc.toks[j].isCap()) && lookupPlaceSpan(sc.toks, k, j-1) == nil
}

// listsFields reports whether the name first..last says fields that a
// list may go on: it has a purpose word, or an "of" after the head of a
// body named by its fields ("Department of Health").
func (sc *runScanner) listsFields(first, last int) bool {
	for j := first + 1; j < last; j++ {
		if purposeWords[sc.toks[j].low] {
			return true
		}
		if sc.toks[j].in(inJoiners) && fieldHeads[sc.toks[j-1].low] {
			return true
		}
	}
	return false
}

// commaList reports whether the comma at k opens a list of capitalised
// words that "and" and a last name word end: ", Media and Sport", ", ICT
// and Future Planning".
func (sc *runScanner) commaList(k int) bool {
	for j := k + 1; j < len(sc.toks); {
		if !sc.fieldWord(j) {
			return false
		}
		for j < len(sc.toks) && sc.fieldWord(j) {
			j++
		}
		switch {
		case j+1 < len(sc.toks) && andWords[sc.toks[j].low]:
			return sc.fieldWords(j + 1)
		case j < len(sc.toks) && sc.toks[j].text == ",":
			j++
		default:
			return false
		}
	}
	return false
}

// purposePlace is the place an organisation's name says it serves, as a
// name run of its own: "England" in "Higher Education Funding Council for
// England", still a mention of the place; ok is false when the name has
// no purpose word before a place.
func purposePlace(s *sentence, r nameRun) (nameRun, bool) {
	for k := r.first + 1; k < r.last; k++ {
		if !purposeWords[s.toks[k].low] {
			continue
		}
		tail := r
		tail.first = k + 1
		if s.toks[tail.first].in(inArticles) {
			tail.first++
		}
		if tail.first > tail.last || lookupPlace(s.span(tail)) == nil {
			return r, false
		}
		tail.words = (&runScanner{toks: s.toks}).words(tail.first, tail.last)
		return tail, true
	}
	return r, false
}

// beforePurpose are the words of a name before its purpose word, all of
// them when it has none.
func beforePurpose(words []string) []string {
	for i, w := range words {
		if purposeWords[w] {
			return words[:i]
		}
	}
	return words
}

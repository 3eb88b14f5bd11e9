package summarize

// How a name run goes on past its first word: the words, joiners and
// lower-case words that extend it, and where it stops.

// extend finds the last token of the name starting at token i.
func (sc *runScanner) extend(i int) int {
	last := i
	for k := i + 1; k < len(sc.toks); {
		switch {
		case sc.isTitle(k):
			return last
		case sc.toks[k].text == "." && isInitialLetter(sc.toks[k-1].text) && sc.isNameWord(k+1):
			k++
		case sc.isNameWord(k) && (k > last+1 || sc.afterWord(last) && sameCase(sc.toks[k].text, sc.toks[last].text) || sc.acronymThenOrg(i, last, k)) && sc.notTrailingStopword(k):
			last, k = k, k+1
		case sc.toks[k].in(inJoiners) && !sc.loneArticle(i, last, k) && sc.spacedJoiner(k) && sc.joinedName(k) && !sc.personThenOrg(i, last, k) && !sc.personOfPlace(i, last, k):
			k++
		case sc.french && sc.hasOrgWord(nameRun{first: i, last: last}) && sc.lowerOrgWord(k):
			last, k = k, k+1
		case sc.french && k == last+1 && groupColours[sc.toks[k].low] && sc.pluralCap(last):
			last, k = k, k+1 // "Gilets jaunes", "Casques bleus"
		case sc.french && k == last+1 && sc.toks[k].low == "'s":
			last, k = k, k+1 // French has no possessive "'s": it is the name's ("Moody's", "McDonald's")
		default:
			n := sc.fieldJoin(i, last, k) // "for", "of the", "and", ", " in an organisation's name
			if n == 0 {
				return last
			}
			k += n
		}
	}
	return last
}

// afterWord reports whether a capitalised word may go on a name right
// after its word at last: not after a lower-case adjective of a French
// name, which ends it ("Parti démocrate Moon Jae-in" is two names).
func (sc *runScanner) afterWord(last int) bool {
	return !sc.french || sc.toks[last].isCap() || !sc.toks[last].isWord()
}

// loneArticle reports whether the joiner at k is an article right after
// the name's word at last, with no "de" before it, between a place and
// another name or before a lower-case noun: "l'Irak la Syrie" (a comma
// lost) and "Astrophysical Journal la découverte" are two names, "Debout
// la France" one.
func (sc *runScanner) loneArticle(first, last, k int) bool {
	if k != last+1 || !sc.toks[k].in(inArticles) {
		return false
	}
	return lookupPlaceSpan(sc.toks, first, last) != nil || k+1 < len(sc.toks) && !sc.toks[k+1].isCap()
}

// acronymThenOrg reports whether the organisation word at k goes on the
// name in capitals from first to last, which names no place: "BBC News",
// "HSBC Bank"; not "US Senate", the country's.
func (sc *runScanner) acronymThenOrg(first, last, k int) bool {
	return sc.toks[k].in(inOrgWords) && isAllCaps(sc.toks[last].text) && lookupPlaceSpan(sc.toks, first, last) == nil
}

// spacedJoiner reports whether the joiner at k stands apart, as an
// ampersand must to join two names: "Marks & Spencer", not "AT&T".
func (sc *runScanner) spacedJoiner(k int) bool {
	return sc.toks[k].text != "&" || sc.toks[k].start > sc.toks[k-1].end && k+1 < len(sc.toks) && sc.toks[k+1].start > sc.toks[k].end
}

// sameCase reports whether two adjacent words are both in capitals or both
// not: "GETTY Max Verstappen" is two names run together.
func sameCase(a, b string) bool { return isAllCaps(a) == isAllCaps(b) }

// notTrailingStopword refuses a capitalised function word ("The", "A",
// "Le") unless another name word follows it, as in "Marine Le Pen". In
// English text only English's count: "Un" is a name's ("Kim Jong Un").
func (sc *runScanner) notTrailingStopword(k int) bool {
	return !sc.endsNoName(k) || k+1 < len(sc.toks) && sc.isNameWord(k+1) && !sc.toks[k+1].in(inArticleWords)
}

// endsNoName reports whether token k is a function word no name ends on:
// any language's article in French text, English's non-names in English.
func (sc *runScanner) endsNoName(k int) bool {
	if sc.french {
		return sc.toks[k].in(inArticleWords)
	}
	return englishWords.Names.NonNames[sc.toks[k].low]
}

// joinedName reports whether the joiners from token k lead to a name word
// ("de l'ONU") or, inside an organisation name, to a noun ("de sécurité").
func (sc *runScanner) joinedName(k int) bool {
	for ; k < len(sc.toks) && sc.toks[k].in(inJoiners); k++ {
	}
	return sc.isNameWord(k) || (sc.french && k < len(sc.toks) && sc.toks[k].isWord() && sc.nounAfterJoiner(k))
}

// personThenOrg reports whether the joiners from token k, with an
// article among them, lead from a name of two words or more with no
// organisation word to an organisation's: "John Bailey de l'Académie des
// Oscars" names a person and an organisation.
func (sc *runScanner) personThenOrg(first, last, k int) bool {
	if last == first || sc.hasOrgWord(nameRun{first: first, last: last}) {
		return false
	}
	withArticle := false
	for ; k < len(sc.toks) && sc.toks[k].in(inJoiners); k++ {
		withArticle = withArticle || sc.toks[k].in(inArticles)
	}
	return withArticle && k < len(sc.toks) && sc.toks[k].in(inOrgWords)
}

// personOfPlace reports whether the joiner at k leads from a person's
// name, a first name and more, to the place they are from: "Mark Trotter
// of California" names a person and a place, not one name.
func (sc *runScanner) personOfPlace(first, last, k int) bool {
	if last == first || !firstNames()[sc.toks[first].low] || !sc.toks[k].in(inOfWords) || sc.hasOrgWord(nameRun{first: first, last: last}) {
		return false
	}
	for j := first; j <= last; j++ {
		if !sc.isNameWord(j) {
			return false // already joined: "Derrick Watson de l'État de Hawaï"
		}
	}
	j := k + 1
	for j < len(sc.toks) && sc.toks[j].in(inJoiners) {
		j++
	}
	end := j
	for end+1 < len(sc.toks) && sc.isNameWord(end+1) && end+1-j < maxPlaceWords {
		end++
	}
	return j < len(sc.toks) && lookupPlaceSpan(sc.toks, j, end) != nil && lookupPlaceSpan(sc.toks, first, end) == nil
}

func (sc *runScanner) hasOrgWord(r nameRun) bool {
	for k := r.first; k <= r.last && k < len(sc.toks); k++ {
		if sc.toks[k].in(inOrgWords) {
			return true
		}
	}
	return false
}

// onlyJoiners reports whether a name's words are all joiners, as in "LA"
// or "Van Der": too little to tell whom it names.
func onlyJoiners(words []string) bool {
	for _, w := range words {
		if !nameJoiners[w] {
			return false
		}
	}
	return true
}

package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot/geo"
	"briefbot/lang"
)

// nameRun is a run of capitalised words that may name one person,
// organisation or place, with what its context says about it.
type nameRun struct {
	first, last int      // token indexes, inclusive
	words       []string // lower-cased name words, joiners left out
	titled      bool     // a title such as "President" or "le ministre" comes before
	orgPhrase   bool     // an organisation written with a lower-case head ("ministère … des Affaires étrangères")
	locative    bool     // a locative preposition comes before ("in Croydon")
	attributed  bool     // the name is the source of a report ("X said", "selon X")
	complement  bool     // the name completes a common noun ("les résolutions du Conseil")
	placeOf     bool     // the name completes a kind of place ("la préfecture de Miyagi")
	acts        bool     // a verb follows: the name is its subject
	couple      bool     // two people who share a surname: "Thierry et Véronique Roy"
}

// runScanner finds the name runs of one sentence.
type runScanner struct {
	toks   []token
	common func(string) bool // words the article writes in lower case, or function words
	known  func(string) bool // words the article capitalises mid-sentence, or first names
	french bool
	arena  *[]string // where the runs' word lists are kept, end to end; nil to allocate each
}

// titleSpan is how many tokens after a title word a name may still follow.
const titleSpan = 6

func (sc *runScanner) runs() []nameRun { return sc.appendRuns(nil) }

// appendRuns appends the name runs of the sentence to dst.
func (sc *runScanner) appendRuns(dst []nameRun) []nameRun {
	out, first := dst, len(dst)
	keep := func(r nameRun) {
		if len(r.words) > 0 { // consumers read a run's first and last words
			out = append(out, sc.context(r))
		}
	}
	titled, titleAt := 0, -1
	for i := 0; i < len(sc.toks); {
		switch {
		case sc.isTitle(i):
			titled, titleAt = titleSpan, i
			i++
		case sc.toks[i].in(inPhraseHeads):
			r, next := sc.ministryPhrase(i)
			if next > i+1 {
				keep(r)
			}
			titled, i = 0, next
		case titled > 0 && sc.continuesTitle(i):
			titled--
			i++
		case sc.monthBeforeName(i):
			i++ // "In September Spears cancelled…": the month is no part of the name
		case sc.isNameWord(i):
			r := nameRun{first: i, last: sc.extend(i), titled: titled > 0}
			if r.titled && titleAt == i-1 && sc.toks[titleAt].isCap() && (sc.hasOrgWord(r) || sc.honorificName(titleAt, r)) {
				r.first, r.titled = titleAt, r.titled && !sc.hasOrgWord(r)
			}
			r.first = sc.trimDescriptors(sc.withOpeningWord(r))
			next := r.last + 1 // the scan goes on after the run as found, whatever is trimmed off it
			r = sc.trimCommonStart(r)
			r.first = sc.trimFurniture(r)
			parts, n := sc.splitAtPlaces(r)
			for _, part := range parts[:n] {
				part = sc.withLedBody(part)
				part.words = sc.words(part.first, part.last)
				keep(part)
			}
			titled, i = 0, next
		default:
			titled--
			i++
		}
	}
	return out[:first+len(sc.joinCouples(out[first:]))]
}

// monthBeforeName reports whether token i is a month that no one is
// named after, just before a name word: "September Spears". Months that
// are first names ("May", "June") are left to the name rules.
func (sc *runScanner) monthBeforeName(i int) bool {
	if _, month := months[sc.toks[i].low]; !month || !notActors[sc.toks[i].low] || !sc.toks[i].isCap() {
		return false
	}
	return sc.isNameWord(i+1) && sc.isNameWord(i)
}

// splitAtPlaces cuts a place off either end of a run that is no
// organisation's name, where captions run into text: "London Sadiq Khan",
// "Donald Trump Seattle"; not a surname after a middle initial ("Samuel L
// Jackson"). It gives one part or two, and how many.
func (sc *runScanner) splitAtPlaces(r nameRun) ([2]nameRun, int) {
	if r.last-r.first < 2 || sc.hasOrgWord(r) || lookupPlace(sliceText(sc.toks, r.first, r.last)) != nil {
		return [2]nameRun{r}, 1
	}
	for n := 1; n <= 3 && r.first+n+1 <= r.last; n++ {
		if lookupPlace(sliceText(sc.toks, r.first, r.first+n-1)) != nil && !sc.toks[r.first+n].in(inJoiners) {
			head, rest := r, r
			head.last, rest.first, rest.titled = r.first+n-1, r.first+n, false
			return [2]nameRun{head, rest}, 2
		}
	}
	for n := 1; n <= 3 && r.last-n-1 >= r.first; n++ {
		if lookupPlace(sliceText(sc.toks, r.last-n+1, r.last)) != nil && !sc.toks[r.last-n].in(inJoiners) && !isInitialLetter(sc.toks[r.last-n].text) {
			rest, tail := r, r
			rest.last, tail.first, tail.titled = r.last-n, r.last-n+1, false
			return [2]nameRun{rest, tail}, 2
		}
	}
	return [2]nameRun{r}, 1
}

// trimDescriptors skips the words that open a person's name without being
// part of it: "The", "Republican", "Five-year-old".
func (sc *runScanner) trimDescriptors(r nameRun) int {
	if sc.hasOrgWord(r) {
		if r.first < r.last && isLocationAdjective(sc.toks[r.first].low) {
			return r.first + 1
		}
		return r.first
	}
	first := r.first
	for first < r.last && lookupPlace(sliceText(sc.toks, first, r.last)) == nil { // "North Korea", "Central African Republic"
		t := &sc.toks[first]
		w := t.low
		if !t.in(inEnglishArticles|inDemonyms) && !isDemonym(w) && !containsAny(w, ageMarks...) && !isLocationAdjective(w) {
			break
		}
		if first+1 == r.last && t.in(inGivenNames) {
			break // a first name that is also a word of faith or origin: "Christian Horner"
		}
		first++
	}
	return first
}

// trimCommonStart drops from the start of a run the words the article
// also writes in lower case, which a caption or a sentence's first word
// runs into a name ("Even Barack Obama", "Did Hillary Clinton", "Who Is
// Max Verstappen"), as long as two words stay: "White House" and places
// ("New York") keep theirs. A run after a possessive is inside a noun
// phrase, neither a caption nor a sentence's start, and keeps its words:
// "South Korea's Joint Chiefs of Staff" in an article that writes "joint
// drills". (After "the" it may still be two names run together: "the
// World Series Chicago Cubs".)
func (sc *runScanner) trimCommonStart(r nameRun) nameRun {
	if !sc.commonStart(r) || sc.hasOrgWord(r) || lookupPlace(sliceText(sc.toks, r.first, r.last)) != nil || sc.afterPossessive(r.first) {
		return r
	}
	for sc.commonStart(r) {
		r.first++
	}
	return r
}

// afterPossessive reports whether token i follows a possessive "'s".
func (sc *runScanner) afterPossessive(i int) bool {
	return i > 0 && !sc.french && sc.toks[i-1].low == "'s"
}

// commonStart reports whether trimCommonStart may drop the first word of r.
func (sc *runScanner) commonStart(r nameRun) bool {
	return r.first+1 < r.last && sc.common(sc.toks[r.first].low) && !sc.toks[r.first].in(inJoiners)
}

// isDemonym reports whether a lower-cased word names a nationality, in the
// lexicon or the gazetteer: "américaine", "suissesse".
func isDemonym(w string) bool {
	if demonyms[w] {
		return true
	}
	_, ok := geo.Demonym(w)
	return ok
}

// isTitle reports whether token i is a title word ("President", "ministre",
// "M."). A title of one letter needs its dot: "M" alone is an initial.
func (sc *runScanner) isTitle(i int) bool {
	t := &sc.toks[i]
	if !t.in(inTitles) { // a word of one letter has no hyphen after its first
		j := strings.IndexByte(t.low, '-')
		return j > 0 && titleWords[t.low[:j]]
	}
	return utf8.RuneCountInString(t.low) != 1 || i+1 < len(sc.toks) && sc.toks[i+1].text == "."
}

// continuesTitle reports whether token i still belongs to a title phrase:
// "of State", "sud-coréen des Affaires étrangères", ", ".
func (sc *runScanner) continuesTitle(i int) bool {
	t := sc.toks[i].text
	switch {
	case sc.toks[i].in(inPortfolios|inJoiners|inDemonyms) || t == "," || t == ".":
		return true
	case sc.toks[i].isWord() && !sc.toks[i].isCap():
		return !sc.toks[i].in(inReporting)
	}
	return false
}

// isNameWord reports whether token i may be part of a name.
func (sc *runScanner) isNameWord(i int) bool {
	if i < 0 || i >= len(sc.toks) {
		return false
	}
	t, w := &sc.toks[i], sc.toks[i].low
	if !t.isWord() || !t.isCap() && !hyphenParticleName(t.text) || strings.HasSuffix(w, "'") {
		return false
	}
	if sc.toks[i].in(inWeekdays) {
		return false
	}
	if sc.digitAt(i-1) || sc.digitAt(i+1) {
		if _, ok := lookupMonth(w); ok {
			return false
		}
	}
	return !opensSentence(sc.toks, i) || !sc.common(w) && (sc.known(w) || sc.firstNameAt(i) || sc.ampersandAt(i+1)) || sc.opensPlace(i) || sc.labelsPlace(i, w)
}

// pluralCap reports whether token k is a capitalised plural noun: "Gilets".
func (sc *runScanner) pluralCap(k int) bool {
	w := sc.toks[k].low
	return sc.toks[k].isCap() && len(w) > 3 && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x"))
}

// hyphenParticleName reports whether a lower-case word is a particle
// joined to a capitalised name by a hyphen: "al-Assad", "ez-Zor".
func hyphenParticleName(text string) bool {
	i := strings.IndexByte(text, '-')
	if i <= 0 || i+1 >= len(text) || !lang.HyphenParticles[text[:i]] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsUpper(r)
}

// ampersandAt reports whether token k is an ampersand between two
// capitalised words, which makes one name of them: "Marks & Spencer".
func (sc *runScanner) ampersandAt(k int) bool {
	return k > 0 && k+1 < len(sc.toks) && sc.toks[k].text == "&" && sc.spacedJoiner(k) && isCap(sc.toks[k-1].text) &&
		isWord(sc.toks[k+1].text) && isCap(sc.toks[k+1].text)
}

// firstNameAt reports whether token i, opening a sentence, is a first
// name a capitalised word follows, the name's next word: "Nicholas
// Negroponte, chairman of…", not "Bar a slight dip…".
func (sc *runScanner) firstNameAt(i int) bool {
	if i+1 >= len(sc.toks) || !isWord(sc.toks[i+1].text) || !isCap(sc.toks[i+1].text) || opensSentence(sc.toks, i+1) {
		return false
	}
	return firstNames()[sc.toks[i].low]
}

// opensPlace reports whether the capitalised words from token i, two or
// three of them, name a place of the gazetteer: a sentence's first word
// says nothing alone, but "North Korea fired…" is North Korea, not Korea.
func (sc *runScanner) opensPlace(i int) bool {
	for last := i + 1; last <= i+2 && last < len(sc.toks); last++ {
		if t := &sc.toks[last]; !t.isWord() || !t.isCap() {
			return false
		}
		if lookupPlace(sliceText(sc.toks, i, last)) != nil {
			return true
		}
	}
	return false
}

func (sc *runScanner) digitAt(i int) bool {
	return i >= 0 && i < len(sc.toks) && isDigits(sc.toks[i].text)
}

// opensSentence reports whether token i opens the sentence or a quote,
// where any word is capitalised.
func opensSentence(toks []token, i int) bool {
	return i == 0 || strings.Contains(`"“«‘'(:—–-.!?|`, toks[i-1].text)
}

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
		case sc.toks[k].in(inJoiners) && sc.spacedJoiner(k) && sc.joinedName(k) && !sc.personThenOrg(i, last, k) && !sc.personOfPlace(i, last, k):
			k++
		case sc.french && sc.hasOrgWord(nameRun{first: i, last: last}) && sc.lowerOrgWord(k):
			last, k = k, k+1
		case sc.fieldJoin(i, last, k) > 0:
			k += sc.fieldJoin(i, last, k)
		case sc.french && k == last+1 && groupColours[sc.toks[k].low] && sc.pluralCap(last):
			last, k = k, k+1 // "Gilets jaunes", "Casques bleus"
		case sc.french && k == last+1 && sc.toks[k].low == "'s":
			last, k = k, k+1 // French has no possessive "'s": it is the name's ("Moody's", "McDonald's")
		default:
			return last
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

// acronymThenOrg reports whether the organisation word at k goes on the
// name in capitals from first to last, which names no place: "BBC News",
// "HSBC Bank"; not "US Senate", the country's.
func (sc *runScanner) acronymThenOrg(first, last, k int) bool {
	return sc.toks[k].in(inOrgWords) && isAllCaps(sc.toks[last].text) && lookupPlace(sliceText(sc.toks, first, last)) == nil
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
	return j < len(sc.toks) && lookupPlace(sliceText(sc.toks, j, end)) != nil && lookupPlace(sliceText(sc.toks, first, end)) == nil
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

// context fills in what the tokens around a run say about it.
func (sc *runScanner) context(r nameRun) nameRun {
	k := r.first - 1
	for k >= 0 && sc.toks[k].in(inArticles) {
		k--
	}
	r.locative = k >= 0 && sc.toks[k].in(inLocatives)
	r.complement = sc.completesNoun(k)
	r.acts = sc.actsAt(r.last+1) && (k < 0 || !sc.toks[k].in(inOfWords) && !r.locative)
	r.placeOf = r.complement && sc.toks[k-1].in(inPlaceNouns) || sc.titleOfPlace(r.first-1) || sc.afterVenue(r.first) ||
		sc.stateOfTown(r)
	if r.placeOf {
		r.titled = false
	}
	if h := r.first - 1; h >= 0 && !sc.toks[h].isCap() && sc.toks[h].in(inOrgHeads) {
		r.orgPhrase = true
	}
	for j := r.first - 1; j >= 0 && j >= r.first-3; j-- {
		if sc.toks[j].in(inSourceCues) {
			r.attributed = true
		}
	}
	for j := r.last + 1; j < len(sc.toks) && j <= r.last+3; j++ {
		if sc.toks[j].in(inReporting) {
			r.attributed = true
		}
	}
	return r
}

// afterVenue reports whether the name at first follows a venue word and
// its article: "la patinoire IceSheffield", "the stadium Vodafone Arena";
// not "du centre Alain Juppé".
func (sc *runScanner) afterVenue(first int) bool {
	k := first - 1
	return k >= 1 && !sc.toks[k].isCap() && sc.toks[k].in(inFacilities) && sc.toks[k-1].in(inArticles)
}

// titleOfPlace reports whether token k is "of" or "de" after a title whose
// complement is a place: "le maire de Sevran", "the mayor of London".
func (sc *runScanner) titleOfPlace(k int) bool {
	return k >= 1 && k < len(sc.toks) && sc.toks[k].in(inOfWords) && sc.toks[k-1].in(inPlaceTitles)
}

// completesNoun reports whether token k is "of", "de", "du" or "des" after
// a lower-case common noun, so that the name after it completes that noun:
// "les résolutions du Conseil", "the resolutions of the Council". Titles,
// portfolios and organisation heads do not count ("le président du
// Conseil", "le ministère de la Défense").
func (sc *runScanner) completesNoun(k int) bool {
	if k < 1 || !sc.toks[k].in(inOfWords) {
		return false
	}
	t := &sc.toks[k-1]
	return t.isWord() && !t.isCap() && !t.in(inStopwords) && !t.in(inTitles) &&
		!t.in(inPortfolios) && !t.in(inOrgHeads) && !t.in(inReporting) && !t.in(inLocatives)
}

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
			if r.titled && titleAt == i-1 && sc.titleOpensName(titleAt) && (sc.hasOrgWord(r) || sc.honorificName(titleAt, r)) {
				r.first, r.titled = titleAt, r.titled && !sc.hasOrgWord(r)
			}
			r.first = sc.trimDescriptors(sc.withOpeningWord(r))
			next := r.last + 1 // the scan goes on after the run as found, whatever is trimmed off it
			r = sc.trimCommonStart(r)
			r.first = sc.trimFurniture(r)
			r.last = sc.trimCredit(r)
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
	if !sc.toks[i].isCap() || !sc.toks[i].in(inDateStarts) {
		return false // a month opens a date
	}
	if _, month := months[sc.toks[i].low]; !month || !notActors[sc.toks[i].low] {
		return false
	}
	return sc.isNameWord(i+1) && sc.isNameWord(i)
}

// titleOpensName reports whether the title at k may open the name after
// it: a capitalised one, or a French sovereign's, which French writes in
// lower case ("le pape François", "la reine Elizabeth").
func (sc *runScanner) titleOpensName(k int) bool {
	return sc.toks[k].isCap() || sc.french && sovereigns[sc.toks[k].low]
}

// splitAtPlaces cuts a place off either end of a run that is no
// organisation's name, where captions run into text: "London Sadiq Khan",
// "Donald Trump Seattle"; not a surname after a middle initial ("Samuel L
// Jackson"). It gives one part or two, and how many.
func (sc *runScanner) splitAtPlaces(r nameRun) ([2]nameRun, int) {
	if r.last-r.first < 2 || sc.hasOrgWord(r) || lookupPlaceSpan(sc.toks, r.first, r.last) != nil {
		return [2]nameRun{r}, 1
	}
	for n := 1; n <= 3 && r.first+n+1 <= r.last; n++ {
		if lookupPlaceSpan(sc.toks, r.first, r.first+n-1) != nil && !sc.toks[r.first+n].in(inJoiners) {
			head, rest := r, r
			head.last, rest.first, rest.titled = r.first+n-1, r.first+n, false
			return [2]nameRun{head, rest}, 2
		}
	}
	for n := 1; n <= 3 && r.last-n-1 >= r.first; n++ {
		if lookupPlaceSpan(sc.toks, r.last-n+1, r.last) != nil && !sc.toks[r.last-n].in(inJoiners) && !isInitialLetter(sc.toks[r.last-n].text) {
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
	for first < r.last && sc.isDescriptor(first, r.last) {
		if lookupPlaceSpan(sc.toks, first, r.last) != nil {
			break // "North Korea", "Central African Republic"
		}
		first++
	}
	return first
}

// isDescriptor reports whether token k, in a run that ends at last, may
// open a person's name without being part of it. The words from k are
// looked up as a place only then, since a run keeps its first word
// either way.
func (sc *runScanner) isDescriptor(k, last int) bool {
	t := &sc.toks[k]
	w := t.low
	if !t.in(inEnglishArticles|inDemonyms) && !isDemonym(w) && !containsAny(w, ageMarks...) && !isLocationAdjective(w) {
		return false
	}
	return k+1 != last || !t.in(inGivenNames) // a first name that is also a word of faith or origin: "Christian Horner"
}

// trimCommonStart drops from the start of a run the words the article
// also writes in lower case, which a caption or a sentence's first word
// runs into a name ("Even Barack Obama", "Did Hillary Clinton", "Who Is
// Max Verstappen"), as long as two words stay: "White House" and places
// ("New York") keep theirs. A run after a possessive is inside a noun
// phrase, neither a caption nor a sentence's start, and keeps its words:
// "South Korea's Joint Chiefs of Staff" in an article that writes "joint
// drills". After a function word inside a sentence the words are the
// name's own ("la Tennis Integrity Unit", "the World Economic Forum"),
// unless they name an event another name follows: "the World Series
// Chicago Cubs".
func (sc *runScanner) trimCommonStart(r nameRun) nameRun {
	if !sc.commonStart(r) || sc.hasOrgWord(r) || lookupPlaceSpan(sc.toks, r.first, r.last) != nil || sc.afterPossessive(r.first) {
		return r
	}
	trimmed := r
	for sc.commonStart(trimmed) {
		trimmed.first++
	}
	if !sc.opensText(r.first) && !eventWords[sc.toks[trimmed.first-1].low] {
		return r
	}
	for trimmed.first < trimmed.last && sc.toks[trimmed.first].in(inJoiners) {
		trimmed.first++ // no name opens on "of": "Monde", not "Du Monde", of a "Coupe du Monde" the article writes "la coupe du monde"
	}
	return trimmed
}

// opensText reports whether token i may open a sentence or a caption run
// into the text: at a sentence's start, or after a word that ends with no
// punctuation, as a caption's last word does before the sentence
// ("… the boy Dozens of rescuers").
func (sc *runScanner) opensText(i int) bool {
	if opensSentence(sc.toks, i) {
		return true
	}
	prev := &sc.toks[i-1]
	return prev.isWord() && !prev.in(inStopwords)
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
		if t.flags&flagHyphen == 0 {
			return false
		}
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
	if !t.isWord() || !t.isCap() && !(t.flags&flagHyphen != 0 && hyphenParticleName(t.text)) || strings.HasSuffix(w, "'") {
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

// particleFirstBytes marks the bytes a hyphen particle opens with, so
// that hyphenParticleName passes over most words at one look.
var particleFirstBytes = func() (b [256]bool) {
	for p := range lang.HyphenParticles {
		b[p[0]] = true
	}
	return b
}()

// hyphenParticleName reports whether a lower-case word is a particle
// joined to a capitalised name by a hyphen: "al-Assad", "ez-Zor".
func hyphenParticleName(text string) bool {
	if !particleFirstBytes[text[0]] {
		return false
	}
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
		if lookupPlaceSpan(sc.toks, i, last) != nil {
			return true
		}
	}
	return false
}

func (sc *runScanner) digitAt(i int) bool {
	return i >= 0 && i < len(sc.toks) && isDigits(sc.toks[i].text)
}

// opensSentence reports whether token i opens the sentence or a quote,
// where any word is capitalised. A word before it, opening with a
// letter, is no part of the marks and needs no search among them.
func opensSentence(toks []token, i int) bool {
	return i == 0 || !toks[i-1].isWord() && strings.Contains(`"“«‘'(:—–-.!?|`, toks[i-1].text)
}

// context fills in what the tokens around a run say about it.
func (sc *runScanner) context(r nameRun) nameRun {
	k := skipArticlesBack(sc.toks, r.first-1)
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

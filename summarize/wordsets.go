package summarize

import "briefbot/lang"

// wordSets is a set of the word lists a token's low form may belong to,
// one bit a list. Tokenizing looks a word up once in wordSetsOf and keeps
// the bits (token.sets), so that the rules that read a token against
// several lists, many times a sentence, test bits instead of hashing the
// word again for each list.
type wordSets uint32

// The lists a token carries its membership of: the ones the name, date
// and weighing rules read most, always by a token's low form.
const (
	inStopwords       wordSets = 1 << iota // stopwords
	inTitles                               // titleWords
	inJoiners                              // nameJoiners
	inArticles                             // articles
	inArticleWords                         // articleWords
	inEnglishArticles                      // englishArticles
	inOrgWords                             // orgWords
	inOrgHeads                             // orgHeads
	inPhraseHeads                          // phraseHeads
	inPortfolios                           // portfolioWords
	inDemonyms                             // demonyms
	inReporting                            // reportingVerbs
	inLocatives                            // locatives
	inOfWords                              // ofWords
	inSourceCues                           // sourceCues
	inPlaceNouns                           // placeNouns
	inPlaceTitles                          // placeTitles
	inFacilities                           // facilityWords
	inLedBodies                            // ledBodies
	inIndefinites                          // indefinites
	inButtons                              // buttonWords
	inDateStarts                           // dateStarts
	inDayArticles                          // dayArticles
	inThisBefore                           // thisBefore
	inWeekdays                             // the keys of weekdays
	inGivenNames                           // givenNames
	inRelativeStarts                       // relativeStarts
	inTimeHints                            // timeHints
	inNights                               // nights
)

// wordSetsOf maps each word of the lists above to the lists it is in, and
// setFirstBytes marks the bytes their words open with, so that a token
// that opens otherwise (a comma, a quote) needs no look-up. indexWordSets
// fills both, once the date lists are indexed.
var (
	wordSetsOf    map[string]wordSets
	wordSetsTable setTable
	setFirstBytes [256]bool
)

func indexWordSets() {
	lists := []struct {
		set  lang.Set
		bits wordSets
	}{
		{stopwords, inStopwords}, {titleWords, inTitles}, {nameJoiners, inJoiners},
		{articles, inArticles}, {articleWords, inArticleWords}, {englishArticles, inEnglishArticles},
		{orgWords, inOrgWords}, {orgHeads, inOrgHeads}, {phraseHeads, inPhraseHeads},
		{portfolioWords, inPortfolios}, {demonyms, inDemonyms}, {reportingVerbs, inReporting},
		{locatives, inLocatives}, {ofWords, inOfWords}, {sourceCues, inSourceCues},
		{placeNouns, inPlaceNouns}, {placeTitles, inPlaceTitles}, {facilityWords, inFacilities},
		{ledBodies, inLedBodies}, {indefinites, inIndefinites}, {buttonWords, inButtons},
		{dateStarts, inDateStarts}, {dayArticles, inDayArticles}, {thisBefore, inThisBefore},
		{keys(weekdays), inWeekdays}, {givenNames, inGivenNames},
		{relativeStarts, inRelativeStarts}, {timeHints, inTimeHints}, {nights, inNights},
	}
	m := map[string]wordSets{}
	for _, l := range lists {
		for w, ok := range l.set {
			if ok {
				m[w] |= l.bits
				if w != "" {
					setFirstBytes[w[0]] = true
				}
			}
		}
	}
	wordSetsOf = m
	wordSetsTable = newSetTable(m)
}

// setsOf is the set of the lists a low form belongs to: wordSetsOf[low].
func setsOf(low string) wordSets {
	if low == "" {
		return wordSetsOf[low]
	}
	if !setFirstBytes[low[0]] || len(low) > wordSetsTable.longest {
		return 0
	}
	return wordSetsTable.get(low)
}

// in reports whether the token's low form is in any of the lists of s.
func (t *token) in(s wordSets) bool { return t.sets&s != 0 }

package summarize

import (
	"strings"

	"briefbot/lang"
)

// The rules read the words of every language at once, whatever the
// language of the article: French articles quote English names and
// English ones French titles, and an article's language may be unknown.
// Each set below gathers one list of every lexicon (see lang.Lexicon);
// the rules that hold for one language only read that language's lexicon.

// Words of reading.
var (
	// stopwords are function words and other common words that carry no
	// content; a capitalised stopword at the start of a sentence is no name.
	stopwords = lang.Union(func(l *lang.Lexicon) lang.Set {
		return union(l.Text.Stopwords, l.Text.FunctionWords)
	})
	elisions = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Text.Elisions })
)

// Words of names.
var (
	titleWords     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Titles })
	honorifics     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Honorifics })
	sovereigns     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Sovereigns })
	portfolioWords = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Portfolios })
	purposeWords   = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Purposes })
	fieldHeads     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.FieldHeads })
	nameJoiners    = union(lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Joiners }), lang.Particles)
	articles       = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Articles })
	articleWords   = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.NonNames })
	orgWords       = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.OrgWords })
	orgHeads       = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.OrgHeads })
	phraseHeads    = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.PhraseHeads })
	ledBodies      = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.LedBodies })
	facilityWords  = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Facilities })
	demonyms       = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Demonyms })
	eventWords     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.EventWords })
	eventHeads     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.EventHeads })
	placeHeads     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.PlaceHeads })
	placeNouns     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.PlaceNouns })
	mediaNames     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Media })
	agencyNames    = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Agencies })
	employerWords  = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Employers })
	// statementVerbs tell, in a headline, what someone said as its event.
	statementVerbs = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Clauses.Statements })
	eventNames     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Events })
	eventFirsts    = firstWords(eventNames)
	compassPoints  = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.CompassPoints })
	indefinites    = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Indefinites })
	placeTitles    = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.PlaceTitles })
	nearWords      = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.NearWords })
	areaWords      = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Areas })
	notActors      = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.NotActors })
	languageNames  = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Languages })
	groupColours   = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.GroupColours })
	descriptors    = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Descriptors })
	roleAfterName  = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.RoleAfterName })
	locatives      = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Locatives })
	hereWords      = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Here })
	attributives   = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Attributives })
	ofWords        = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.OfWords })
	sourceCues     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.SourceCues })
	postedOn       = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Posted })
	ageMarks       = lang.Concat(func(l *lang.Lexicon) []string { return l.Names.Ages })

	// englishArticles are the articles of the languages whose names they
	// do not open: before a name, they are no part of it.
	// englishWords is the English lexicon, for rules of English text.
	englishWords    = lang.For("en")
	englishArticles = lang.Union(func(l *lang.Lexicon) lang.Set {
		if l.Names.ArticlesInNames {
			return nil
		}
		return l.Names.Articles
	})
)

// Words of clauses.
var (
	reportingVerbs = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Clauses.ReportingVerbs })
	thatWords      = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Clauses.That })
	andWords       = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Clauses.Ands })
	subordinators  = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Clauses.Subordinators })
	causeBreaks    = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Clauses.CauseBreaks })
	subjectBreaks  = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Clauses.SubjectBreaks })
	clauseBreaks   = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Clauses.ClauseBreaks })
	auxiliaries    = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Clauses.Auxiliaries })
	pastForms      = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Clauses.PastForms })
	causatives     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Clauses.Causatives })
	verbMarks      = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Clauses.VerbMarks })
	pastEndings    = lang.Concat(func(l *lang.Lexicon) []string { return l.Clauses.PastEndings })
	backgroundCues = lang.Concat(func(l *lang.Lexicon) []string { return l.Clauses.Background })
)

// Words of dates.
var futureWords = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.Future })

// Words of groups of people.
var (
	quantifierWords = splitAll(lang.Concat(func(l *lang.Lexicon) []string { return l.Groups.Quantifiers }))
	groupCounts     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Groups.Counts })
	countOf         = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Groups.Of })
	groupNouns      = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Groups.Nouns })
	casualtyWords   = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Groups.Casualties })
	roleNouns       = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Groups.Roles })
	agentNouns      = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Groups.Agents })
	vehicleNouns    = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Groups.Vehicles })
	notAgents       = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Groups.NotAgents })
	determiners     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Groups.Determiners })
	pronounPlurals  = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Groups.Pronouns })
)

// union is the set of the words of all sets.
func union(sets ...lang.Set) lang.Set {
	out := lang.Set{}
	for _, s := range sets {
		for w := range s {
			out[w] = true
		}
	}
	return out
}

// setOf builds a set from space-separated words.
func setOf(words string) lang.Set {
	out := lang.Set{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}

// firstWords is the set of the first words of the phrases of set.
func firstWords(set lang.Set) map[string]bool {
	out := map[string]bool{}
	for p := range set {
		first, _, _ := strings.Cut(p, " ")
		out[first] = true
	}
	return out
}

// isEventName reports whether words, joined, are one of eventNames; they
// are joined only when the first word may open one.
func isEventName(words []string) bool {
	return len(words) > 1 && eventFirsts[words[0]] && eventNames[strings.Join(words, " ")]
}

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

// gather gathers one set of words from every lexicon.
func gather(pick func(*lang.Lexicon) lang.Set) lang.Set { return lang.Union(pick) }

// Words of reading.
var (
	// stopwords are function words and other common words that carry no
	// content; a capitalised stopword at the start of a sentence is no name.
	stopwords = gather(func(l *lang.Lexicon) lang.Set {
		return union(l.Text.Stopwords, l.Text.FunctionWords)
	})
	elisions = gather(func(l *lang.Lexicon) lang.Set { return l.Text.Elisions })
)

// Words of names.
var (
	titleWords     = gather(func(l *lang.Lexicon) lang.Set { return l.Names.Titles })
	portfolioWords = gather(func(l *lang.Lexicon) lang.Set { return l.Names.Portfolios })
	nameJoiners    = union(gather(func(l *lang.Lexicon) lang.Set { return l.Names.Joiners }), lang.Particles)
	articles       = gather(func(l *lang.Lexicon) lang.Set { return l.Names.Articles })
	articleWords   = gather(func(l *lang.Lexicon) lang.Set { return l.Names.NonNames })
	orgWords       = gather(func(l *lang.Lexicon) lang.Set { return l.Names.OrgWords })
	orgHeads       = gather(func(l *lang.Lexicon) lang.Set { return l.Names.OrgHeads })
	phraseHeads    = gather(func(l *lang.Lexicon) lang.Set { return l.Names.PhraseHeads })
	facilityWords  = gather(func(l *lang.Lexicon) lang.Set { return l.Names.Facilities })
	demonyms       = gather(func(l *lang.Lexicon) lang.Set { return l.Names.Demonyms })
	eventWords     = gather(func(l *lang.Lexicon) lang.Set { return l.Names.EventWords })
	eventHeads     = gather(func(l *lang.Lexicon) lang.Set { return l.Names.EventHeads })
	placeHeads     = gather(func(l *lang.Lexicon) lang.Set { return l.Names.PlaceHeads })
	placeNouns     = gather(func(l *lang.Lexicon) lang.Set { return l.Names.PlaceNouns })
	nearWords      = gather(func(l *lang.Lexicon) lang.Set { return l.Names.NearWords })
	notActors      = gather(func(l *lang.Lexicon) lang.Set { return l.Names.NotActors })
	descriptors    = gather(func(l *lang.Lexicon) lang.Set { return l.Names.Descriptors })
	roleAfterName  = gather(func(l *lang.Lexicon) lang.Set { return l.Names.RoleAfterName })
	locatives      = gather(func(l *lang.Lexicon) lang.Set { return l.Names.Locatives })
	attributives   = gather(func(l *lang.Lexicon) lang.Set { return l.Names.Attributives })
	ofWords        = gather(func(l *lang.Lexicon) lang.Set { return l.Names.OfWords })
	sourceCues     = gather(func(l *lang.Lexicon) lang.Set { return l.Names.SourceCues })
	postedOn       = gather(func(l *lang.Lexicon) lang.Set { return l.Names.Posted })
	ageMarks       = lang.Concat(func(l *lang.Lexicon) []string { return l.Names.Ages })

	// englishArticles are the articles of the languages whose names they
	// do not open: before a name, they are no part of it.
	englishArticles = gather(func(l *lang.Lexicon) lang.Set {
		if l.Names.ArticlesInNames {
			return nil
		}
		return l.Names.Articles
	})
)

// Words of clauses.
var (
	reportingVerbs = gather(func(l *lang.Lexicon) lang.Set { return l.Clauses.ReportingVerbs })
	thatWords      = gather(func(l *lang.Lexicon) lang.Set { return l.Clauses.That })
	andWords       = gather(func(l *lang.Lexicon) lang.Set { return l.Clauses.Ands })
	subordinators  = gather(func(l *lang.Lexicon) lang.Set { return l.Clauses.Subordinators })
	causeBreaks    = gather(func(l *lang.Lexicon) lang.Set { return l.Clauses.CauseBreaks })
	subjectBreaks  = gather(func(l *lang.Lexicon) lang.Set { return l.Clauses.SubjectBreaks })
	clauseBreaks   = gather(func(l *lang.Lexicon) lang.Set { return l.Clauses.ClauseBreaks })
	auxiliaries    = gather(func(l *lang.Lexicon) lang.Set { return l.Clauses.Auxiliaries })
	pastForms      = gather(func(l *lang.Lexicon) lang.Set { return l.Clauses.PastForms })
	verbMarks      = gather(func(l *lang.Lexicon) lang.Set { return l.Clauses.VerbMarks })
	pastEndings    = lang.Concat(func(l *lang.Lexicon) []string { return l.Clauses.PastEndings })
	backgroundCues = lang.Concat(func(l *lang.Lexicon) []string { return l.Clauses.Background })
)

// Words of groups of people.
var (
	quantifierWords = splitAll(lang.Concat(func(l *lang.Lexicon) []string { return l.Groups.Quantifiers }))
	groupCounts     = gather(func(l *lang.Lexicon) lang.Set { return l.Groups.Counts })
	countOf         = gather(func(l *lang.Lexicon) lang.Set { return l.Groups.Of })
	groupNouns      = gather(func(l *lang.Lexicon) lang.Set { return l.Groups.Nouns })
	casualtyWords   = gather(func(l *lang.Lexicon) lang.Set { return l.Groups.Casualties })
	roleNouns       = gather(func(l *lang.Lexicon) lang.Set { return l.Groups.Roles })
	pronounPlurals  = gather(func(l *lang.Lexicon) lang.Set { return l.Groups.Pronouns })
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

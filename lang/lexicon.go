package lang

import (
	"strings"
	"time"
)

// A Lexicon holds the words of one language that briefbot's rules read:
// the summarizer's (dates, names, clauses, page furniture), the question
// reader's and the topic matcher's. Each language has one value, in its
// own file (en.go, fr.go, …); a rule that holds for one language only
// lives with its package, in a file named after that language.
//
// Words are lower case. Sets and lists are shared: read them, never
// change them.
type Lexicon struct {
	Code      string // ISO 639-1 code, as Code gives it
	Text      Text
	Dates     Dates
	Names     Names
	Clauses   Clauses
	Groups    Groups
	Furniture Furniture
	Questions Questions
	Topics    Topics
	Concepts  Concepts
}

// Set is a set of words.
type Set map[string]bool

// set builds a Set from space-separated words.
func set(words string) Set {
	s := Set{}
	for _, w := range strings.Fields(words) {
		s[w] = true
	}
	return s
}

// setOf builds a Set from words that may hold spaces.
func setOf(words ...string) Set {
	s := Set{}
	for _, w := range words {
		s[w] = true
	}
	return s
}

// Text holds the words that shape how text is read.
type Text struct {
	FunctionWords    Set // the most frequent words, by which a text's language is told
	Stopwords        Set // other words that carry no content
	Abbreviations    Set // end with a dot that does not end a sentence; written without that dot
	SentenceStarters Set // common first words of a sentence: after an abbreviation, they start one
	Elisions         Set // prefixes written with an apostrophe before a vowel: "l" of "l'ONU"
}

// Dates holds the words of dates.
type Dates struct {
	Months      map[string]time.Month   // names and abbreviations
	Weekdays    map[string]time.Weekday // names
	MonthFirst  bool                    // the month comes before the day: "Sept. 22", 9/22/2023
	Capitalised bool                    // month and weekday names name a date only with a capital ("May", not "may")
	Ordinals    Set                     // suffixes of a day number: "st" of "1st", "er" of "1er"
	DayOf       Set                     // stand between a day and its month: "the 3rd of March"
	DayArticles Set                     // may open a date: "le 22 septembre", "the 3rd of March"
	Relatives   map[string]int          // day expressions, by their offset in days from publication: "yesterday": -1
	Counts      map[string]int          // number words that count days back: "three days ago"
	DaysAgo     string                  // a count of days back, N standing for the count: "N days ago"
	WeeksAgo    string                  // the same in weeks
	Vague       []string                // word starts that make a relative expression a stretch of time: "week"
	PartsOfDay  Set                     // may follow a day: "Sunday morning", "hier soir"
	TimeHints   Set                     // may open a day expression: "late Thursday"
	HintLinks   Set                     // may follow a time hint before a weekday: "late on Thursday"
	Nights      Set                     // open the date of a night or a part of a day: "nuit" of "dans la nuit du 3 mars", "overnight", "hours" of "the early hours of Wednesday"
	NightOf     Set                     // stand between a night and its day: "de", "du"
	NightTo     Set                     // join the two days of a night: "à" of "nuit de vendredi à samedi", "into"
	Last        Set                     // before a weekday, the one before publication: "last Tuesday"
	Next        Set                     // before a weekday, the one after publication: "next Tuesday"
	This        Set                     // before a weekday, the one of the week of publication: "ce dimanche"
	LastAfter   Set                     // after a weekday, the one before publication: "mardi dernier"
	NextAfter   Set                     // after a weekday, the one after publication: "mardi prochain"
	Future      Set                     // say that an event is still to come: "will", "sera", "prévu"
	FutureEnds  []string                // end the future forms of verbs: "-ra" of "se tiendra"
	Pluperfect  Set                     // auxiliaries of a tense for what came before the story: "avait" ("avait été retiré le 24 mars")
}

// Names holds the words around and inside the names of people,
// organisations, places and events.
type Names struct {
	Titles          Set      // come before a person's name: "president", "ministre", "m"
	Honorifics      Set      // titles that name a person with one name after them: "Lady Gaga", "Lord Sugar"
	Sovereigns      Set      // titles that name a person with a first name after them: "Pope Francis", "King Charles"
	Portfolios      Set      // a minister's field, part of the title: "foreign", "affaires"
	Joiners         Set      // stand between the capitalised words of one name: "of", "de", "l'"
	Purposes        Set      // join an organisation's name to the field it serves: "for" ("Office for National Statistics")
	FieldHeads      Set      // organisations whose names list their fields after "of": "Department of Health and Human Services"
	Articles        Set      // may stand between a preposition and a name: "the", "l'"
	Indefinites     Set      // the indefinite articles: "a", "une"
	ArticlesInNames bool     // an article may open a name ("Le Pen", "La Rochelle")
	NonNames        Set      // capitalised, they end no name: articles and English's "I"
	OrgWords        Set      // mark a name as an organisation's: "ministry", "conseil"
	OrgHeads        Set      // lower-case nouns before an organisation's name: "la société SpaceX"
	LedBodies       Set      // lower-case nouns of a body its leader's name names: "le gouvernement Ayrault", "the Obama administration"
	PhraseHeads     Set      // lower-case nouns that open an organisation's name before its field: "ministère des Affaires étrangères"
	OrgAdjectives   Set      // lower-case adjectives of organisation names too short to tell by ending: "Nations unies"
	GroupColours    Set      // colours after a plural capitalised noun that name a group with it: "Gilets jaunes", "Casques bleus"
	AdjectiveEnds   []string // endings of the lower-case adjectives inside organisation names: "Banque centrale"
	Facilities      Set      // end the names of buildings and sites: "house", "stade"
	Demonyms        Set      // nationality words; capitalised, they name no actor and no place
	EventWords      Set      // end the names of events: "cup", "sommet"
	EventHeads      Set      // open the names of events: "Jeux olympiques", "Tour de France"
	Events          Set      // whole names of events that no event word ends: "six nations", "champions league"
	PlaceHeads      Set      // open the names of places and sites: "Boulevard de la Marina", "Lake Placid"
	PlaceNouns      Set      // name kinds of place: "province", "préfecture"
	PlaceTitles     Set      // titles whose complement is a place: "maire de Sevran", "mayor of London"
	Features        Set      // end the names of rivers, lakes, mountains and seas
	CompassPoints   Set      // end the names of regions: "du Sud"
	NearWords       Set      // before "of" keep a place where the event is: "north of London", "près de Paris"
	Areas           Set      // open the part of a city or region a place lies in, after a comma: "Croydon, south London"
	NotActors       Set      // capitalised words that name no one: "UTC", "Terre"
	Agencies        Set      // news agencies, which report a story and are no actor of it: "Reuters", "AFP"
	Employers       Set      // after a post, name its employer: "at" of "director at Codemasters"
	Languages       Set      // languages no demonym names, which follow "in" as a place does: "in Mandarin"
	Media           Set      // networks, sites and journals a text is "in" or "on", no place: "sur Internet", "in Nature"
	Descriptors     Set      // may stand before a name in a headline: "F1 legend Felipe Massa"
	RoleAfterName   Set      // may follow a name as the real subject: "Hillary Clinton aide blames …"
	Ages            []string // inside a word, make it an age that opens a name: "Five-year-old"
	Locatives       Set      // prepositions that put an event in a place: "in", "à"
	Here            Set      // before a locative, put the writer in the place: "here in Sao Paulo", "ici à Paris"
	Attributives    Set      // prepositions after which a place describes someone or something: "of", "de"
	OfWords         Set      // link a noun to its complement: "of", "du", "d'"
	SourceCues      Set      // before a name, make it the source of a report: "according", "selon"
	Posted          Set      // before a name, make it where a statement was posted: "on Twitter", "sur X"
}

// Clauses holds the words that frame the clauses of a sentence.
type Clauses struct {
	ReportingVerbs Set      // introduce what someone said: "said", "annoncé"
	Statements     Set      // in a headline, tell what someone said as its event: "blames", "accuse"
	InfinitiveEnds []string // end infinitives, which a name does not go on with after "de": "tenir"
	NounEnds       []string // end nouns, though an infinitive's ending ends them too: "quartier"
	That           Set      // introduce the reported clause: "that", "que"; one ending in an apostrophe is elided: "qu'"
	Ands           Set      // join names: "and", "et"
	Subordinators  Set      // open a clause that sets the scene: "while", "alors"
	CauseBreaks    Set      // open a clause of cause or time after the event: "after", "car"
	SubjectBreaks  Set      // end the head of a long subject: "of", "dans"
	ClauseBreaks   Set      // open a clause that may be cut from a long one: "which", "dont"
	Auxiliaries    Set      // finite forms that mark a verb: "has", "ont"
	PastForms      Set      // irregular finite verbs: "met", "won"
	Causatives     Set      // verbs whose object is made to act, their subject the cause: "forced", "conduit"
	PastEndings    []string // end regular past forms: "-ed"
	VerbMarks      Set      // stand right before a finite verb, or open one when ending in an apostrophe: "se", "s'"
	Background     []string // open sentences that tell of earlier events: "earlier", "auparavant"
	SourceOpeners  []string // open a sentence with its source: "according to", "selon"
	SourceEnders   []string // close a sentence with its source: "said", "a déclaré"
	HeadlineVerbs  []string // end a headline with its source: ", reports say", ", affirme Moscou"
	HeadlineFrom   []string // before a name, end a headline with its source: ", selon Séoul"
	LightVerbs     []string // add nothing to the verb after them: "take steps to"
}

// Groups holds the words that name people in numbers or by role.
type Groups struct {
	Quantifiers []string // open a count: "at least"
	Counts      Set      // count people, beside numbers: "dozens"
	Of          Set      // may stand between a count and its noun: "dizaines de personnes"
	Nouns       Set      // name people in numbers: "passengers"
	Casualties  Set      // follow a count of people: "killed"
	Roles       Set      // name one actor by role: "driver"
	Agents      Set      // common nouns that name an actor: "homme", "government"
	Vehicles    Set      // name the actor of a crash when they head the subject: "un avion de ligne s'est écrasé"
	AgentEnds   []string // endings of nouns that name an actor: "-iste", "-ers"
	NotAgents   Set      // words with such an ending that name no actor: "dernières", "former"
	Determiners Set      // open a noun phrase before its noun, beside the articles: "des", "several"
	Pronouns    Set      // count people without naming them: "others"
	People      string   // names a count of people: "people"
}

// Furniture holds the words of page furniture: credits, share buttons,
// links and prompts.
type Furniture struct {
	Credits []string // open a bracketed credit: "(Photo: AFP)"
	// CopyrightMarks and CaptionMarks label a figure's credit and caption
	// where a scraped page keeps them inside a paragraph, as written:
	// "Image copyright Reuters Image caption Rescuers worked all night The
	// boy…".
	CopyrightMarks []string
	CaptionMarks   []string
	Lines          Set      // whole lines of furniture, without counts: "share this"
	Buttons        Set      // a page's buttons a scraped text runs into a name: "Share", "Partager"
	Prefixes       []string // open lines of furniture: "read more"
	Cookies        []string // mark a line about cookies
	CookieCues     []string // in such a line, make it a prompt: "accept"
	Letters        []string // mark a line about a newsletter
	LetterCues     []string // in such a line, make it a prompt: "sign up"
	// Teasers head a list of other stories' headlines on lines of their
	// own: "related stories", "most read", "sur le même sujet".
	Teasers []string
	// TeaserRuns are the teasers' headings that also open such a list run
	// into a paragraph, words that running text does not write that way:
	// "… on Tuesday. Related stories FERRY FURY Strike ends in …".
	TeaserRuns []string
	// TeaserTails close another story's headline run into a paragraph:
	// "… Ferry strike ends | Jane Doe Read more The council said…".
	TeaserTails []string
}

// Questions holds the words of questions and of the sentences that
// answer them, folded (see Fold).
type Questions struct {
	Words      map[string]string // ask for a kind of answer: "who", "where", "when", "number", "why" or "what"; as written
	Stopwords  Set               // carry no content in a question
	Verbs      []Sense           // common news verbs; a verb narrows an answer but is not what it is about
	Nouns      []Sense           // common news nouns, and verbs that name an event
	Causes     []string          // introduce a cause
	Numbers    Set               // quantities written out
	DateWords  Set               // mark a date
	ActorWords Set               // name organisations and officials
	Courtesies Set               // thank or agree, and ask nothing: "thanks", "ok", "merci"
}

// A Sense is a meaning and the words a language has for it. Entries are
// folded; "*" marks a prefix ("annonc*").
type Sense struct {
	Name  string // the meaning, named by an English word
	Words []string
}

// Topics holds the words of topics, folded.
type Topics struct {
	Stopwords Set                 // carry no topic: "news", "actualite"
	Aliases   map[string][]string // a topic that is no place, by its English name, to this language's words for it; "*" marks a prefix
}

// Concepts holds a language's words for the news concepts (see Concept),
// written as the language writes them, accents and all; they are folded
// when read.
type Concepts struct {
	// Words are the words and phrases of each concept, by its ID,
	// separated by commas, the most common first, with their inflections
	// in parentheses: "séisme(s), tremblement(s) de terre" (see expandAll).
	Words map[string]string
	// Senses gives a word or phrase that several concepts hold, in this
	// language or across languages, its default sense: the concept it
	// stands for when typed alone ("strike": "labour.strike"). "" marks
	// a word that this language too often uses otherwise for it to be
	// searched for on a reader's behalf (French "court", short, beside
	// the English court of law; "parti", left, beside the party): it
	// joins no expansion, though typed alone it still means its concept.
	Senses map[string]string
}

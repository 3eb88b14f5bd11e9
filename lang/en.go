package lang

import "time"

// english is the lexicon of English.
var english = Lexicon{
	Code: "en",
	Text: Text{
		FunctionWords: set(`the of and to in is was for on that with as by at from his her it are were
			has have had be been will would this which who said after but not they their its an`),
		Stopwords: set(`a an the of to in on at for and or but by with from into about over after before
			during since until than then as is are was were be been being has have had do does did will
			would can could should may might must shall not no nor so if while when where which who whom
			whose what this that these those there here it its he she they we you i his her their our
			your my me him them us also just only even more most some any all each every both other such
			very still yet already up down out off again against among between through under per via
			although though however meanwhile moreover furthermore nevertheless instead otherwise
			besides overall finally firstly secondly later soon now once because despite unlike like
			indeed perhaps maybe thus hence why how whether above below across along around behind
			beyond inside outside throughout toward towards upon within without speaking asked hi
			hello yes dozens hundreds thousands millions several many few none one two three four
			five six seven eight nine ten first second third last next another former top
			breaking live update updated watch read click share photo video pictured image getty`),
		Abbreviations: set(`mr mrs ms dr prof st mt gen col lt sgt capt cpt cmdr adm gov sen rep rev jr sr
			inc corp ltd co no nos vs etc ave blvd jan feb mar apr jun jul aug sep sept oct nov dec
			p pp ca approx dept univ est fig vol ed al i.e e.g cf hon pres sec`),
		SentenceStarters: set(`the a an he she it they we i but and this that these those there in on at
			after before as when while if his her their its our`),
	},
	Dates:     englishDates,
	Names:     englishNames,
	Clauses:   englishClauses,
	Groups:    englishGroups,
	Furniture: englishFurniture,
	Questions: englishQuestions,
	Topics:    englishTopics,
	Concepts:  englishConcepts,
}

var englishDates = Dates{
	Months: map[string]time.Month{
		"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
		"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
		"september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
		"december": 12, "dec": 12,
	},
	Weekdays: map[string]time.Weekday{
		"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
		"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	},
	MonthFirst:  true,
	Capitalised: true,
	Ordinals:    set(`st nd rd th`),
	DayOf:       set(`of`),
	DayArticles: set(`the this`),
	Relatives: map[string]int{
		"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
		"earlier today": 0, "yesterday": -1, "last night": -1, "the day before yesterday": -2,
		"tomorrow": 1, "last week": -7, "earlier this week": -2, "earlier this month": -7,
		"earlier this year": -30, "last month": -30, "a few days ago": -3, "a day ago": -1,
		"a week ago": -7,
	},
	Counts: map[string]int{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
		"nine": 9, "ten": 10,
	},
	DaysAgo:    "N days ago",
	WeeksAgo:   "N weeks ago",
	Vague:      []string{"week", "month", "few", "year"},
	PartsOfDay: set(`morning afternoon evening night`),
	TimeHints:  set(`late early earlier later`),
	HintLinks:  set(`on`),
	Nights:     set(`overnight night morning evening hours`),
	NightOf:    set(`of`),
	NightTo:    set(`into`),
	Last:       set(`last`),
	Next:       set(`next`),
	This:       set(`this`),
	LastAfter:  set(`last`),
	NextAfter:  set(`next`),
	Future:     set(`will 'll shall scheduled planned due upcoming expected`),
}

var englishNames = Names{
	Honorifics: set(`sir dame lord lady`),
	Sovereigns: set(`pope king queen prince princess emperor empress`),
	Titles: set(`mr mrs ms miss dr prof sir dame lord lady president vice-president prime minister
		secretary chancellor king queen prince princess pope cardinal bishop archbishop general gen
		colonel col lieutenant lt captain commander admiral sergeant sgt governor gov senator sen
		representative rep congressman congresswoman mayor judge justice attorney prosecutor leader
		chief ceo mp mep msp chairman chairwoman chair director spokesman spokeswoman spokesperson ambassador
		envoy emir sheikh ayatollah rabbi imam father sister coach manager boss founder head official
		rev counterpart counterparts commissioner superintendent inspector detective officer constable
		ministers presidents leaders secretaries ambassadors senators mayors judges spokesmen`),
	Portfolios: set(`state foreign affairs interior home finance health justice education trade
		commerce economy economic treasury energy environment agriculture transport labour labor
		culture defense defence armed forces homeland security sports relations industry budget
		digital office exchequer general republic`),
	Joiners:     set(`of`),
	Purposes:    set(`for`),
	FieldHeads:  set(`ministry department bureau`),
	Articles:    set(`the a an`),
	Indefinites: set(`a an`),
	NonNames:    set(`the a an i`),
	OrgWords: set(`ministry department council commission committee agency office bureau bank fund
		party union association federation league organisation organization institute university
		school college hospital court tribunal parliament assembly senate congress government army
		navy force forces police brigade service services group company corporation corp inc ltd llc
		plc co foundation club fc academy times post news journal tribune herald guardian telegraph
		press reuters afp bloomberg television radio network airlines airline airways motors
		industries international nations united alliance coalition front movement church authority
		board secretariat red cross kremlin pentagon nato fbi cia nasa prosecutor prosecutors
		society trust campaign consortium institution`),
	OrgHeads:  set(`agency company firm group union carmaker maker operator bank party`),
	LedBodies: set(`administration government regime`), // not "cabinet", French for a firm: the sets are read together
	Facilities: set(`house palace square stadium airport station street road avenue hospital park
		bridge circuit church cathedral prison embassy consulate hotel tower centre center hall arena
		building boulevard lake mount river island`),
	Demonyms: set(`american americans british briton britons english french german germans
		russian russians chinese japanese korean koreans ukrainian ukrainians israeli israelis
		palestinian palestinians iranian iranians iraqi iraqis syrian syrians afghan afghans pakistani
		pakistanis indian indians turkish italian italians spanish canadian canadians mexican mexicans
		brazilian brazilians australian australians european europeans african africans asian asians
		arab arabs egyptian egyptians saudi saudis lebanese polish dutch belgian swiss swedish
		norwegian danish irish scottish welsh greek greeks nigerian nigerians kenyan ethiopian cuban
		venezuelan colombian argentine argentinian chilean peruvian vietnamese thai filipino
		indonesian malaysian taiwanese belarusian georgian armenian serbian croatian hungarian
		romanian bulgarian czech slovak austrian finnish portuguese kurdish kurds soviet western
		eastern northern southern latin muslim muslims christian christians jewish catholic sunni
		shia shiite islamic democrat democrats republican republicans conservative conservatives
		north south east west central`),
	EventWords: set(`series cup championship championships prix games olympics day festival awards
		award election elections summit war conference tournament trophy final finals marathon season
		week game match show open act bill treaty directive year`),
	EventHeads: set(`festival grand championship championships olympics christmas easter`),
	Events: setOf("six nations", "tri nations", "champions league", "europa league", "super bowl",
		"grand slam"),
	PlaceTitles: set(`mayor governor`),
	PlaceHeads:  set(`boulevard avenue county province region mount lake river port`),
	PlaceNouns: set(`province provinces state county counties city region regions district districts
		village villages town area department borough suburb capital prefecture prefectures island`),
	Features: set(`river lake mountain mountains sea bay strait valley stream canal ocean peninsula
		gulf desert volcano`),
	NearWords: set(`centre north south east west outskirts suburbs`),
	Areas: set(`north south east west northern southern eastern western central north-east north-west
		south-east south-west northeast northwest southeast southwest`),
	NotActors: set(`utc gmt am pm tv ceo ok km kg mw gw gdp covid sms pdf usb dvd cd vip faq bst est dna rna hiv aids
		pst cet usd eur gbp jpy chf cny rmb rub inr krw aud cad hkd sgd brl mxn zar sek nok dkk try
		christmas easter halloween thanksgiving hanukkah diwali ramadan eid
		january february july september october november december olympic paralympic id i'm i'll i've i'd
		celsius fahrenheit oscar oscars bafta baftas grammy grammys emmy emmys pc pcs mp3 mp3s psp ipod
		ipods windows`),
	Languages: set(`mandarin cantonese hindi urdu swahili arabic hebrew latin esperanto gaelic tagalog
		farsi pashto yiddish`),
	Employers: set(`at`),
	Agencies: set(`reuters afp ap pa getty bloomberg xinhua yonhap kyodo belga ansa dpa tass interfax
		anadolu efe`),
	Media: set(`internet web online wikipedia youtube facebook twitter instagram tiktok snapchat
		whatsapp telegram netflix spotify itunes google linkedin reddit nature science cell lancet`),
	Descriptors: set(`legend star champion singer actor actress rapper striker driver player boss
		chief coach veteran icon hero laureate runner lawyer activist founder`),
	RoleAfterName: set(`aide aides spokesman spokeswoman spokesperson adviser advisers lawyer lawyers
		wife husband son daughter`),
	Ages:         []string{"year-old"},
	Locatives:    set(`in at near outside inside across throughout around within`),
	Here:         set(`here`),
	Attributives: set(`of from`),
	OfWords:      set(`of`),
	SourceCues:   set(`according`),
	Posted:       set(`on`),
}

var englishClauses = Clauses{
	ReportingVerbs: set(`said says say saying announced announces announce stated states told tells
		reported reports declared declares confirmed confirms added adds explained noted revealed
		claimed claims insisted wrote tweeted according`),
	Statements: set(`blames blamed accuses accused warns warned urges urged slams hails criticises
		criticizes denies denied admits admitted vows vowed`),
	That:          set(`that`),
	Ands:          set(`and`),
	Subordinators: set(`while as after when despite amid during around`),
	CauseBreaks:   set(`after as while because amid despite following when since before`),
	SubjectBreaks: set(`of from in at for with`),
	ClauseBreaks: set(`after before as while when which who whom whose where because amid despite
		following with without since between during including`),
	Auxiliaries: set(`is are was were has have had will would could can should must might did does
		do`),
	Causatives: set(`forced forces prompted prompts pushed compelled compels`),
	PastForms: set(`said met won lost rose fell told made took came went gave found left held led hit
		shot struck began became brought built bought caught chose drove fought flew got grew heard
		kept knew laid meant paid put ran saw sold sent set shut sat spoke spent stood stole swore
		taught thought threw understood wrote sank quit cut beat broke dealt drew fed felt froze hurt
		lay rode rang sought shook spread stuck swept tore withdrew overtook says meets wins faces
		warns plans`),
	PastEndings: []string{"ed"},
	Background: []string{"earlier", "previously", "last year", "in the past", "before that", "in 19",
		"in 20", "since"},
	SourceOpeners: []string{"according to"},
	SourceEnders:  []string{"said", "says", "told", "reported", "announced", "according to"},
	HeadlineVerbs: []string{"say", "says", "said", "claim", "claims", "report", "reports"},
	LightVerbs: []string{"take steps to", "take measures to", "take action to", "taking steps to",
		"taking measures to", "taking action to", "took steps to", "took measures to", "took action to"},
}

var englishGroups = Groups{
	Quantifiers: []string{"at least", "more than", "up to", "nearly", "about", "some", "over"},
	Counts: set(`several dozens hundreds thousands scores many eleven twelve fifteen twenty thirty
		fifty hundred`),
	Of:          set(`of`),
	Determiners: set(`several many few numerous various`),
	Nouns: set(`people persons passengers children students pupils soldiers civilians officers
		workers victims migrants protesters demonstrators fans residents tourists miners supporters`),
	Casualties: set(`killed dead injured hurt wounded shot died missing rescued arrested evacuated
		trapped stranded`),
	Roles: set(`driver gunman bomber attacker suspect pilot shooter assailant`),
	Agents: set(`man men woman women boy boys girl girls child children parents family couple team
		police government mayor judge minister president chief army group authorities
		population officials forces troops`),
	Vehicles: set(`plane planes aircraft airliner jet helicopter train trains tram bus coach truck
		trucks lorry car cars ship ships boat boats ferry`),
	AgentEnds: []string{"er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants",
		"ent", "ents"},
	NotAgents: set(`former latter other number numbers order orders center centers centre centres senior junior
		disaster disasters power powers water paper papers computer computers cyber winter summer
		letter letters matter matters border borders chapter quarter cancer weather sector sectors
		factor factors error errors motor motors floor door doors tower towers layer poster laser
		danger career cover corner river shelter timber super fibre fiber content event events
		percent moment element elements segment document documents agreement payment payments
		investment investments statement statements parliament terror horror mirror tractor
		labor honor favor rumor tumor harbor anchor interior exterior`),
	Pronouns: set(`others ones those`),
	People:   "people",
}

var englishFurniture = Furniture{
	Credits: []string{"photos", "photo", "sources", "source", "credits", "credit", "copyright", "image",
		"illustration", "pictured", "picture", "video", "©"},
	CopyrightMarks: []string{"Image copyright", "Media copyright"},
	CaptionMarks:   []string{"Image caption", "Media caption"},
	Lines: setOf("source", "sources", "comment", "comments", "share", "share this", "share this article",
		"read more", "read also", "see also", "related", "related articles", "advertisement", "print",
		"email", "e-mail", "facebook", "twitter", "whatsapp", "linkedin", "tweet", "follow us",
		"subscribe", "sign up", "newsletter", "photo", "video", "top", "menu", "skip to content",
		"back to top", "like", "reply"),
	Prefixes: []string{"read more", "read also", "see also", "related:", "related articles", "photo:",
		"photos:", "credit:", "source:", "(photo", "(source", "© ", "copyright ", "click to share",
		"share on", "sign up for"},
	Buttons:    set(`share embed tweet print email reply subscribe`),
	Cookies:    []string{"cookie"},
	CookieCues: []string{"accept", "consent", "we use", "settings", "privacy"},
	Letters:    []string{"newsletter"},
	LetterCues: []string{"sign up", "subscribe", "receive", "get our"},
	Teasers: []string{"related stories", "related articles", "related content", "related links",
		"related topics", "more on this story", "more on this topic", "see also", "you may also like",
		"you might also like", "more stories", "top stories", "most read", "most popular"},
	TeaserRuns: []string{"related stories", "related articles", "more on this story", "you may also like",
		"you might also like"},
	TeaserTails: []string{"read more"},
}

var englishQuestions = Questions{
	Courtesies: set(`thanks thank you thx ty ok okay k cool great nice good perfect fine got it cheers
		awesome excellent brilliant wow yes yeah yep sure alright right understood noted lol haha
		much very so a lot`),
	Words: map[string]string{
		"who": "who", "whom": "who", "whose": "who", "where": "where", "when": "when",
		"how many": "number", "how much": "number", "why": "why", "what": "what", "which": "what",
	},
	Stopwords: set(`who whom whose what which where when why how many much did do does done is are
		was were be been being has have had will would can could should may might shall the a an of
		to in on at for from by with about into over as and or but not no this that these those there
		here it its they them their he him his she her we us our you your i me my any some happen
		happened happens`),
	Verbs: []Sense{
		{"say", []string{"say", "says", "said", "saying", "tell", "told", "state*", "announc*"}},
		{"meet", []string{"meet", "meets", "met", "meeting*", "talks", "summit"}},
		{"agree", []string{"agree", "agreed", "agreement*", "deal", "pact"}},
		{"deny", []string{"deny", "denies", "denied", "denial"}},
		{"want", []string{"want", "wants", "wanted", "seek*", "sought"}},
		{"sign", []string{"sign", "signs", "signed", "signing", "sign*"}},
		{"rise", []string{"rise", "rose", "rises", "climb*", "gain*", "increase*"}},
		{"fall", []string{"fall", "fell", "falls", "drop*", "decline*"}},
		{"open", []string{"open", "opens", "opened"}},
		{"extend", []string{"extend", "extends", "extended"}},
		{"decide", []string{"decide", "decides", "decided", "decision*"}},
		{"issue", []string{"issue", "issued", "issues", "grant*"}},
		{"hit", []string{"hit", "hits", "struck", "shook", "shake*"}},
		{"warn", []string{"warn", "warns", "warned", "warning*"}},
		{"announce", []string{"announce", "announced", "announc*"}},
	},
	Nouns:      englishNouns,
	Causes:     []string{"because", "due to", "owing to", "as a result", "after", "since", "so that", "to help", "in order to", "in a bid to", "aimed at", "to carry", "to attract", "to reduce", "to cut", "to boost", "to ease", "to avoid", "to protect"},
	Numbers:    set(`two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions dozen dozens`),
	DateWords:  set(`monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning week month year january february march april may june july august september october november december jan feb sept oct nov dec`),
	ActorWords: set(`ministry minister president government spokesman spokeswoman spokesperson police officials official company agency council committee kremlin bank union`),
}

var englishNouns = []Sense{
	{"attack", []string{"attack*", "strike*"}},
	{"weapon", []string{"weapon*", "arms"}},
	{"missile", []string{"missile*"}},
	{"launch", []string{"launch*", "fire", "fired", "fires"}},
	{"kill", []string{"kill*", "dead", "death*"}},
	{"win", []string{"win", "won", "wins", "victory"}},
	{"rate", []string{"rate*"}},
	{"price", []string{"price*"}},
	{"minister", []string{"minister*"}},
	{"ministry", []string{"ministry"}},
	{"foreign", []string{"foreign"}},
	{"president", []string{"president*"}},
	{"government", []string{"government*"}},
	{"law", []string{"law", "bill"}},
	{"vote", []string{"vote*", "voted"}},
	{"election", []string{"election*", "elect", "elected", "electing", "elects", "elector*"}}, // not elect*: electric
	{"visit", []string{"visit*"}},
	{"cooperate", []string{"cooperat*"}},
	{"military", []string{"military", "defence", "defense"}},
	{"security", []string{"security"}},
	{"nuclear", []string{"nuclear"}},
	{"earthquake", []string{"earthquake*", "quake"}},
	{"record", []string{"record*"}},
	{"inflation", []string{"inflation"}},
	{"visa", []string{"visa*"}},
	{"researcher", []string{"researcher*", "scientist*"}},
	{"harvest", []string{"harvest*", "crop*"}},
	{"tourist", []string{"tourist*", "visitor*"}},
	{"bank", []string{"bank", "banks"}},
	{"strong", []string{"strong*", "powerful", "magnitude"}},
	{"putin", []string{"putin"}},
	{"zelensky", []string{"zelensky*"}},
	{"country", []string{"country", "countries", "nation", "nations"}},
	{"train", []string{"train*", "rail*"}},
	{"school", []string{"school*"}},
	{"study", []string{"study", "studies"}},
	{"united nations", []string{"united nations", "un"}},
}

var englishTopics = Topics{
	Stopwords: set(`the a an of about on in news and`),
	Aliases: map[string][]string{
		"europe":   {"europe*", "european union", "brussels"},
		"climate":  {"global warming", "emissions", "cop"},
		"ai":       {"artificial intelligence"},
		"economy":  {"econom*", "inflation", "growth", "gdp"},
		"election": {"election*", "elect", "elected", "electing", "elects", "elector*", "vote*"}, // not elect*: electric
		"football": {"football", "soccer", "premier league"},
		"health":   {"health", "hospital*", "vaccin*"},
	},
}

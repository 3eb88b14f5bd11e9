package bot

// builtinAliases lets a topic find the words other languages use for it. Keys
// and aliases are lower case without diacritics (the search index folds them
// the same way); a trailing "*" lets the last word be the start of a longer
// one (coree* finds coréen and coréenne). The full cross-lingual table, built
// from CLDR and a gazetteer, replaces this short list later.
var builtinAliases = map[string][]string{
	"korea":         {"korea*", "coree*", "corea*", "sudkorea*", "nordkorea*", "seoul", "pyongyang", "한국", "조선"},
	"south korea":   {"south korea*", "coree du sud", "sud coreen*", "sudkorea*", "seoul"},
	"north korea":   {"north korea*", "coree du nord", "nord coreen*", "nordkorea*", "pyongyang"},
	"japan":         {"japan*", "japon*", "giappone", "tokyo", "日本"},
	"china":         {"china", "chinese", "chine", "chinois*", "beijing", "pekin", "中国"},
	"france":        {"france", "french", "francais*", "paris"},
	"germany":       {"germany", "german", "allemagne", "allemand*", "deutschland", "berlin"},
	"russia":        {"russia*", "russie", "russe*", "moscow", "moscou", "kremlin"},
	"ukraine":       {"ukrain*", "kyiv", "kiev"},
	"united states": {"united states", "etats unis", "american*", "americain*", "washington", "usa"},
	"usa":           {"united states", "etats unis", "american*", "americain*", "washington", "usa"},
	"uk":            {"united kingdom", "britain", "british", "royaume uni", "britannique*", "london", "londres"},
	"europe":        {"europe*", "european union", "union europeenne", "brussels", "bruxelles"},
	"climate":       {"climat*", "global warming", "rechauffement", "emissions", "cop"},
	"ai":            {"artificial intelligence", "intelligence artificielle", "ia"},
	"economy":       {"econom*", "inflation", "growth", "croissance", "gdp", "pib"},
	"election":      {"election*", "elect*", "vote*", "scrutin"},
	"football":      {"football", "soccer", "ligue 1", "premier league"},
	"health":        {"health", "sante", "hospital*", "hopita*", "vaccin*"},
}

// topicStopwords are words that carry no topic: "/brief news about korea".
var topicStopwords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "about": true, "on": true, "in": true,
	"news": true, "and": true, "le": true, "la": true, "les": true, "de": true, "du": true,
	"des": true, "sur": true, "en": true, "et": true, "actualite": true, "actualites": true,
}

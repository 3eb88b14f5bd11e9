package topics

// builtinAliases lets a topic that is not a place find the words other
// languages use for it; places (countries, their capitals, cities,
// demonyms) come from the gazetteer. Keys and aliases are lower case
// without diacritics (the search index folds them the same way); a
// trailing "*" lets the last word be the start of a longer one (climat*
// finds climatique).
var builtinAliases = map[string][]string{
	"europe":   {"europe*", "european union", "union europeenne", "brussels", "bruxelles"},
	"climate":  {"climat*", "klima*", "global warming", "rechauffement", "emissions", "cop"},
	"ai":       {"artificial intelligence", "intelligence artificielle", "kunstliche intelligenz", "inteligencia artificial", "ia", "ki"},
	"economy":  {"econom*", "economie", "wirtschaft*", "inflation", "growth", "croissance", "gdp", "pib"},
	"election": {"election*", "elect*", "vote*", "scrutin", "wahl*", "elecciones"},
	"football": {"football", "soccer", "fussball", "futbol", "ligue 1", "premier league"},
	"health":   {"health", "sante", "gesundheit", "salud", "hospital*", "hopita*", "vaccin*"},
}

// topicStopwords are words that carry no topic: "/brief news about korea".
var topicStopwords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "about": true, "on": true, "in": true,
	"news": true, "and": true, "le": true, "la": true, "les": true, "de": true, "du": true,
	"des": true, "sur": true, "en": true, "et": true, "actualite": true, "actualites": true,
}

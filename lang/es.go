package lang

// spanish is the lexicon of Spanish. It holds the words the language
// detector, the cleaner and the topic matcher read so far; the
// summarizer's rules have no Spanish words yet.
var spanish = Lexicon{
	Code: "es",
	Text: Text{
		FunctionWords: set(`el la los las de del y en que un una por con para se es su sus al lo como
			más pero fue han ha sido según este esta entre`),
	},
	Names: Names{
		Titles: set(`presidente`),
	},
	Furniture: Furniture{
		Credits: []string{"fotos", "foto", "fuente"},
	},
	Topics: Topics{
		Aliases: map[string][]string{
			"ai":       {"inteligencia artificial"},
			"election": {"elecciones"},
			"football": {"futbol"},
			"health":   {"salud"},
		},
	},
	Concepts: spanishConcepts,
}

package lang

// german is the lexicon of German. It holds the words the language
// detector and the topic matcher read so far; the summarizer's rules
// have no German words yet.
var german = Lexicon{
	Code: "de",
	Text: Text{
		FunctionWords: set(`der die das und ist nicht ein eine einen dem den des mit von zu auf für
			sich auch wurde werden hat haben im bei nach aus wie sie er es`),
	},
	Topics: Topics{
		Aliases: map[string][]string{
			"climate":  {"klima*"},
			"ai":       {"kunstliche intelligenz", "ki"},
			"economy":  {"wirtschaft*"},
			"election": {"wahl*"},
			"football": {"fussball"},
			"health":   {"gesundheit"},
		},
	},
	Concepts: germanConcepts,
}

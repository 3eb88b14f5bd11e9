package summarize

// EntityKind tells what a name names.
type EntityKind int

// The kinds of entity.
const (
	NameOnly     EntityKind = iota // a name, not known to be a person's, an organisation's or a place's
	Person                         // a person
	Organisation                   // a company, a party, a team, a ministry…
	Place                          // a country, a region or a city the gazetteer knows
)

// Entity is one name a sentence holds.
type Entity struct {
	Text       string // as the sentence writes it
	Start, End int    // its byte offsets in the sentence
	Kind       EntityKind
}

// Entities finds the names of people, organisations and places in one
// sentence of a text in the language with code lang ("" reads it as
// English), as the summarizer finds them in its articles. Read out of its
// article, a capitalised word that opens the sentence is a name only when
// it is a common first name or a word the sentence capitalises again.
func Entities(sentence, lang string) []Entity {
	toks := tokenize(sentence)
	capped := map[string]bool{}
	for i := range toks {
		t := &toks[i]
		if t.isWord() && t.isCap() && !opensSentence(toks, i) {
			capped[t.low] = true
		}
	}
	sc := runScanner{
		toks:   toks,
		common: func(w string) bool { return stopwords[w] },
		known:  func(w string) bool { return capped[w] || givenNames[w] },
		french: lang == "fr",
	}
	var out []Entity
	for _, r := range sc.runs() {
		e := Entity{Start: toks[r.first].start, End: toks[r.last].end}
		e.Text = sentence[e.Start:e.End]
		kind, ok := classifyRun(r, e.Text)
		switch {
		case r.placeOf || lookupPlace(e.Text) != nil && kind != orgActor:
			e.Kind = Place
		case !ok:
			continue
		case kind == personActor:
			e.Kind = Person
		case kind == orgActor:
			e.Kind = Organisation
		}
		out = append(out, e)
	}
	return out
}

// Token is one word or mark of a sentence, as the summarizer cuts it.
type Token struct {
	Text       string
	Start, End int // byte offsets in the sentence
}

// Tokens cuts one sentence into words and marks as the summarizer reads
// it: an elided article ("l'") is a word of its own, inner hyphens and
// apostrophes stay inside a word. A tagger trained on text cut this way
// reads the summarizer's sentences as it learned them.
func Tokens(sentence string) []Token {
	toks := tokenize(sentence)
	out := make([]Token, len(toks))
	for i, t := range toks {
		out[i] = Token{Text: t.text, Start: t.start, End: t.end}
	}
	return out
}

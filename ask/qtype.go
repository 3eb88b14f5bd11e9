package ask

import (
	"strings"

	"briefbot/lang"
)

// unitKind is what a figure asked for counts in.
type unitKind int

// The units of figures.
const (
	unitAny      unitKind = iota // any figure
	unitCount                    // a number of things: "how many"
	unitAmount                   // a sum of money or a share: "how much"
	unitMoney                    // a sum of money: "what was the price", "what were its sales"
	unitPercent                  // a percentage: "what share"
	unitDuration                 // a stretch of time: "how long"
	unitRank                     // a place in a ranking: "quelle place"
)

// entityWant is whom a "who" question asks for.
type entityWant int

// What a "who" question may be answered with.
const (
	wantActor  entityWant = iota // a person or an organisation
	wantPerson                   // a person: "which judge"
	wantOrg                      // an organisation: "which magazine"
)

// answerType is the type of answer a question asks for: its kind, and
// for a figure its unit, for an actor a person or an organisation.
type answerType struct {
	kind answerKind
	unit unitKind
	want entityWant
}

// typed reports whether an answer must hold something of the type: every
// kind but "what".
func (t answerType) typed() bool { return t.kind != kindWhat }

// questionShape is what the question words of a question say: the type
// of the answer, the language they are in, and which words of the
// question they are, which are no concepts to look for.
type questionShape struct {
	typ       answerType
	lang      string       // the code of the question words' language; "" when none was found
	skip      map[int]bool // token indexes of the question words, and of a type noun the type stands for
	measure   string       // a noun the figure must measure, "magnitude"; "" when none
	counted   string       // the noun a count counts, "passengers" of "how many passengers"; "" when none
	countedAt int          // its token index; -1 when none
	after     int          // the index of the token after the question words; -1 when none
	role      int          // the index of the role asked for, "judge" of "which judge", "chief executive" of "who is its chief executive"; -1 when none
	passive   bool         // a "who" question in the passive: "who was called up", "qui a été nommé"
}

// auxiliaries come between a question word and the noun it asks about:
// "what was the", "quelle est la"; not "did", after which the subject
// comes ("what did the bank decide").
var auxiliaries = set(`is was were are be been the a an of le la les l un une des du de d est etait sont
	sera seront fut`)

// shapeOf reads the question words of toks, the words of a question.
func shapeOf(toks []token, text string) questionShape {
	sh := questionShape{typ: answerType{kind: kindWhat}, skip: map[int]bool{}, countedAt: -1, after: -1, role: -1}
	w, n, code := findQuestionWord(toks, strings.ToLower(text))
	if w < 0 {
		sh.typ = fallbackType(toks)
		return sh
	}
	sh.lang, sh.after = code, w+n
	for i := w; i < w+n; i++ {
		sh.skip[i] = true
	}
	phrase := strings.Join(words(toks[w:w+n]), " ")
	if t, ok := howPhrases[phrase]; ok {
		sh.typ = t
	} else {
		sh.typ = answerType{kind: questionWordKind(phrase)}
	}
	switch sh.typ.kind {
	case kindWhat:
		sh.readTypeNoun(toks, w+n)
	case kindWho:
		sh.readRole(toks, w+n)
		sh.passive = isPassive(toks, w+n)
	}
	sh.refine(toks, w+n)
	if sh.typ.kind == kindNumber && sh.counted == "" && sh.measure == "" && sh.typ.unit == unitCount {
		sh.counted, sh.countedAt = nextNoun(toks, w+n)
		if durationWords[sh.counted] { // "how many days" asks how long
			sh.typ.unit = unitDuration
		}
	}
	return sh
}

// findQuestionWord finds the first question word or phrase of toks: its
// index, its number of words and its language.
func findQuestionWord(toks []token, lower string) (at, n int, code string) {
	for i := range toks {
		for size := 3; size >= 2; size-- {
			if i+size > len(toks) {
				continue
			}
			p := strings.Join(words(toks[i:i+size]), " ")
			if _, ok := howPhrases[p]; ok {
				return i, size, phraseLang(p)
			}
			if c, ok := questionWordLang[p]; ok {
				return i, size, c
			}
		}
		if c, ok := questionWordLang[toks[i].word]; ok {
			if q := questionWords[toks[i].word]; q.written == "" || strings.Contains(lower, q.written) {
				return i, 1, c
			}
		}
	}
	return -1, 0, ""
}

// phraseLang is the language of a question phrase: French when it starts
// with "combien".
func phraseLang(p string) string {
	if strings.HasPrefix(p, "combien") {
		return "fr"
	}
	return "en"
}

// questionWordKind is the kind a question word asks for.
func questionWordKind(w string) answerKind {
	if q, ok := questionWords[w]; ok {
		return q.kind
	}
	return kindWhat
}

// questionWordLang is the language of each question word, by its folded
// words: the first lexicon that has it.
var questionWordLang = func() map[string]string {
	out := map[string]string{}
	for _, l := range lang.All() {
		for w := range l.Questions.Words {
			key := strings.Join(foldWords(w), " ")
			if _, ok := out[key]; !ok {
				out[key] = l.Code
			}
		}
	}
	return out
}()

// readTypeNoun reads the noun a "which" or "quel" question asks about,
// within the few words after the question word: "what share of the vote",
// "what was Bolt's time", "quel magazine".
func (sh *questionShape) readTypeNoun(toks []token, from int) {
	nouns := typeNouns[sh.lang]
	for j := from; j < len(toks) && j < from+5; j++ {
		w := toks[j].word
		switch {
		case auxiliaries[w]:
			continue
		case toks[j].capital && j+1 < len(toks) && toks[j+1].word == "s":
			j++ // a possessor: "Bolt's"
			continue
		}
		t, ok := nouns[w]
		if !ok {
			t, ok = nouns[strings.TrimSuffix(w, "s")]
		}
		if !ok {
			return
		}
		sh.typ = t
		switch {
		case t.kind == kindWho:
			sh.role = j
		case measureNouns[w]:
			sh.measure = w
		case t.kind == kindNumber || t.kind == kindWhen:
			sh.skip[j] = true // the type stands for it: "what share", "which year"
			if t.kind == kindNumber {
				sh.counted, sh.countedAt = nextNoun(toks, j+1)
				if moneyNouns[sh.counted] {
					sh.typ.unit = unitMoney // "what were its total sales"
				}
			}
		}
		return
	}
}

// readRole reads the role a "who is" question asks about: "who is
// Boeing's chief executive", "qui sera le vice-président de Trump".
func (sh *questionShape) readRole(toks []token, from int) {
	if from >= len(toks) || !copulas[toks[from].word] {
		return
	}
	nouns := typeNouns[sh.lang]
	for j := from + 1; j < len(toks) && j < from+6; j++ {
		if t := toks[j]; !t.capital && nouns[t.word].kind == kindWho {
			sh.role = j
			return
		}
	}
}

// isPassive reports whether a "who" question asks in the passive: a
// form of "be" and a participle after the question word.
func isPassive(toks []token, from int) bool {
	k := from
	for k < len(toks) && set(`has have had a ont ete been`)[toks[k].word] {
		k++
	}
	if k >= len(toks) || !copulas[toks[k].word] && (k == from || toks[k-1].word != "ete" && toks[k-1].word != "been") {
		return false
	}
	if copulas[toks[k].word] {
		k++
	}
	if k >= len(toks) || toks[k].capital {
		return false
	}
	w := toks[k].word
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "e") || strings.HasSuffix(w, "es")
}

// copulas make a "who" question ask who someone is: "who is", "qui sera".
var copulas = set(`is was will be are were est etait sera seront serait fut`)

// refine adjusts the type by the rest of the question: a count paid for
// is a sum, a "what" on someone's words asks for them, a "what" on a
// price's move asks for a figure.
func (sh *questionShape) refine(toks []token, from int) {
	rest := words(toks[from:])
	switch {
	case sh.typ.kind == kindNumber && sh.typ.unit <= unitCount && anyIn(rest, amountVerbs):
		sh.typ.unit = unitAmount
	case sh.typ.kind != kindWhat:
	case anyIn(rest, quoteVerbs):
		sh.typ = answerType{kind: kindQuote}
	case len(rest) > 1 && anyIn(rest, figureVerbs) && set("at to by a")[rest[len(rest)-1]]:
		sh.typ = answerType{kind: kindNumber}
	}
}

// fallbackType is the type of a question without a question word: "and
// the vote?" asks for what happened.
func fallbackType(toks []token) answerType {
	if anyIn(words(toks), quoteVerbs) {
		return answerType{kind: kindQuote}
	}
	return answerType{kind: kindWhat}
}

func anyIn(ws []string, s map[string]bool) bool {
	for _, w := range ws {
		if s[w] {
			return true
		}
	}
	return false
}

// nextNoun is the word at from when it may be the noun a figure counts
// or measures ("passengers" of "how many passengers", "sales" of "total
// sales"), past "of the", with its index; "" and -1 when it is a verb or
// a function word.
func nextNoun(toks []token, from int) (string, int) {
	for j := from; j < len(toks) && j < from+3; j++ {
		w := toks[j].word
		switch {
		case auxiliaries[w]:
			continue
		case questionStopwords[w] || verbOrName(toks[j]):
			return "", -1
		}
		return w, j
	}
	return "", -1
}

// verbOrName reports whether a question word is a name or a common verb.
func verbOrName(t token) bool {
	return t.capital || synonymRow(verbSynonyms, t.word) != nil || amountVerbs[t.word] || quoteVerbs[t.word]
}

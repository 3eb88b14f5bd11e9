package ask

import (
	"strings"

	"briefbot/lang"
)

// startsName reports whether token i of a question starts a name: a word
// with a capital that is no question word ("eSwatini" too), or a word in
// capitals ("US").
func startsName(text string, toks []token, i int) bool {
	raw := text[toks[i].start:toks[i].end]
	if raw == strings.ToUpper(raw) && len(raw) >= 2 && !isNumber(raw) {
		return true
	}
	return raw != strings.ToLower(raw) && !questionStopwords[toks[i].word]
}

// nameEnd is the end of the name that starts at token i: the capitalised
// words that follow it, with the lower-case words a hyphen ties to them
// ("Moon Jae-in", "Îles-de-la-Madeleine").
func nameEnd(text string, toks []token, i int, skip map[int]bool) int {
	j := i + 1
	for j < len(toks) && !skip[j] && toks[j].word != "s" {
		hyphen := text[toks[j-1].end:toks[j].start] == "-"
		if !toks[j].capital && !hyphen || toks[j].capital && questionStopwords[toks[j].word] && !hyphen {
			break
		}
		j++
	}
	return j
}

// nameConcept is the concept of a name of the question: the name, its
// last word (a surname: "Livingstone" for "Ken Livingstone"), and what
// it names in other languages, for a place. A holiday or a month is a
// date, not a name ("over Christmas").
func nameConcept(ws []string) concept {
	w := strings.Join(ws, " ")
	if holidays[w] || dateWords[w] {
		return wordConcept(w)
	}
	c := concept{word: w, alts: []string{w}, role: roleName}
	if row := synonymRow(nounSynonyms, w); row != nil && len(ws) == 1 {
		c.alts = append(c.alts, row...) // "Bank" of "the Bank of Korea", "Banque" in French
	}
	if len(ws) > 1 {
		for k := len(ws) - 1; k > 0; k-- {
			if len(ws[k]) >= 3 && !questionStopwords[ws[k]] {
				c.alts = append(c.alts, ws[k])
				break
			}
		}
	}
	if code, ok := demonymOf(w); ok {
		return c.withCountryCode(code)
	}
	return c.withPlace()
}

// wordConcept is the concept of a content word: the word, its rows in the
// synonym tables, a month's names in every language, and the names of
// the place it names.
func wordConcept(w string) concept {
	c := concept{word: w, alts: []string{w}, role: roleNoun, month: monthOf(w)}
	if c.month > 0 {
		c.alts = monthNames(c.month)
	}
	if row := synonymRow(verbSynonyms, w); row != nil {
		c.alts, c.role = append(c.alts, row...), roleVerb
	} else if row := synonymRow(nounSynonyms, w); row != nil {
		c.alts = append(c.alts, row...)
	}
	if quoteVerbs[w] || amountVerbs[w] || figureVerbs[w] {
		c.role = roleVerb
	}
	return c.withPlace()
}

// synonymRow is the row of table that holds w, or nil.
func synonymRow(table [][]string, w string) []string {
	for _, row := range table {
		for _, s := range row {
			if matchWord(w, s) {
				return row
			}
		}
	}
	return nil
}

// monthOf is the number of the month w names, in any language; 0 when
// none.
func monthOf(w string) int {
	for _, l := range lang.All() {
		for name, m := range l.Dates.Months {
			if len(name) > 3 && lang.Fold(name) == w {
				return int(m)
			}
		}
	}
	return 0
}

// monthNames are the names of the month m in every language, folded.
func monthNames(m int) []string {
	var out []string
	for _, l := range lang.All() {
		for name, n := range l.Dates.Months {
			if int(n) == m && len(name) > 3 {
				out = appendFolded(out, name)
			}
		}
	}
	return out
}

// holidays are days the news names with a capital that are dates, not
// names: "over Christmas".
var holidays = set(`christmas easter thanksgiving ramadan hanukkah noel paques toussaint`)

// matchWord reports whether a sentence word matches an alternative: the
// same word, a word that starts with a "*" alternative, or an inflection
// (up to three more letters) of an alternative of four letters or more.
func matchWord(word, alt string) bool {
	if p, ok := strings.CutSuffix(alt, "*"); ok {
		return strings.HasPrefix(word, p)
	}
	if word == alt {
		return true
	}
	return len(alt) >= 4 && strings.HasPrefix(word, alt) && len(word)-len(alt) <= 3
}

// foldWords splits s into its folded words (see lang.Words), reading a
// dotted abbreviation or number as one word: "U.S." is "us" and "1.8" is
// "18", in questions and in the sentences that answer them alike.
func foldWords(s string) []string {
	return lang.Words(strings.ReplaceAll(s, ".", ""))
}

package ask

import (
	"strings"
	"unicode/utf8"

	"briefbot/lang"
	"briefbot/summarize"
)

// span is a stretch of a sentence that may be the answer: tokens
// [start, end) of it, and its text.
type span struct {
	start, end int
	text       string
	weight     float64 // how much its kind fits the question: 1 for the best fit; 0 reads as 1
}

// answerSpans finds the stretches of a sentence that hold the type of
// answer q asks for, leaving out what the question says itself: "Who
// replaced Amit Yoran?" is not answered by Amit Yoran.
func answerSpans(q question, text string, toks []token, ents []summarize.Entity) []span {
	var out []span
	switch q.typ.kind {
	case kindWho, kindWhere:
		out = entitySpans(q, text, toks, ents)
	case kindWhen:
		out = dateSpans(text, toks)
	case kindNumber:
		out = figureSpans(q.typ.unit, text, toks)
	case kindQuote:
		out = quoteSpans(text, toks)
	case kindWhy:
		out = causeSpans(text, toks)
	}
	kept := out[:0]
	for _, s := range out {
		if !q.says(toks[s.start:s.end]) {
			kept = append(kept, s)
		}
	}
	return kept
}

// says reports whether the question holds all the words of a span.
func (q question) says(ts []token) bool {
	for _, t := range ts {
		if !q.own[t.word] && !q.own[t.stem] {
			return false
		}
	}
	return true
}

// entitySpans are the names of the kind asked for: people and
// organisations for "who", places for "where".
func entitySpans(q question, text string, toks []token, ents []summarize.Entity) []span {
	var out []span
	placed := placedNames(text, toks, ents)
	for _, e := range ents {
		s, ok := tokenSpan(toks, e.Start, e.End)
		if !ok || notAName(toks[s.start:s.end]) {
			continue
		}
		if q.typ.kind == kindWho && e.Kind == summarize.NameOnly && placed[e.Text] {
			continue // a name the sentence puts a locative before is a place: "à Saint-Aubin"
		}
		if !wanted(q.typ, e.Kind) && !(q.typ.kind == kindWhere && locatedAt(text, toks, s.start)) {
			continue
		}
		s.text, s.weight = e.Text, kindWeight(q.typ, e.Kind)
		out = append(out, s)
	}
	if q.typ.kind == kindWhere && len(out) == 0 {
		out = gazetteerSpans(text, toks)
	}
	return out
}

// placedNames are the names a sentence writes after a locative somewhere
// in it.
func placedNames(text string, toks []token, ents []summarize.Entity) map[string]bool {
	out := map[string]bool{}
	for _, e := range ents {
		if s, ok := tokenSpan(toks, e.Start, e.End); ok && locatedAt(text, toks, s.start) {
			out[e.Text] = true
		}
	}
	return out
}

// locatedAt reports whether a locative comes just before token i, past
// an article and a word for an area: "in Everett", "dans la zone de Goz
// Beida", "à Amatrice" (not the "a" of "a confirmé").
func locatedAt(text string, toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k].word
		switch {
		case locatives[w]:
			return w != "a" || text[toks[k].start:toks[k].end] != "a"
		case !areaWords[w]:
			return false
		}
	}
	return false
}

// areaWords may stand between a locative and a place's name: "dans la
// zone de".
var areaWords = set(`the of le la les l de du des d zone region area city town ville province district`)

// locatives are the words that put a name in a place.
var locatives = func() map[string]bool {
	out := set(`near pres`)
	for w := range lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Locatives }) {
		for _, f := range foldWords(w) {
			out[f] = true
		}
	}
	return out
}()

// kindWeight is how much a name of kind k fits a question of type t: a
// person best for "who" ("Tory MP Boris Johnson" is Boris Johnson), an
// organisation for "which magazine", a name of unknown kind less.
func kindWeight(t answerType, k summarize.EntityKind) float64 {
	switch {
	case t.kind == kindWhere:
		return 1
	case k == summarize.NameOnly:
		return 0.5
	case t.want == wantOrg && k == summarize.Person, t.want != wantOrg && k == summarize.Organisation:
		return 0.8
	}
	return 1
}

func wanted(t answerType, k summarize.EntityKind) bool {
	if t.kind == kindWhere {
		return k == summarize.Place
	}
	switch t.want {
	case wantPerson:
		return k == summarize.Person || k == summarize.NameOnly
	case wantOrg:
		return k == summarize.Organisation || k == summarize.NameOnly
	}
	return k != summarize.Place
}

// notAName reports whether a name the recognizer found is no one's: a
// date word, a lone letter, the pronoun "I".
func notAName(ts []token) bool {
	if len(ts) == 1 && (len(ts[0].word) < 2 || dateWords[ts[0].word]) {
		return true
	}
	return len(ts) == 1 && holidays[ts[0].word]
}

// tokenSpan is the span of the tokens between two byte offsets.
func tokenSpan(toks []token, start, end int) (span, bool) {
	s := span{start: -1}
	for i, t := range toks {
		if t.start >= start && t.end <= end {
			if s.start < 0 {
				s.start = i
			}
			s.end = i + 1
		}
	}
	return s, s.start >= 0
}

// gazetteerSpans are the capitalised words of one to three words that
// the gazetteer knows as a place of some size.
func gazetteerSpans(text string, toks []token) []span {
	var out []span
	for i := 0; i < len(toks); i++ {
		if !toks[i].capital {
			continue
		}
		for n := min(3, len(toks)-i); n >= 1; n-- {
			name := text[toks[i].start:toks[i+n-1].end]
			firstName := n == 1 && i+1 < len(toks) && toks[i+1].capital // "Vladimir" of "Vladimir Poutine"
			if isPlace(name) && !firstName {
				out = append(out, span{start: i, end: i + n, text: name})
				i += n - 1
				break
			}
		}
	}
	return out
}

// dateSpans are the dates of a sentence: a year, a month or a weekday
// with the day numbers beside it, a relative day.
func dateSpans(text string, toks []token) []span {
	var out []span
	for i := 0; i < len(toks); i++ {
		if !dayWords[toks[i].word] && !isYear(toks[i].word) {
			continue
		}
		start, end := i, i+1
		for start > 0 && (dayNumber(toks[start-1].word) || dateModifiers[toks[start-1].word]) {
			start--
		}
		for start < i && !dayNumber(toks[start].word) && !modifiesDate(toks, start) {
			start++ // "of" alone is no part of the date
		}
		for end < len(toks) && (dayWords[toks[end].word] || dayParts[toks[end].word] || isYear(toks[end].word) || dayNumber(toks[end].word)) {
			end++
		}
		out = append(out, span{start: start, end: end, text: text[toks[start].start:toks[end-1].end]})
		i = end - 1
	}
	return out
}

// dayWords name a day, a month or a day relative to the story's: the
// months, weekdays and relative days of every lexicon.
var dayWords = func() map[string]bool {
	out := map[string]bool{}
	for _, l := range lang.All() {
		for w := range l.Dates.Months {
			if len(w) > 3 {
				out[lang.Fold(w)] = true
			}
		}
		for w := range l.Dates.Weekdays {
			out[lang.Fold(w)] = true
		}
		for w := range l.Dates.Relatives {
			for _, f := range foldWords(w) {
				if !l.Text.FunctionWords[f] && !l.Text.Stopwords[f] && !questionStopwords[f] {
					out[f] = true
				}
			}
		}
	}
	return out
}()

// dayParts may follow a day: "dimanche soir", "Sunday morning".
var dayParts = func() map[string]bool {
	out := map[string]bool{}
	for w := range lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.PartsOfDay }) {
		out[lang.Fold(w)] = true
	}
	return out
}()

// dateModifiers may open a date: "the end of 2006", "début mars".
var dateModifiers = set(`end beginning start middle early late mid of the fin debut milieu mi de la`)

// modifiesDate reports whether token i opens a date's modifier: a word
// for a part of a year or month, not a lone "of" or "the".
func modifiesDate(toks []token, i int) bool {
	w := toks[i].word
	return dateModifiers[w] && !set(`of the de la`)[w]
}

func dayNumber(w string) bool { return isNumber(w) && len(w) <= 2 || ordinalDay(w) }

// ordinalDay reports whether w is a day written as an ordinal: "1er", "3rd".
func ordinalDay(w string) bool {
	for _, suf := range []string{"er", "st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(w, suf); ok && isNumber(d) && len(d) <= 2 {
			return true
		}
	}
	return false
}

// quoteSpans are the words a sentence quotes, between quotation marks, or
// else what follows its verb of saying.
func quoteSpans(text string, toks []token) []span {
	var out []span
	for _, r := range quotedRanges(text) {
		if s, ok := tokenSpan(toks, r[0], r[1]); ok {
			s.text = strings.TrimSpace(text[r[0]:r[1]])
			out = append(out, s)
		}
	}
	if len(out) > 0 {
		return out
	}
	for i, t := range toks {
		if isSayVerb(t.word) && i+1 < len(toks) {
			end := clauseEnd(text, toks, i+1)
			// rated from the verb on, as the speaker's words; written from the "that"
			from := saidFrom(toks, i+1, end)
			return []span{{start: i + 1, end: end, text: text[toks[from].start:toks[end-1].end]}}
		}
	}
	return nil
}

// saidFrom is where what is said starts in toks[from:end], after a verb
// of saying: after the "that" or "que" a few words on, which leaves out
// when and to whom it was said ("le Kremlin avait déclaré le 15 septembre
// que Moscou…", "said on Monday that…"), unless nothing follows it.
func saidFrom(toks []token, from, end int) int {
	for k := from; k < min(from+maxBeforeThat, end-1); k++ {
		if complementizers[toks[k].word] {
			return k + 1
		}
	}
	return from
}

// maxBeforeThat is the most words between a verb of saying and the
// "that" of what it says.
const maxBeforeThat = 6

// complementizers open what a verb of saying says.
var complementizers = set(`that que qu`)

// quotedRanges are the byte ranges of text between quotation marks.
func quotedRanges(text string) [][2]int {
	var out [][2]int
	open, closer := -1, rune(0)
	for i, r := range text {
		switch {
		case open < 0 && closerOf(r) != 0:
			open, closer = i+utf8.RuneLen(r), closerOf(r)
		case open >= 0 && r == closer:
			if i > open {
				out = append(out, [2]int{open, i})
			}
			open = -1
		}
	}
	return out
}

// closerOf is the mark that closes a quotation r opens, or 0.
func closerOf(r rune) rune {
	switch r {
	case '«':
		return '»'
	case '“':
		return '”'
	case '"':
		return '"'
	}
	return 0
}

// isSayVerb reports whether w is a verb of saying, in any language.
func isSayVerb(w string) bool {
	if quoteVerbs[w] {
		return true
	}
	for _, alt := range sayVerbs {
		if matchWord(w, alt) {
			return true
		}
	}
	return false
}

// causeSpans are the clauses a cue of cause opens: "after a landslide".
func causeSpans(text string, toks []token) []span {
	for _, cue := range causeCues {
		p := strings.Fields(cue)
		for i := 0; i+len(p) <= len(toks); i++ {
			if phraseAt(toks, i, p) {
				end := clauseEnd(text, toks, i+len(p))
				return []span{{start: i, end: end, text: text[toks[i].start:toks[end-1].end]}}
			}
		}
	}
	return nil
}

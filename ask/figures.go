package ask

import (
	"strings"
	"unicode/utf8"

	"briefbot/geo"
	"briefbot/lang"
)

// figure is a number a sentence writes, with the unit it is in.
type figure struct {
	span
	unit     unitKind // unitCount when it has none of the others
	year     bool     // a year alone
	day      bool     // the day of a date: "2 December", "December 2"
	from, to int      // its bytes in the sentence, its currency sign and unit words with it
}

// figureSpans are the figures of a sentence in the unit asked for.
func figureSpans(u unitKind, text string, toks []token) []span {
	var out []span
	for _, f := range figures(text, toks) {
		if fits(u, f) {
			out = append(out, f.span)
		}
	}
	return out
}

// fits reports whether a figure answers a question for the unit u.
func fits(u unitKind, f figure) bool {
	switch u {
	case unitAny:
		return true
	case unitCount: // "how many" is no sum of money, share or stretch of time
		return !f.year && !f.day && f.unit != unitPercent && f.unit != unitAmount && f.unit != unitDuration
	case unitAmount:
		return f.unit == unitAmount || f.unit == unitPercent
	case unitMoney:
		return f.unit == unitAmount
	}
	return f.unit == u
}

// figures finds the figures of a sentence: digits, with the groups of a
// thousands separator ("4,300", "63 500") and a race time ("9"81"), or
// number words ("six", "deux mille"), then their unit.
func figures(text string, toks []token) []figure {
	var out []figure
	for i := 0; i < len(toks); i++ {
		if !isNumber(toks[i].word) && !numberWords[toks[i].word] {
			continue
		}
		end := i + 1
		for end < len(toks) && joinsFigure(text, toks, end) {
			end++
		}
		f := figure{span: span{start: i, end: end}}
		f.year = end == i+1 && isYear(toks[i].word)
		f.day = end == i+1 && dayOfMonth(toks, i)
		f.unit, end = unitAfter(text, toks, i, end)
		from := toks[i].start
		if currencyBefore(text, toks, i) {
			f.unit, from = unitAmount, currencyStart(text, toks, i)
		}
		f.from, f.to = from, figureEnd(text, toks, end)
		f.text = strings.TrimSpace(text[f.from:f.to])
		if n := len(out); n > 0 && isRange(toks, out[n-1], f) {
			f.start, f.from, f.year = out[n-1].start, out[n-1].from, false
			f.text = strings.TrimSpace(text[rangeStart(toks, out[n-1]):f.to])
			out = out[:n-1]
		}
		out = append(out, f)
		i = f.end - 1
	}
	return out
}

// dayOfMonth reports whether the number at i is a day beside its month.
func dayOfMonth(toks []token, i int) bool {
	if !dayNumber(toks[i].word) {
		return false
	}
	return i+1 < len(toks) && monthWords[toks[i+1].word] || i > 0 && monthWords[toks[i-1].word]
}

// monthWords are the months of every lexicon, folded.
var monthWords = func() map[string]bool {
	out := map[string]bool{}
	for _, l := range lang.All() {
		for w := range l.Dates.Months {
			if len(w) > 2 {
				out[lang.Fold(w)] = true
			}
		}
	}
	return out
}()

// isRange reports whether two figures make a range: "between 60 and 90
// days", "de 25 % à 33 %".
func isRange(toks []token, a, b figure) bool {
	return a.start > 0 && rangeOpeners[toks[a.start-1].word] && b.start == a.end+1 && rangeJoiners[toks[a.end].word]
}

// rangeStart is where the range that opens with figure a starts in its
// sentence: at "between".
func rangeStart(toks []token, a figure) int { return toks[a.start-1].start }

// Words around the figures of a range.
var (
	rangeOpeners = set(`between from entre de`)
	rangeJoiners = set(`and to et a`)
)

// joinsFigure reports whether token j continues the figure before it.
func joinsFigure(text string, toks []token, j int) bool {
	prev, w := toks[j-1].word, toks[j].word
	gap := text[toks[j-1].end:toks[j].start]
	switch {
	case numberWords[prev] && numberWords[w] && strings.TrimSpace(gap) == "":
		return true
	case !isNumber(prev) || !isNumber(w):
		return false
	case gap == "," || gap == "." || gap == `"` || gap == "'" || gap == "’" || gap == ":":
		return true
	case gap == " " || gap == "\u00a0" || gap == "\u202f":
		return len(w) == 3 && len(prev) <= 3
	}
	return false
}

// unitAfter reads the unit of the figure toks[i:end] from what follows
// it, and returns it with the end of the figure with its unit words.
func unitAfter(text string, toks []token, i, end int) (unitKind, int) {
	w := toks[end-1].word
	switch {
	case strings.HasPrefix(strings.TrimSpace(gapAfter(text, toks, end-1)), "%"):
		return unitPercent, end
	case hasMagnitudeSuffix(w):
		return unitAmount, end
	}
	j, scaled := end, end
	for j < len(toks) && (magnitudeWords[toks[j].word] || ofWords[toks[j].word]) && j < end+2 {
		if magnitudeWords[toks[j].word] {
			scaled = j + 1
		}
		j++
	}
	if j < len(toks) {
		switch t := toks[j].word; {
		case currencyWords[t]:
			return unitAmount, j + 1
		case percentWords[t] || t == "per" && j+1 < len(toks) && toks[j+1].word == "cent" || t == "pour" && j+1 < len(toks) && toks[j+1].word == "cent":
			return unitPercent, j + 1
		case durationWords[t] && j == end:
			return unitDuration, j + 1
		case ordinalMarks[t] && j == end && j+1 < len(toks) && rankWords[toks[j+1].word]:
			return unitRank, j + 2 // "7 e place"
		case ordinalMarks[t] && j == end, rankWords[t] && j == end:
			return unitRank, j + 1
		}
	}
	if ordinalDay(w) || strings.HasSuffix(w, "eme") && isNumber(w) {
		return unitRank, end
	}
	return unitCount, scaled
}

// rankWords name a place in a ranking.
var rankWords = set(`place position rang`)

// ofWords may come between a figure and its unit: "800 millions de réals".
var ofWords = set(`of de d`)

// hasMagnitudeSuffix reports whether a figure ends with its magnitude:
// "30.1bn", "54.98m".
func hasMagnitudeSuffix(w string) bool {
	for _, suf := range []string{"bn", "m", "k", "tn"} {
		if d, ok := strings.CutSuffix(w, suf); ok && d != "" && isDigits(d) {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// gapAfter is the text between token i and the next, or the rest of the
// text after the last.
func gapAfter(text string, toks []token, i int) string {
	if i+1 < len(toks) {
		return text[toks[i].end:toks[i+1].start]
	}
	return text[toks[i].end:]
}

// currencyBefore reports whether a currency sign comes just before token
// i: "$100", "US$140bn", "£53".
func currencyBefore(text string, toks []token, i int) bool {
	from := 0
	if i > 0 {
		from = toks[i-1].end
	}
	gap := strings.TrimSpace(text[from:toks[i].start])
	r, _ := utf8.DecodeLastRuneInString(gap)
	return r == '$' || r == '£' || r == '€' || r == '¥'
}

// currencyStart is where the currency sign before token i starts, with
// the letters of a prefix such as "US".
func currencyStart(text string, toks []token, i int) int {
	start := toks[i].start
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !strings.ContainsRune("$£€¥", r) {
			break
		}
		start -= n
	}
	return start
}

// figureEnd is where the figure that ends before token end stops in the
// text, with a closing "%".
func figureEnd(text string, toks []token, end int) int {
	e := toks[end-1].end
	rest := text[e:]
	if trimmed := strings.TrimLeft(rest, " \u00a0\u202f"); strings.HasPrefix(trimmed, "%") {
		return e + len(rest) - len(trimmed) + 1
	}
	return e
}

// isPlace reports whether the gazetteer knows name as a country, a
// region, or a city of some size.
func isPlace(name string) bool {
	name = strings.Trim(name, ".'’")
	for _, p := range geo.Lookup(name) {
		if p.Kind != geo.City || p.Population >= minCityPopulation {
			return true
		}
	}
	return false
}

// minCityPopulation keeps small towns that share a name with a common word
// from counting as places.
const minCityPopulation = 50000

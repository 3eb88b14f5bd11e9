package summarize

import "time"

// A stretch of days written as a range, "du 26 novembre au 1er décembre
// 2018", "from 3 to 5 May", is one mention: a championship's results, a
// festival. Its day is the last when that is past at publication (the
// event is over: its results are in), else the first (it is under way).

// rangeOpen and rangeClose are the words that open a range of days and
// join its two ends, by language.
var (
	rangeOpen  = map[string]string{"fr": "du", "en": "from"}
	rangeClose = map[string][]string{"fr": {"au", "jusqu'au", "jusqu’au"}, "en": {"to", "until", "through"}}
)

// joinRanges merges each range of two day mentions of the sentence s into
// one, in place, the mentions being in text order.
func joinRanges(s *sentence, ms []dateMention, pub time.Time, code string) []dateMention {
	open, ok := rangeOpen[code]
	if !ok {
		return ms
	}
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) && m.first > 0 && s.toks[m.first-1].low == open && joinsRange(s.toks, m.last+1, ms[i+1].first, code) &&
			m.kind == kindDay && ms[i+1].kind == kindDay {
			m = rangeMention(s, m, ms[i+1], pub)
			i++
		}
		out = append(out, m)
	}
	return out
}

// joinsRange reports whether the tokens from..to-1 are the one word that
// joins a range's two ends.
func joinsRange(toks []token, from, to int, code string) bool {
	if to != from+1 || from >= len(toks) {
		return false
	}
	for _, w := range rangeClose[code] {
		if toks[from].low == w {
			return true
		}
	}
	return false
}

// rangeMention is the one mention of the range from a to b: b's day when
// it is not after publication, else a's, with the range's words.
func rangeMention(s *sentence, a, b dateMention, pub time.Time) dateMention {
	m := b
	if a.year == 0 && b.year != 0 && a.month <= b.month {
		a.year = b.year // "du 26 novembre au 1er décembre 2018"
	}
	if end, ok := b.resolve(pub); ok && !pub.IsZero() && end.After(dayOf(pub)) {
		m = a
	}
	m.first, m.last = a.first-1, b.last
	m.start, m.end = s.toks[m.first].start, b.end
	m.text = foldSpaces(s.text[m.start:m.end])
	return m
}

// asideDate is the factor of a date set in parentheses, which dates
// something the story refers to, not its event: "Après l'affaire Théo (2
// février 2017), dès samedi 4 février…".
const asideDate = 0.2

// inParentheses reports whether the mention alone fills a pair of
// parentheses.
func inParentheses(toks []token, m dateMention) bool {
	return m.first > 0 && m.last+1 < len(toks) && toks[m.first-1].text == "(" && toks[m.last+1].text == ")"
}

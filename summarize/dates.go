package summarize

import (
	"strconv"
	"strings"
	"time"

	"briefbot/lang"
)

// dateKind tells how a date mention names its day.
type dateKind int

const (
	kindDay      dateKind = iota // a calendar day, with or without its year
	kindWeekday                  // a weekday near the publication date
	kindRelative                 // a day counted from the publication date
)

// dateMention is one date expression found in a text.
type dateMention struct {
	start, end  int    // byte span in the scanned text
	first, last int    // token span, inclusive
	text        string // the words used
	kind        dateKind
	year        int // 0 when the text gives no year
	month       time.Month
	day         int
	weekday     time.Weekday
	dir         int  // weekdays: -1 the last one before, 0 the latest on or before, +1 the next one after publication
	offset      int  // relative days from publication
	vague       bool // names a stretch of time ("last week") rather than a day
	ahead       bool // its sentence says the event is to come: a day with no year or a bare weekday falls after publication
}

// scanDates finds the date expressions of s, left to right, without
// overlaps. The language code ("en", "fr", …) decides the order of an ambiguous numeric
// date such as 03/04/2023.
func scanDates(s, code string) []dateMention { return scanTokens(s, tokenize(s), code) }

// scanTokens is scanDates over the tokens of s.
func scanTokens(s string, toks []token, code string) []dateMention {
	var out []dateMention
	for i := 0; i < len(toks); i++ {
		if !mayStartDate(&toks[i]) {
			continue // as dateAt would find, without its result to clear
		}
		m, end, ok := dateAt(toks, i, code)
		if !ok {
			continue
		}
		m.start, m.end = toks[i].start, toks[end-1].end
		m.first, m.last = i, end-1
		m.text = foldSpaces(s[m.start:m.end])
		out = append(out, m)
		i = end - 1
	}
	return out
}

// dateAt reads the date expression that starts at token i; end is the
// index of the token after it.
func dateAt(toks []token, i int, code string) (m dateMention, end int, ok bool) {
	if !mayStartDate(&toks[i]) {
		return dateMention{}, 0, false
	}
	if night, ok := nightAt(toks, i, code); ok {
		return night.m, night.end, true
	}
	j := i
	if j < len(toks) && (toks[j].in(inDayArticles) || toks[j].in(inThisBefore) && j+1 < len(toks) && weekdayWord(toks[j+1].low)) {
		j++ // "le", "ce", or "dès" of "dès samedi 4 février"
	}
	if _, wd := weekdayAt(toks, j); wd {
		j++
		if j < len(toks) && toks[j].text == "," {
			j++
		}
	}
	if m, end, ok = calendarDayAt(toks, j, code); ok {
		return m, end, true
	}
	if m, end, ok = relativeAt(toks, i); ok {
		return m, end, true
	}
	return weekdayExprAt(toks, i)
}

// mayStartDate reports whether a date expression may begin with the
// token t.
func mayStartDate(t *token) bool {
	if t.low == "" {
		return false
	}
	return t.low[0] >= '0' && t.low[0] <= '9' || t.in(inDateStarts)
}

// dateStarts holds the words that may open a date expression: months,
// weekdays, articles, the first words of relative expressions, time hints
// and the words that place a weekday ("last", "next", "dès").
var dateStarts = map[string]bool{}

func indexDateStarts() {
	for w := range months {
		dateStarts[w] = true
	}
	for w := range weekdays {
		dateStarts[w] = true
	}
	for _, set := range []lang.Set{dayArticles, relativeStarts, timeHints, lastBefore, nextBefore, thisBefore, nights} {
		for w := range set {
			dateStarts[w] = true
		}
	}
}

// calendarDayAt reads "22 septembre [2023]", "1er mars", "the 3rd of
// March", "Sept. 22[, 2023]", "2023-09-22" or "22/09/2023".
func calendarDayAt(toks []token, i int, code string) (dateMention, int, bool) {
	if i >= len(toks) {
		return dateMention{}, 0, false
	}
	if m, ok := numericDate(toks[i].text, code); ok {
		return m, i + 1, true
	}
	if d, ok := dayNumber(toks[i].text, dayOrdinals); ok {
		j := i + 1
		if j < len(toks) && isDigits(toks[i].text) && dayOrdinals[toks[j].low] {
			j++ // "1 er décembre", the suffix set apart as some texts write it
		}
		if j < len(toks) && dayOfWords[toks[j].low] {
			j++
		}
		if mo, end, ok := monthAt(toks, j, false); ok {
			return withYear(toks, end, mo, d)
		}
	}
	if mo, end, ok := monthAt(toks, i, true); ok && end < len(toks) {
		if d, ok := dayNumber(toks[end].text, monthOrdinals); ok {
			return withYear(toks, end+1, mo, d)
		}
	}
	return dateMention{}, 0, false
}

// monthAt reads a month name and its abbreviation dot; first asks for a
// name that may come before the day.
func monthAt(toks []token, i int, first bool) (time.Month, int, bool) {
	if i >= len(toks) {
		return 0, 0, false
	}
	if !toks[i].in(inDateStarts) { // as every month is
		return 0, 0, false
	}
	name := toks[i].text
	mo, ok := months[toks[i].low]
	if !ok || !wellCapitalised(name) || first && !monthsFirst[toks[i].low] {
		return 0, 0, false
	}
	if i+1 < len(toks) && toks[i+1].text == "." && lang.IsAbbreviation(toks[i].low) {
		return mo, i + 2, true
	}
	return mo, i + 1, true
}

// withYear completes a day and month with the year that may follow.
func withYear(toks []token, j int, mo time.Month, d int) (dateMention, int, bool) {
	y, end := 0, j
	k := j
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k < len(toks) && len(toks[k].text) == 4 && isDigits(toks[k].text) {
		y, _ = strconv.Atoi(toks[k].text)
		end = k + 1
	}
	if !validDay(orLeapYear(y), mo, d) {
		return dateMention{}, 0, false
	}
	return dateMention{kind: kindDay, year: y, month: mo, day: d}, end, true
}

// dayNumber reads a day of the month: "22", or with one of the ordinal
// suffixes "1er", "3rd".
func dayNumber(w string, ordinals lang.Set) (int, bool) {
	n := 0
	for n < len(w) && n < 3 && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 {
		return 0, false
	}
	if suffix := strings.ToLower(w[n:]); suffix != "" && !ordinals[suffix] {
		return 0, false
	}
	d, _ := strconv.Atoi(w[:n])
	return d, d >= 1 && d <= 31
}

// orLeapYear stands in a leap year for a missing one, so that 29 February
// passes validation.
func orLeapYear(y int) int {
	if y == 0 {
		return 2000
	}
	return y
}

// numericDate reads 2023-09-22, and a/b/yyyy as day/month, or month/day
// when only that order is valid or the article's language writes the
// month first, as English does.
func numericDate(w, code string) (dateMention, bool) {
	parts, ok := dateFields(w)
	if !ok || !isDigits(parts[0]) || !isDigits(parts[1]) || !isDigits(parts[2]) {
		return dateMention{}, false
	}
	a, _ := strconv.Atoi(parts[0])
	b, _ := strconv.Atoi(parts[1])
	c, _ := strconv.Atoi(parts[2])
	y, mo, d := a, b, c
	switch {
	case len(parts[0]) == 4 && strings.Contains(w, "-"):
	case len(parts[2]) != 4 || len(parts[0]) > 2 || len(parts[1]) > 2:
		return dateMention{}, false
	case a > 12 || b <= 12 && !lang.For(code).Dates.MonthFirst:
		y, mo, d = c, b, a
	default:
		y, mo, d = c, a, b
	}
	if !validDay(y, time.Month(mo), d) {
		return dateMention{}, false
	}
	return dateMention{kind: kindDay, year: y, month: time.Month(mo), day: d}, true
}

// dateFields cuts w into the three fields that "-", "/" and "." set
// apart, as strings.FieldsFunc would, without making a list; ok is false
// when w has more or fewer than three.
func dateFields(w string) (parts [3]string, ok bool) {
	n, start := 0, -1
	for i := 0; i <= len(w); i++ {
		sep := i == len(w) || w[i] == '-' || w[i] == '/' || w[i] == '.'
		switch {
		case !sep && start < 0:
			start = i
		case sep && start >= 0:
			if n == len(parts) {
				return parts, false
			}
			parts[n], n, start = w[start:i], n+1, -1
		}
	}
	return parts, n == len(parts)
}

// weekdayAt reads a weekday name at token i.
func weekdayAt(toks []token, i int) (time.Weekday, bool) {
	if i < 0 || i >= len(toks) || !toks[i].in(inWeekdays) {
		return 0, false
	}
	wd, ok := weekdays[toks[i].low]
	return wd, ok && wellCapitalised(toks[i].text)
}

// weekdayExprAt reads "Tuesday", "last Tuesday", "late on Thursday",
// "mardi dernier", "ce dimanche soir".
func weekdayExprAt(toks []token, i int) (dateMention, int, bool) {
	if !weekdayWithin(toks[i:min(i+3, len(toks))]) {
		return dateMention{}, 0, false // the weekday is one of the first three words
	}
	m := dateMention{kind: kindWeekday}
	j := i
	switch w := toks[i].low; {
	case lastBefore[w]:
		m.dir, j = -1, i+1
	case nextBefore[w]:
		m.dir, j = 1, i+1
	case thisBefore[w] || timeHints[w]:
		j = i + 1
		if timeHints[w] && j < len(toks) && hintLinks[toks[j].low] {
			j++
		}
	}
	wd, ok := weekdayAt(toks, j)
	if !ok {
		return dateMention{}, 0, false
	}
	m.weekday = wd
	end := j + 1
	if end < len(toks) {
		switch w := toks[end].low; {
		case lastAfter[w]:
			m.dir, end = -1, end+1
		case nextAfter[w]:
			m.dir, end = 1, end+1
		}
	}
	if end < len(toks) && partsOfDay[toks[end].low] {
		end++
	}
	return m, end, true
}

// weekdayWithin reports whether a weekday name is among toks.
func weekdayWithin(toks []token) bool {
	for k := range toks {
		if toks[k].in(inWeekdays) {
			return true
		}
	}
	return false
}

// resolve turns the mention into a calendar day, using the publication
// date for relative mentions and missing years. It reports false when the
// day cannot be known.
func (m dateMention) resolve(pub time.Time) (time.Time, bool) {
	if m.kind == kindDay && m.year != 0 {
		return time.Date(m.year, m.month, m.day, 0, 0, 0, 0, time.UTC), true
	}
	if pub.IsZero() {
		return time.Time{}, false
	}
	p := dayOf(pub)
	switch m.kind {
	case kindRelative:
		return p.AddDate(0, 0, m.offset), true
	case kindWeekday:
		if m.ahead && m.dir == 0 {
			return weekdayNear(p.AddDate(0, 0, -1), m.weekday, 1), true
		}
		return weekdayNear(p, m.weekday, m.dir), true
	}
	if m.ahead {
		return earliestDayMonth(p, m.month, m.day)
	}
	return latestDayMonth(p, m.month, m.day)
}

// earliestDayMonth finds the earliest month/day not before p, for an
// event still to come.
func earliestDayMonth(p time.Time, mo time.Month, d int) (time.Time, bool) {
	for y := p.Year(); y <= p.Year()+8; y++ {
		if t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC); validDay(y, mo, d) && !t.Before(p) {
			return t, true
		}
	}
	return time.Time{}, false
}

// weekdayNear finds the weekday wd nearest publication day p in direction dir.
func weekdayNear(p time.Time, wd time.Weekday, dir int) time.Time {
	back := (int(p.Weekday()) - int(wd) + 7) % 7
	switch {
	case dir > 0:
		ahead := (int(wd) - int(p.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return p.AddDate(0, 0, ahead)
	case dir < 0 && back == 0:
		back = 7
	}
	return p.AddDate(0, 0, -back)
}

// yearTolerance is how far past the publication date a day-month with no
// year may fall and still count as this year.
const yearTolerance = 2 * 24 * time.Hour

// aheadWindow is how far past the publication date a day-month with no
// year is read as this year's, a day to come, rather than last year's:
// "le 15 mars" in an article of 1 March is in two weeks, not a year ago.
// A day to come is the event's only when the text says so (see
// findWhen).
const aheadWindow = 92 * 24 * time.Hour

// latestDayMonth finds the month/day of p's year when it falls no later
// than aheadWindow after p, else the latest one before p.
func latestDayMonth(p time.Time, mo time.Month, d int) (time.Time, bool) {
	if t := time.Date(p.Year(), mo, d, 0, 0, 0, 0, time.UTC); validDay(p.Year(), mo, d) && !t.After(p.Add(aheadWindow)) {
		return t, true
	}
	limit := p.Add(yearTolerance)
	for y := p.Year() - 1; y >= p.Year()-8; y-- {
		if !validDay(y, mo, d) {
			continue
		}
		if t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC); !t.After(limit) {
			return t, true
		}
	}
	return time.Time{}, false
}

package summarize

import (
	"strconv"
	"strings"
	"time"

	"briefbot/lang"
)

// Words of dates, of every language (see lexicon.go).
var (
	months         = lang.Merge(func(l *lang.Lexicon) map[string]time.Month { return l.Dates.Months })
	weekdays       = lang.Merge(func(l *lang.Lexicon) map[string]time.Weekday { return l.Dates.Weekdays })
	partsOfDay     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.PartsOfDay })
	timeHints      = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.TimeHints })
	hintLinks      = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.HintLinks })
	nights         = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.Nights })
	nightOf        = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.NightOf })
	nightTo        = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.NightTo })
	dayArticles    = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.DayArticles })
	dayOfWords     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.DayOf })
	lastBefore     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.Last })
	nextBefore     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.Next })
	thisBefore     = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.This })
	lastAfter      = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.LastAfter })
	nextAfter      = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.NextAfter })
	pluperfects    = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.Pluperfect })
	vagueRelatives = lang.Concat(func(l *lang.Lexicon) []string { return l.Dates.Vague })

	// dayOrdinals are the suffixes of a day written before its month
	// ("1er mars", "the 3rd of March"); monthOrdinals those of a day
	// written after it ("Sept. 22nd"), in the languages that do.
	dayOrdinals   = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Dates.Ordinals })
	monthOrdinals = lang.Union(func(l *lang.Lexicon) lang.Set { return monthFirst(l, l.Dates.Ordinals) })

	// monthsFirst are the month names that may be written before the
	// day ("Sept. 22"); capitalNames the month and day names that name a
	// date only when capitalised ("May", not "may").
	monthsFirst  = lang.Union(func(l *lang.Lexicon) lang.Set { return monthFirst(l, keys(l.Dates.Months)) })
	capitalNames = lang.Union(func(l *lang.Lexicon) lang.Set {
		if !l.Dates.Capitalised {
			return nil
		}
		return union(keys(l.Dates.Months), keys(l.Dates.Weekdays))
	})
)

// monthFirst is s for a language that writes the month before the day,
// else nil.
func monthFirst(l *lang.Lexicon, s lang.Set) lang.Set {
	if !l.Dates.MonthFirst {
		return nil
	}
	return s
}

// keys is the set of the keys of m.
func keys[V any](m map[string]V) lang.Set {
	out := lang.Set{}
	for k := range m {
		out[k] = true
	}
	return out
}

// counted lists the numbers that count days and weeks back, in words of
// every language and in digits: "two days ago", "il y a trois jours".
var counted = func() map[string]int {
	m := lang.Merge(func(l *lang.Lexicon) map[string]int { return l.Dates.Counts })
	for n := 1; n <= 10; n++ {
		m[strconv.Itoa(n)] = n
	}
	return m
}()

// relatives maps relative day words to their offset in days from the
// publication date: the fixed expressions of every language, and every
// count of days or weeks in the phrasing of each.
var relatives = func() map[string]int {
	m := lang.Merge(func(l *lang.Lexicon) map[string]int { return l.Dates.Relatives })
	for _, l := range lang.All() {
		for word, n := range counted {
			addCounted(m, l.Dates.DaysAgo, word, -n)
			addCounted(m, l.Dates.WeeksAgo, word, -7*n)
		}
	}
	return m
}()

// addCounted adds a phrase of a count back in time, N standing for the
// count, unless the language has no such phrase.
func addCounted(m map[string]int, phrase, count string, offset int) {
	if phrase != "" {
		m[strings.ReplaceAll(phrase, "N", count)] = offset
	}
}

func init() {
	indexRelatives()
	indexDateStarts()
	indexWordSets() // after the date lists it reads
}

// lookupMonth finds a month by name, ignoring case and a final dot.
func lookupMonth(name string) (time.Month, bool) {
	m, ok := months[strings.TrimSuffix(strings.ToLower(name), ".")]
	return m, ok
}

// wellCapitalised reports whether a month or day name is written as a
// name: a language that capitalises month and day names, as English does,
// names a date with them only when they start with a capital ("May", not
// "may").
func wellCapitalised(name string) bool {
	var buf [32]byte
	if capitalNames[string(appendLower(buf[:0], name))] { // strings.ToLower(name), on the stack
		return isCap(name)
	}
	return true
}

// daysIn returns the number of days of a month.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// validDay reports whether y-m-d is a calendar date within the years a
// news article may name.
func validDay(y int, m time.Month, d int) bool {
	return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// dayOf strips the time of day of t, keeping its calendar date.
func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

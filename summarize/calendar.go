package summarize

import (
	"strings"
	"time"
)

// months maps English and French month names and their usual
// abbreviations to month numbers.
var months = map[string]time.Month{
	"january": 1, "jan": 1, "janvier": 1, "janv": 1,
	"february": 2, "feb": 2, "février": 2, "fevrier": 2, "févr": 2, "fév": 2,
	"march": 3, "mar": 3, "mars": 3,
	"april": 4, "apr": 4, "avril": 4, "avr": 4,
	"may": 5, "mai": 5,
	"june": 6, "jun": 6, "juin": 6,
	"july": 7, "jul": 7, "juillet": 7, "juil": 7,
	"august": 8, "aug": 8, "août": 8, "aout": 8,
	"september": 9, "sept": 9, "sep": 9, "septembre": 9,
	"october": 10, "oct": 10, "octobre": 10,
	"november": 11, "nov": 11, "novembre": 11,
	"december": 12, "dec": 12, "décembre": 12, "decembre": 12, "déc": 12,
}

// englishMonths are the month names that may be written before the day
// ("Sept. 22").
var englishMonths = setOf(`january jan february feb march mar april apr may june jun july jul
	august aug september sept sep october oct november nov december dec`)

// capitalOnly are month and day names that are ordinary words unless
// capitalised ("may", "march", "sun").
var capitalOnly = setOf(`may march mar jan dec sun sat wed`)

// weekdays maps English and French weekday names to weekdays.
var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "dimanche": time.Sunday,
	"monday": time.Monday, "lundi": time.Monday,
	"tuesday": time.Tuesday, "mardi": time.Tuesday,
	"wednesday": time.Wednesday, "mercredi": time.Wednesday,
	"thursday": time.Thursday, "jeudi": time.Thursday,
	"friday": time.Friday, "vendredi": time.Friday,
	"saturday": time.Saturday, "samedi": time.Saturday,
}

// relatives maps relative day words to their offset in days from the
// publication date.
var relatives = map[string]int{
	"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
	"earlier today": 0, "aujourd'hui": 0, "ce matin": 0, "cet après-midi": 0, "ce soir": 0,
	"cette nuit": 0, "yesterday": -1, "last night": -1, "hier": -1, "avant-hier": -2,
	"the day before yesterday": -2, "tomorrow": 1, "demain": 1, "après-demain": 2,
	"last week": -7, "la semaine dernière": -7, "la semaine passée": -7,
	"earlier this week": -2, "plus tôt cette semaine": -2, "en début de semaine": -2,
	"earlier this month": -7, "plus tôt ce mois-ci": -7, "au début du mois": -7, "earlier this year": -30,
	"last month": -30, "le mois dernier": -30, "le mois passé": -30,
	"a few days ago": -3, "il y a quelques jours": -3,
}

// vagueRelatives name a stretch of time rather than a day.
var vagueRelatives = []string{"week", "semaine", "month", "mois", "few", "quelques", "year"}

// counted lists the numbers that count days and weeks back: "two days ago",
// "il y a trois jours".
var counted = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
	"huit": 8, "neuf": 9, "dix": 10, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10,
}

func init() {
	for word, n := range counted {
		relatives[word+" days ago"], relatives[word+" weeks ago"] = -n, -7*n
		relatives["il y a "+word+" jours"], relatives["il y a "+word+" semaines"] = -n, -7*n
	}
	relatives["a day ago"], relatives["il y a un jour"], relatives["a week ago"], relatives["il y a une semaine"] = -1, -1, -7, -7
	indexRelatives()
	indexDateStarts()
}

// partsOfDay may follow a day word: "Sunday morning", "hier soir".
var partsOfDay = setOf(`morning afternoon evening night matin soir après-midi midi nuit soirée matinée`)

// lookupMonth finds a month by name, ignoring case and a final dot.
func lookupMonth(name string) (time.Month, bool) {
	m, ok := months[strings.TrimSuffix(strings.ToLower(name), ".")]
	return m, ok
}

// wellCapitalised reports whether a month or day name is written as a
// name: English names start with a capital, and the short forms that are
// also ordinary words must.
func wellCapitalised(name string) bool {
	low := strings.ToLower(name)
	if capitalOnly[low] || isEnglishDayOrMonth(low) {
		return isCap(name)
	}
	return true
}

func isEnglishDayOrMonth(low string) bool {
	if englishMonths[low] {
		return true
	}
	switch low {
	case "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday":
		return true
	}
	return false
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

package briefbot

import (
	"strconv"
	"strings"
	"time"
)

// MaxWindow is the longest window a brief may cover.
const MaxWindow = 366 * 24 * time.Hour

const (
	day  = 24 * time.Hour
	week = 7 * day
)

// windowUnits are the units a window is written in: 36h, 3d, 2w.
var windowUnits = map[string]time.Duration{"h": time.Hour, "d": day, "w": week}

// unitWords are the other ways people write a unit, which ParseWindow
// answers with the window in our units ("3days": write 3d).
var unitWords = map[string]time.Duration{
	"min": time.Minute, "mins": time.Minute, "minute": time.Minute, "minutes": time.Minute,
	"hr": time.Hour, "hrs": time.Hour, "hour": time.Hour, "hours": time.Hour,
	"day": day, "days": day, "wk": week, "wks": week, "week": week, "weeks": week,
	"mo": 30 * day, "mos": 30 * day, "month": 30 * day, "months": 30 * day,
	"y": 365 * day, "yr": 365 * day, "yrs": 365 * day, "year": 365 * day, "years": 365 * day,
}

// ParseWindow reads a time window such as "36h", "3d" or "2w", from one
// hour to MaxWindow. Its errors say what would work instead: the longest
// window, or the same window in our units for "3days" or "1mo".
func ParseWindow(s string) (time.Duration, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	digits, unit, ok := splitWindow(s)
	per, short := windowUnits[unit]
	if !short {
		per, ok = unitWords[unit]
	}
	if !ok {
		return 0, Errorf(EInvalid, "%s is not a window; write hours, days or weeks, like 24h, 3d or 2w.", quote(s))
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	switch {
	case err == nil && n <= 0:
		return 0, Errorf(EInvalid, "%s is not a window; the shortest is 1h.", quote(s))
	case err != nil || n > int64(MaxWindow/per): // too many digits for an int64, or too long
		return 0, Errorf(EInvalid, "%s is too long: the longest window is 366 days (366d or 52w).", quote(s))
	}
	d := time.Duration(n) * per
	switch {
	case d%time.Hour != 0:
		return 0, Errorf(EInvalid, "%s is not a window; windows are whole hours, days or weeks, from 1h.", quote(s))
	case !short:
		return 0, Errorf(EInvalid, "%s is not a window; write it %s.", quote(s), compactWindow(n, per, d))
	}
	return d, nil
}

// LooksLikeWindow reports whether s is written as a window, right or
// wrong: digits and a unit, like 3d, 400d, 0h, 3days or 2mo. Words such
// as "5g" or "g7" do not.
func LooksLikeWindow(s string) bool {
	_, unit, ok := splitWindow(strings.ToLower(s))
	_, short := windowUnits[unit]
	_, word := unitWords[unit]
	return ok && (short || word)
}

// splitWindow splits "3d" into "3" and "d", and "-1d" into "-1" and "d";
// ok is false unless s is digits, after at most one sign, then letters.
func splitWindow(s string) (digits, unit string, ok bool) {
	body := strings.TrimLeft(s, "+-")
	if len(s)-len(body) > 1 {
		return "", "", false
	}
	i := strings.IndexFunc(body, func(r rune) bool { return r < '0' || r > '9' })
	if i <= 0 { // no digits, or nothing but digits
		return "", "", false
	}
	unit = body[i:]
	if strings.IndexFunc(unit, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return "", "", false
	}
	return s[:len(s)-len(unit)], unit, true
}

// SuggestWindow is the window, in our units, that s means when written
// another way ("3days", "3 days", "1 month"), and false when s means none.
func SuggestWindow(s string) (string, bool) {
	digits, unit, ok := splitWindow(strings.ToLower(strings.Join(strings.Fields(s), "")))
	per, short := windowUnits[unit]
	if !short {
		per, ok = unitWords[unit]
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	if !ok || err != nil || n <= 0 || n > int64(MaxWindow/per) || (time.Duration(n)*per)%time.Hour != 0 {
		return "", false
	}
	return compactWindow(n, per, time.Duration(n)*per), true
}

// compactWindow writes n of a unit word's length per in our units: 3days
// is 3d, 48hours 48h, 1mo 30d.
func compactWindow(n int64, per, d time.Duration) string {
	for letter, u := range windowUnits {
		if u == per {
			return strconv.FormatInt(n, 10) + letter
		}
	}
	if d%day == 0 {
		return strconv.Itoa(int(d/day)) + "d"
	}
	return strconv.Itoa(int(d/time.Hour)) + "h"
}

func quote(s string) string { return "\u201c" + s + "\u201d" }

// FormatWindow writes a window the way people say it: "7 days", "36 hours".
func FormatWindow(d time.Duration) string {
	switch {
	case d%(7*24*time.Hour) == 0 && d >= 14*24*time.Hour:
		return plural(int(d/(7*24*time.Hour)), "week")
	case d%(24*time.Hour) == 0:
		return plural(int(d/(24*time.Hour)), "day")
	default:
		return plural(int(d/time.Hour), "hour")
	}
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}

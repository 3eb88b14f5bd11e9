package briefbot

import (
	"strconv"
	"strings"
	"time"
)

// MaxWindow is the longest window a brief may cover.
const MaxWindow = 366 * 24 * time.Hour

// ParseWindow reads a time window such as "36h", "3d" or "2w".
func ParseWindow(s string) (time.Duration, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) < 2 {
		return 0, Errorf(EInvalid, "%q is not a window; try 24h, 3d or 2w", s)
	}
	unit := map[byte]time.Duration{'h': time.Hour, 'd': 24 * time.Hour, 'w': 7 * 24 * time.Hour}[s[len(s)-1]]
	n, err := strconv.Atoi(s[:len(s)-1])
	if unit == 0 || err != nil || n <= 0 {
		return 0, Errorf(EInvalid, "%q is not a window; try 24h, 3d or 2w", s)
	}
	if d := time.Duration(n) * unit; d <= MaxWindow && d/unit == time.Duration(n) {
		return d, nil
	}
	return 0, Errorf(EInvalid, "%q is longer than a year", s)
}

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

package files

import (
	"fmt"
	"strings"
	"time"
)

// timeLayouts are the date forms of JSON files: RFC 3339, a bare day, an
// SQL timestamp, and the RFC 822 spellings of feeds, whose exports keep
// them. Feed files themselves are dated by feedparse.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"Mon, _2 Jan 2006 15:04:05 -0700",
	"Mon, _2 Jan 2006 15:04:05 MST",
	"Mon, _2 Jan 2006 15:04 -0700",
	"Mon, _2 Jan 2006 15:04 MST",
	"_2 Jan 2006 15:04:05 -0700",
	"_2 Jan 2006 15:04:05 MST",
	"Mon, _2 Jan 06 15:04:05 -0700",
	"Mon, _2 Jan 06 15:04:05 MST",
	"_2 Jan 06 15:04 MST",
	"Mon, _2 January 2006 15:04:05 -0700",
	"Mon, _2 January 2006 15:04:05 MST",
}

// zoneOffsets are the zone names RFC 822 dates write instead of an offset,
// in hours.
var zoneOffsets = map[string]int{
	"UT": 0, "GMT": 0, "UTC": 0, "Z": 0,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
	"CET": 1, "CEST": 2, "BST": 1, "KST": 9, "JST": 9,
}

// parseTime reads a date in any of timeLayouts. A date without a zone is
// UTC.
func parseTime(s string) (time.Time, error) {
	s = strings.Join(strings.Fields(s), " ")
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return withZone(t), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date", s)
}

// withZone gives a time parsed with a zone name the offset that name
// stands for; Go knows only the names of the local zone.
func withZone(t time.Time) time.Time {
	name, off := t.Zone()
	h, ok := zoneOffsets[name]
	if !ok || off == h*3600 {
		return t
	}
	y, mo, d := t.Date()
	return time.Date(y, mo, d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.FixedZone(name, h*3600))
}

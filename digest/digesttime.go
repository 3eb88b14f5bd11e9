package digest

import (
	"fmt"
	"time"

	"briefbot"
)

// DateLayout is how a local date is written: YYYY-MM-DD.
const DateLayout = "2006-01-02"

// ParseClock reads "HH:MM" (24-hour) into hour and minute.
func ParseClock(s string) (hour, minute int, err error) {
	t, err := time.Parse("15:04", s)
	if err != nil || len(s) != 5 {
		return 0, 0, briefbot.Errorf(briefbot.EInvalid, "%q is not a time of day; write it as HH:MM, like 07:30.", s)
	}
	return t.Hour(), t.Minute(), nil
}

// ScheduledAt is the instant of the digest due at clock (HH:MM) on the local
// date day in loc. When that wall time does not exist (the hour skipped when
// clocks spring forward), it is the first valid instant after it, the
// moment of the change; when it happens twice (clocks fall back), the
// first time.
func ScheduledAt(day time.Time, clock string, loc *time.Location) (time.Time, error) {
	h, m, err := ParseClock(clock)
	if err != nil {
		return time.Time{}, err
	}
	y, mo, d := day.Date()
	t := time.Date(y, mo, d, h, m, 0, 0, loc)
	want := wall(y, mo, d, h, m)
	got := wallOf(t)
	start, end := t.ZoneBounds()
	switch {
	case got < want: // in the gap, read in the zone before the change
		return end, nil
	case got > want: // in the gap, read in the zone after the change
		return start, nil
	}
	return firstOccurrence(t, start), nil
}

// firstOccurrence returns the earlier instant with t's wall clock when the
// zone that ends at start repeats it (clocks fell back).
func firstOccurrence(t, start time.Time) time.Time {
	if start.IsZero() {
		return t
	}
	_, before := start.Add(-time.Nanosecond).Zone()
	_, after := t.Zone()
	if before <= after {
		return t
	}
	earlier := t.Add(-time.Duration(before-after) * time.Second)
	if earlier.Before(start) && wallOf(earlier) == wallOf(t) {
		return earlier
	}
	return t
}

// wall packs a wall-clock date and time into a comparable number.
func wall(y int, mo time.Month, d, h, m int) int64 {
	return (((int64(y)*100+int64(mo))*100+int64(d))*100+int64(h))*100 + int64(m)
}

func wallOf(t time.Time) int64 {
	y, mo, d := t.Date()
	return wall(y, mo, d, t.Hour(), t.Minute())
}

// Decision is what a subscription's schedule says at one instant.
type Decision struct {
	Due   bool      // a digest is to be delivered now
	Skip  bool      // a digest was missed by more than the grace window
	Date  string    // the local date of that digest
	At    time.Time // when it was scheduled
	Late  bool      // Due, but later than a minute after At
	Grace time.Duration
}

// Decide says whether the subscription's digest is due at now: the most
// recent scheduled digest at or before now, on a local date after lastDate
// and not before the subscription was made, is due when now is within grace
// of it, else to be skipped. Older missed dates are passed over.
func Decide(s briefbot.Subscription, loc *time.Location, now time.Time, grace time.Duration) (Decision, error) {
	local := now.In(loc)
	for _, day := range []time.Time{noon(local, 0), noon(local, -1)} {
		at, err := ScheduledAt(day, s.LocalTime, loc)
		if err != nil {
			return Decision{}, err
		}
		date := day.Format(DateLayout)
		if at.After(now) {
			continue
		}
		if date <= s.LastDate || at.Before(s.Created.Truncate(time.Minute)) {
			return Decision{}, nil
		}
		d := Decision{Date: date, At: at, Grace: grace}
		d.Skip = now.Sub(at) > grace
		d.Due = !d.Skip
		d.Late = d.Due && now.Sub(at) >= time.Minute
		return d, nil
	}
	return Decision{}, nil
}

// NextDigest is when the subscription's next digest is scheduled after now.
func NextDigest(s briefbot.Subscription, loc *time.Location, now time.Time) (time.Time, error) {
	local := now.In(loc)
	for i := 0; i < 3; i++ {
		day := noon(local, i)
		at, err := ScheduledAt(day, s.LocalTime, loc)
		if err != nil {
			return time.Time{}, err
		}
		if at.After(now) && day.Format(DateLayout) > s.LastDate {
			return at, nil
		}
	}
	return time.Time{}, fmt.Errorf("next digest of %q: none within three days", s.Topic)
}

// noon is midday of the local date days after t's, in t's location: a time
// that exists on every date.
func noon(t time.Time, days int) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d+days, 12, 0, 0, 0, t.Location())
}

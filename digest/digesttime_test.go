package digest

import (
	"testing"
	"time"

	"briefbot"
)

func mustZone(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatal(err)
	}
	return loc
}

func TestScheduledAtAcrossDST(t *testing.T) {
	tests := []struct {
		name, zone, day, clock string
		want                   string // UTC
	}{
		{"paris ordinary day", "Europe/Paris", "2026-03-28", "02:30", "2026-03-28T01:30:00Z"},
		{"paris spring forward: first valid minute", "Europe/Paris", "2026-03-29", "02:30", "2026-03-29T01:00:00Z"},
		{"paris spring forward, after the gap", "Europe/Paris", "2026-03-29", "03:00", "2026-03-29T01:00:00Z"},
		{"paris fall back: first of the two", "Europe/Paris", "2026-10-25", "02:30", "2026-10-25T00:30:00Z"},
		{"new york spring forward", "America/New_York", "2026-03-08", "02:30", "2026-03-08T07:00:00Z"},
		{"new york fall back: first of the two", "America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00Z"},
		{"new york morning", "America/New_York", "2026-11-01", "07:30", "2026-11-01T12:30:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc := mustZone(t, tt.zone)
			day, _ := time.ParseInLocation(DateLayout, tt.day, loc)
			got, err := ScheduledAt(day, tt.clock, loc)
			if err != nil {
				t.Fatal(err)
			}
			if want, _ := time.Parse(time.RFC3339, tt.want); !got.Equal(want) {
				t.Errorf("got %s, want %s", got.UTC().Format(time.RFC3339), tt.want)
			}
		})
	}
}

// deliveriesOver walks a day minute by minute, as the scheduler's ticks
// would, delivering whenever Decide says so, and returns the instants.
func deliveriesOver(t *testing.T, s briefbot.Subscription, loc *time.Location, from, to time.Time) []time.Time {
	t.Helper()
	var sent []time.Time
	for now := from; now.Before(to); now = now.Add(time.Minute) {
		d, err := Decide(s, loc, now, 6*time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		if d.Due {
			sent = append(sent, now)
			s.LastDate = d.Date
		}
	}
	return sent
}

func TestDecideOnceOnDSTDays(t *testing.T) {
	tests := []struct {
		name, zone, clock, from string
		want                    []string // UTC instants of the deliveries over 48 h
	}{
		{"paris spring forward 02:30", "Europe/Paris", "02:30", "2026-03-28T12:00:00Z",
			[]string{"2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z"}},
		{"paris fall back 02:30", "Europe/Paris", "02:30", "2026-10-24T12:00:00Z",
			[]string{"2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"}},
		{"new york spring forward 02:30", "America/New_York", "02:30", "2026-03-07T12:00:00Z",
			[]string{"2026-03-08T07:00:00Z", "2026-03-09T06:30:00Z"}},
		{"new york fall back 01:30", "America/New_York", "01:30", "2026-10-31T12:00:00Z",
			[]string{"2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc := mustZone(t, tt.zone)
			from, _ := time.Parse(time.RFC3339, tt.from)
			s := briefbot.Subscription{Topic: "korea", LocalTime: tt.clock, Zone: tt.zone, Created: from}
			got := deliveriesOver(t, s, loc, from, from.Add(48*time.Hour))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d deliveries %v, want %v", len(got), got, tt.want)
			}
			for i, w := range tt.want {
				if got[i].UTC().Format(time.RFC3339) != w {
					t.Errorf("delivery %d at %s, want %s", i, got[i].UTC().Format(time.RFC3339), w)
				}
			}
		})
	}
}

func TestDecideGraceWindow(t *testing.T) {
	loc := mustZone(t, "Europe/Paris")
	created, _ := time.Parse(time.RFC3339, "2026-06-01T12:00:00Z")
	s := briefbot.Subscription{Topic: "korea", LocalTime: "07:00", Zone: "Europe/Paris", Created: created}
	at := time.Date(2026, 6, 2, 7, 0, 0, 0, loc)
	tests := []struct {
		name            string
		now             time.Time
		due, skip, late bool
	}{
		{"on time", at, true, false, false},
		{"five hours late", at.Add(5 * time.Hour), true, false, true},
		{"seven hours late", at.Add(7 * time.Hour), false, true, false},
		{"before", at.Add(-time.Minute), false, false, false}, // 2026-06-01 07:00 is before Created
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Decide(s, loc, tt.now, 6*time.Hour)
			if err != nil {
				t.Fatal(err)
			}
			if d.Due != tt.due || d.Skip != tt.skip || d.Late != tt.late {
				t.Errorf("got due %v skip %v late %v, want %v %v %v", d.Due, d.Skip, d.Late, tt.due, tt.skip, tt.late)
			}
		})
	}
}

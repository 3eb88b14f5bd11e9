package digest_test

import (
	"context"
	"testing"
	"time"
)

// Ticking every minute through a day when clocks change, a digest goes out
// once, at its time or at the first valid minute after it.
func TestTicksThroughDSTDays(t *testing.T) {
	tests := []struct {
		name, zone, clock string
		from              time.Time // UTC, the day before
		want              []string  // UTC instants of the digests over 48 h
	}{
		{"paris spring forward", "Europe/Paris", "02:30", time.Date(2026, 3, 28, 12, 0, 0, 0, time.UTC),
			[]string{"2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z"}},
		{"paris fall back", "Europe/Paris", "02:30", time.Date(2026, 10, 24, 12, 0, 0, 0, time.UTC),
			[]string{"2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"}},
		{"new york spring forward", "America/New_York", "02:30", time.Date(2026, 3, 7, 12, 0, 0, 0, time.UTC),
			[]string{"2026-03-08T07:00:00Z", "2026-03-09T06:30:00Z"}},
		{"new york fall back", "America/New_York", "01:30", time.Date(2026, 10, 31, 12, 0, 0, 0, time.UTC),
			[]string{"2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := newMemStore()
			mustSubscribe(t, db, chatN(1), "korea", tt.clock, tt.zone, tt.from)
			clock := &fakeClock{now: tt.from}
			p := newPlatform(clock)
			s := newScheduler(db, p, clock)
			for now := tt.from; now.Before(tt.from.Add(48 * time.Hour)); now = now.Add(time.Minute) {
				clock.now = now
				if err := s.Tick(context.Background(), now); err != nil {
					t.Fatal(err)
				}
			}
			if len(p.sent) != len(tt.want) {
				t.Fatalf("%d digests, want %d", len(p.sent), len(tt.want))
			}
			for i, w := range tt.want {
				if got := p.sent[i].at.UTC().Format(time.RFC3339); got != w {
					t.Errorf("digest %d at %s, want %s", i, got, w)
				}
			}
		})
	}
}

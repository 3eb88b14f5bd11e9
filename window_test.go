package briefbot

import (
	"testing"
	"time"
)

func TestParseWindow(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"3d", 72 * time.Hour, true},
		{"36h", 36 * time.Hour, true},
		{"2W", 14 * 24 * time.Hour, true},
		{"0d", 0, false},
		{"-1d", 0, false},
		{"d", 0, false},
		{"10", 0, false},
		{"400d", 0, false},
		{"99999999999999999d", 0, false},
		{"999999999999999999999999d", 0, false},
		{"366d", MaxWindow, true},
		{"52w", 52 * 7 * 24 * time.Hour, true},
		{"+3d", 72 * time.Hour, true},
		{"3days", 0, false},
		{"1y", 0, false},
		{"--1d", 0, false},
		{"3d!", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseWindow(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("ParseWindow(%q) = %v, %v; want %v, ok=%v", tt.in, got, err, tt.want, tt.ok)
			}
			if err != nil && ErrorCode(err) != EInvalid {
				t.Errorf("code = %q, want invalid", ErrorCode(err))
			}
		})
	}
}

func TestParseWindowSaysWhatWouldWork(t *testing.T) {
	tests := []struct{ in, want string }{
		{"400d", "“400d” is too long: the longest window is 366 days (366d or 52w)."},
		{"53w", "“53w” is too long: the longest window is 366 days (366d or 52w)."},
		{"99999999999999999999d", "“99999999999999999999d” is too long: the longest window is 366 days (366d or 52w)."},
		{"0d", "“0d” is not a window; the shortest is 1h."},
		{"-1d", "“-1d” is not a window; the shortest is 1h."},
		{"3days", "“3days” is not a window; write it 3d."},
		{"48hours", "“48hours” is not a window; write it 48h."},
		{"2weeks", "“2weeks” is not a window; write it 2w."},
		{"1mo", "“1mo” is not a window; write it 30d."},
		{"1y", "“1y” is not a window; write it 365d."},
		{"2years", "“2years” is too long: the longest window is 366 days (366d or 52w)."},
		{"120min", "“120min” is not a window; write it 2h."},
		{"30min", "“30min” is not a window; windows are whole hours, days or weeks, from 1h."},
		{"3x", "“3x” is not a window; write hours, days or weeks, like 24h, 3d or 2w."},
		{"week", "“week” is not a window; write hours, days or weeks, like 24h, 3d or 2w."},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseWindow(tt.in)
			if got := ErrorMessage(err); got != tt.want {
				t.Errorf("ParseWindow(%q) says %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLooksLikeWindow(t *testing.T) {
	for _, s := range []string{"3d", "400d", "0h", "-1d", "2W", "3days", "2mo", "1y", "90min"} {
		if !LooksLikeWindow(s) {
			t.Errorf("LooksLikeWindow(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"5g", "g7", "10", "4k", "3m", "covid-19", "d", "3d!", "", "korea", "7h30", "7:30"} {
		if LooksLikeWindow(s) {
			t.Errorf("LooksLikeWindow(%q) = true, want false", s)
		}
	}
}

func TestSuggestWindow(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"3 days", "3d", true}, {"3days", "3d", true}, {"1 month", "30d", true}, {"36 Hours", "36h", true},
		{"3d", "3d", true}, {"400 days", "", false}, {"three days", "", false}, {"0 days", "", false}, {"30 min", "", false},
	}
	for _, tt := range tests {
		if got, ok := SuggestWindow(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("SuggestWindow(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFormatWindow(t *testing.T) {
	for d, want := range map[time.Duration]string{
		7 * 24 * time.Hour:  "7 days",
		24 * time.Hour:      "1 day",
		36 * time.Hour:      "36 hours",
		14 * 24 * time.Hour: "2 weeks",
	} {
		if got := FormatWindow(d); got != want {
			t.Errorf("FormatWindow(%v) = %q, want %q", d, got, want)
		}
	}
}

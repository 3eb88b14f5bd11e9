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

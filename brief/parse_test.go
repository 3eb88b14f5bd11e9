package brief

import (
	"testing"
	"time"

	"briefbot"
)

func TestBriefParseArgs(t *testing.T) {
	b := &Briefer{Window: 7 * 24 * time.Hour, MaxItems: 5}
	tests := []struct {
		args   string
		topic  string
		window time.Duration
		count  int
	}{
		{"korea", "korea", 7 * 24 * time.Hour, 5},
		{"korea 3d", "korea", 72 * time.Hour, 5},
		{"korea 10", "korea", 7 * 24 * time.Hour, 10},
		{"south korea 36h 3", "south korea", 36 * time.Hour, 3},
		{"10", "10", 7 * 24 * time.Hour, 5},
		{"g7 summit", "g7 summit", 7 * 24 * time.Hour, 5},
	}
	for _, tt := range tests {
		t.Run(tt.args, func(t *testing.T) {
			q, err := b.ParseArgs(tt.args)
			if err != nil {
				t.Fatal(err)
			}
			if q.Topic != tt.topic || q.Window != tt.window || q.Count != tt.count {
				t.Errorf("ParseArgs(%q) = %+v", tt.args, q)
			}
		})
	}
	for _, bad := range []string{"", "korea 0", "korea 99", "   "} {
		if _, err := b.ParseArgs(bad); briefbot.ErrorCode(err) != briefbot.EInvalid {
			t.Errorf("ParseArgs(%q) err = %v, want invalid", bad, err)
		}
	}
}

package editdist

import "testing"

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"brief", "brief", 0},
		{"breif", "brief", 2},
		{"brif", "brief", 1},
		{"", "ask", 3},
		{"kitten", "sitting", 3},
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestClosest(t *testing.T) {
	known := []string{"run", "chat", "ingest", "summarize", "brief", "ask", "feeds", "subscriptions", "doctor"}
	tests := []struct {
		word, want string
		ok         bool
	}{
		{"breif", "brief", true},
		{"ingset", "ingest", true},
		{"docter", "doctor", true},
		{"sub", "subscriptions", true},
		{"subscribe", "subscriptions", true},
		{"ingestion", "ingest", true},
		{"feed", "feeds", true},
		{"frobnicate", "", false},
		{"x", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got, ok := Closest(tt.word, known)
			if got != tt.want || ok != tt.ok {
				t.Errorf("Closest(%q) = %q, %v; want %q, %v", tt.word, got, ok, tt.want, tt.ok)
			}
		})
	}
}

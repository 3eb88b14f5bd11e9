package eval

import (
	"math"
	"testing"

	"briefbot"
)

func TestTokenF1(t *testing.T) {
	tests := []struct {
		pred, gold string
		want       float64
	}{
		{"", "", 1},
		{"Croydon", "", 0},
		{"Croydon", "in Croydon", 1},
		{"Croydon United Kingdom", "Croydon", 0.5},
		{"the tram derailed", "tram derails", 0.5},
	}
	for _, tt := range tests {
		if got := TokenF1(tt.pred, tt.gold); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("TokenF1(%q, %q) = %v, want %v", tt.pred, tt.gold, got, tt.want)
		}
	}
}

func TestScore(t *testing.T) {
	s := briefbot.Summary{Who: []string{"Park Jin", "Antony Blinken"}, When: "2023-09-22", WhenText: "Friday", Where: []string{}}
	if got, _ := Score(s, []Phrase{{Text: "Antony Blinken"}}, "who"); math.Abs(got-2.0/3) > 1e-9 {
		t.Errorf("who = %v, want 2/3 (the first two entries joined)", got)
	}
	if got, _ := Score(s, []Phrase{{Text: "on Sept. 22", Parsed: "2023-09-22 00:00:00"}}, "when"); got != 1 {
		t.Errorf("when = %v, want 1 for the same day", got)
	}
	if got, _ := Score(s, []Phrase{{Text: ""}}, "where"); got != 1 {
		t.Errorf("where = %v, want 1 for an abstention on a NULL phrase", got)
	}
	if _, ok := Score(s, nil, "what"); ok {
		t.Error("Score without gold reported ok")
	}
}

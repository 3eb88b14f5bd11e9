package summarize

import (
	"fmt"
	"testing"
)

// TestWordSetIsASet: a wordSet holds what was added, as a map would,
// through growth and after a reset.
func TestWordSetIsASet(t *testing.T) {
	var s wordSet
	want := map[string]bool{}
	for round := range 2 {
		for i := range 1000 {
			w := fmt.Sprint("w", i*7%500)
			if i%3 == 0 {
				w = "é" + w
			}
			if i == 10 {
				w = ""
			}
			s.add(w)
			want[w] = true
		}
		for i := range 1200 {
			for _, w := range []string{fmt.Sprint("w", i), fmt.Sprint("éw", i), ""} {
				if got := s.has(w); got != want[w] {
					t.Fatalf("round %d: has(%q) = %v, want %v", round, w, got, want[w])
				}
				if got := s.hasBytes([]byte(w)); got != want[w] {
					t.Fatalf("round %d: hasBytes(%q) = %v, want %v", round, w, got, want[w])
				}
			}
		}
		if len(want) != s.n+1 {
			t.Fatalf("round %d: %d words held, want %d", round, s.n+1, len(want))
		}
		s.reset()
		clear(want)
		if s.has("w1") || s.has("") {
			t.Fatalf("round %d: the set holds words after reset", round)
		}
	}
	var none *wordSet
	if none.has("w") || none.hasBytes([]byte("w")) {
		t.Fatal("a nil set holds a word")
	}
}

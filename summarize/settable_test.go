package summarize

import "testing"

// TestSetTableAgreesWithMap: setsOf gives what wordSetsOf holds for each
// of its words, for those words cut short or grown, and for other tokens.
func TestSetTableAgreesWithMap(t *testing.T) {
	check := func(w string) {
		t.Helper()
		if got, want := setsOf(w), wordSetsOf[w]; got != want {
			t.Errorf("setsOf(%q) = %b, wordSetsOf holds %b", w, got, want)
		}
	}
	for w := range wordSetsOf {
		check(w)
		check(w + "s")
		check("x" + w)
		if len(w) > 1 {
			check(w[:len(w)-1])
		}
	}
	for _, tok := range tokenize("Le président de la République a reçu mardi, à l'Élysée, « les chefs » des partis; the mayor said on Monday 12.5% ...") {
		check(tok.low)
	}
	check("")
}

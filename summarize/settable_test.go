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

// TestFunctionWordTableAgreesWithMap: the detector's table gives what
// functionWords holds, for its words and others.
func TestFunctionWordTableAgreesWithMap(t *testing.T) {
	for w := range functionWords {
		for _, v := range []string{w, w + "e", "l" + w, w[:len(w)-1]} {
			if got, want := functionWordBitsOf(v), functionWords[v]; got != want {
				t.Errorf("functionWordBitsOf(%q) = %b, functionWords holds %b", v, got, want)
			}
		}
	}
	if got, want := functionWordBitsOf(""), functionWords[""]; got != want {
		t.Errorf("functionWordBitsOf(\"\") = %b, want %b", got, want)
	}
}

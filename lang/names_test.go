package lang

import (
	"strings"
	"testing"
)

func TestFirstNames(t *testing.T) {
	names := FirstNames()
	if len(names) < 8000 {
		t.Fatalf("%d first names, want the whole list", len(names))
	}
	for _, w := range []string{"nicholas", "jamie", "yelena", "geoff", "wes"} {
		if !names[w] {
			t.Errorf("%q is not a first name", w)
		}
	}
	// the header's lines and the common words left out are no names
	for _, w := range []string{"#", "will", "rose", "may", "prince", "merry", "christmas", ""} {
		if names[w] {
			t.Errorf("%q is a first name", w)
		}
	}
	for w := range names {
		if w != strings.ToLower(w) || len(w) < 2 {
			t.Errorf("%q is not a lower-cased name", w)
		}
	}
}

package summarize

import (
	"strings"
	"testing"
	"unicode"
)

func FuzzAppendLowerIsToLower(f *testing.F) {
	for _, s := range []string{"", "Paris", "paris", "ÉTÉ", "été", "L’État", "l’’a’", "’", "K\u212a", "\xff", "a\xc3", "İstanbul", "Ⱥ", "A\xffB", "\ufffdÉ", "Le Monde – ÉDITION"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := lowerText(s), strings.ToLower(s); got != want {
			t.Errorf("lowerText(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(appendLowerFolded([]byte("x"), s)), "x"+lower(s); got != want {
			t.Errorf("appendLowerFolded(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestToLowerAgreesWithUnicode: toLower is unicode.ToLower for every
// character, inside its table and past it.
func TestToLowerAgreesWithUnicode(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := toLower(r), unicode.ToLower(r); got != want {
			t.Errorf("toLower(%U) = %U, want %U", r, got, want)
		}
	}
}

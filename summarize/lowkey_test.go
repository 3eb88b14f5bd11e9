package summarize

import (
	"strings"
	"testing"
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

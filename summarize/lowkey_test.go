package summarize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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
		if low, aligned := lowerAligned(s); low != strings.ToLower(s) {
			t.Errorf("lowerAligned(%q) = %q, want %q", s, low, strings.ToLower(s))
		} else if aligned {
			for i := range s {
				if got, want := low[i:], strings.ToLower(s[i:]); got != want {
					t.Errorf("lowerAligned(%q) is aligned, but lowers %q to %q, not %q", s, s[i:], want, got)
				}
			}
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

// FuzzByteFormsAgree: the forms written in buffers are the strings they
// stand for, and capitalizeFirst is the first character upper-cased.
func FuzzByteFormsAgree(f *testing.F) {
	for _, s := range []string{"", "Paris", "«Paris»,", "l’État", "Obama's", "’s", "\xff", "\ufffdx", "éa", "ab", "abc", "éé", "ééé"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(bareBytes(nil, s)), bareWord(s); got != want {
			t.Errorf("bareBytes(%q) = %q, want %q", s, got, want)
		}
		want := strings.TrimSuffix(strings.TrimSuffix(bareWord(s), "'s"), "’s")
		if got := string(nameKeyBytes(nil, s)); got != want {
			t.Errorf("nameKeyBytes(%q) = %q, want %q", s, got, want)
		}
		if r, n := utf8.DecodeRuneInString(s); n > 0 {
			if got, want := capitalizeFirst(s), string(unicode.ToUpper(r))+s[n:]; got != want {
				t.Errorf("capitalizeFirst(%q) = %q, want %q", s, got, want)
			}
		}
		if len(s) >= 3 {
			if got, want := hasRunes3(s), utf8.RuneCountInString(s) >= 3; got != want {
				t.Errorf("hasRunes3(%q) = %v, want %v", s, got, want)
			}
		}
	})
}

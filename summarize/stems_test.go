package summarize

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"briefbot/lang"
)

// oldStems is appendStems as first written, with lang.Fold and runePrefix,
// that the faster one must agree with.
func oldStems(toks []token) []string {
	var out []string
	for _, t := range toks {
		if len(t.low) < 3 || !isWord(t.low) || utf8.RuneCountInString(t.low) < 3 || t.in(inStopwords) {
			continue
		}
		if w := runePrefix(lang.Fold(t.low), stemLength); !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

func TestStemsAgreeWithFold(t *testing.T) {
	for _, s := range []string{
		"Le ministère de l'Économie et des Finances a annoncé mercredi",
		"Œuvres complètes : Straße, æther, ÆSIR, ßßßßßßß, Łódź et Hà Nội",
		"The Prime Minister's ministerial ministers MINISTERED", "ﬁnancement \xff\xfeinvalide écoles",
		"ǅemal Ǆ ǆ İstanbul ΣΊΣΥΦΟΣ Καλημέρα", "e\u0301cole e\u0301le\u0300ve",
	} {
		toks := tokenize(s)
		got, want := appendStems(nil, toks), oldStems(toks)
		if !slices.Equal(got, want) {
			t.Errorf("appendStems(%q) = %q, want %q", s, got, want)
		}
		var key wordSet
		var shared []string
		for i, w := range want {
			if i%2 == 0 {
				key.add(w)
				shared = append(shared, w)
			}
		}
		if got := appendSharedStems(nil, toks, &key); !slices.Equal(got, shared) {
			t.Errorf("appendSharedStems(%q) = %q, want %q", s, got, shared)
		}
	}
}

// TestLetterCaseKeepsLetters: a token's isWord, read on its text, answers
// as isWord on its low form would, for every character.
func TestLetterCaseKeepsLetters(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		s := string(r)
		if isWord(s) != isWord(lower(s)) {
			t.Fatalf("isWord(%q) = %v, isWord(lower) = %v", s, isWord(s), isWord(lower(s)))
		}
	}
}

// TestTokenFlags: a token's flags say what isWord and isCap say of its
// text, for every character it may open with.
func TestTokenFlags(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r += 1 + r/512 {
		for _, s := range []string{string(r), string(r) + "x", string(r) + "é"} {
			f := flagsOf(s)
			if got, want := f&flagWord != 0, isWord(s); got != want {
				t.Fatalf("flagsOf(%q) word = %v, isWord %v", s, got, want)
			}
			if got, want := f&flagCap != 0, isCap(s); got != want {
				t.Fatalf("flagsOf(%q) cap = %v, isCap %v", s, got, want)
			}
		}
	}
	if flagsOf("") != 0 {
		t.Errorf("flagsOf(\"\") = %b", flagsOf(""))
	}
}

// TestHyphenFlag: a token is flagged with a hyphen just when its text
// holds one after its first byte.
func TestHyphenFlag(t *testing.T) {
	for _, s := range []string{"al-Assad et Deir ez-Zor", "Jean-Pierre's car", "l'arc-en-ciel - vu", "2-3 ans, vice-président", "- -x x- a--b", "d'Aix-en-Provence"} {
		for _, tok := range tokenize(s) {
			if got, want := tok.flags&flagHyphen != 0, strings.IndexByte(tok.text, '-') > 0; got != want {
				t.Errorf("token %q of %q: hyphen flag %v, want %v", tok.text, s, got, want)
			}
		}
	}
}

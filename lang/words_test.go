package lang

import (
	"strings"
	"testing"
)

// wordsLine is Words(s) as AppendWords writes it.
func wordsLine(s string) string {
	ws := Words(s)
	if len(ws) == 0 {
		return ""
	}
	return strings.Join(ws, " ") + " "
}

var appendWordsSeeds = []string{
	"", " ", "Corée du Sud", "U.S.-led talks", "aujourd'hui", "ÉTATS-UNIS", "Straße", "Łódź",
	"e\u0301te\u0301", "Œuvre", "한국은 서울", "東京都", "İstanbul", "ǅemal", "x\x00y\xffz", "   a  b  ",
}

func TestAppendWordsIsWords(t *testing.T) {
	for _, s := range appendWordsSeeds {
		if got, want := string(AppendWords(nil, s)), wordsLine(s); got != want {
			t.Errorf("AppendWords(%q) = %q, want %q", s, got, want)
		}
	}
	if got := string(AppendWords([]byte("kept "), "Séoul")); got != "kept seoul " {
		t.Errorf("AppendWords after a prefix = %q, want %q", got, "kept seoul ")
	}
}

func FuzzAppendWords(f *testing.F) {
	for _, s := range appendWordsSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(AppendWords(nil, s)), wordsLine(s); got != want {
			t.Errorf("AppendWords(%q) = %q, want %q", s, got, want)
		}
	})
}

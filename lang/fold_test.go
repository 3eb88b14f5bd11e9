package lang

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode"
)

func TestFold(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Corée", "coree"},
		{"Séoul", "seoul"},
		{"CÔTE D’IVOIRE", "cote d’ivoire"},
		{"Sud-Coréenne", "sud-coreenne"},
		{"U.S.", "u.s."},
		{"Łódź", "łodz"},
		{"Straße", "strasse"},
		{"STRAẞE", "strasse"},
		{"Œuvre, cœur", "oeuvre, coeur"},
		{"Æbeltoft", "aebeltoft"},
		{"Tromsø", "tromso"},
		{"Þingvellir", "þingvellir"},
		{"Đà Nẵng", "đa nang"},
		{"Hà Nội", "ha noi"},
		{"İstanbul", "istanbul"},
		{"Kılıçdaroğlu", "kılıcdaroglu"},
		{"Ærø", "aero"},
		{"façade naïve", "facade naive"},
		{"plain ascii", "plain ascii"},
		{"서울 東京 Москва", "서울 東京 москва"},
		{"e\u0301", "e\u0301"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"", ""},
	} {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// keptByIndex are the letters the search index keeps as they are while
// Fold spells them out.
var keptByIndex = map[rune]string{'æ': "ae", 'œ': "oe", 'ß': "ss", 'ø': "o"}

// TestFoldAgreesWithIndex checks Fold against the tokens the search index
// (SQLite FTS5, unicode61 with remove_diacritics 2) makes of every letter
// of the Latin blocks: the same, but for the letters it keeps.
func TestFoldAgreesWithIndex(t *testing.T) {
	f, err := os.Open("testdata/fts5_tokens.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		letter, want := fields[1], fields[2]
		if kept, ok := keptByIndex[unicode.ToLower([]rune(letter)[0])]; ok {
			want = kept
		}
		if got := Fold(letter); got != want {
			t.Errorf("Fold(%q) = %q; the index makes %q of it", letter, got, fields[2])
		}
		n++
	}
	if err := sc.Err(); err != nil || n < 600 {
		t.Fatalf("read %d letters: %v", n, err)
	}
}

// Letters as the folds briefbot had before lang folded them: the
// gazetteer's table, which held the topics' and the summarizer's. Fold
// keeps what they did, but for the letters of strokeLetters, which only the
// gazetteer folded: Fold keeps them, as the index, the topics and the
// summarizer did.
var earlierFolds = [...]string{
	"a", "àáâãäåāăą", "c", "çćĉċč", "d", "ďđð", "e", "èéêëēĕėęě", "g", "ĝğġģ", "h", "ĥħ",
	"i", "ìíîïĩīĭįı", "j", "ĵ", "k", "ķ", "l", "ĺļľŀł", "n", "ñńņňŉ", "o", "òóôõöøōŏő",
	"r", "ŕŗř", "s", "śŝşšș", "t", "ţťŧț", "u", "ùúûüũūŭůűų", "w", "ŵ", "y", "ýÿŷ", "z", "źżž",
	"ae", "æ", "oe", "œ", "ss", "ß", "th", "þ",
}

const strokeLetters = "đðħıŀłŉŧþ"

func TestFoldKeepsEarlierFolds(t *testing.T) {
	for i := 0; i < len(earlierFolds); i += 2 {
		for _, r := range earlierFolds[i+1] {
			want := earlierFolds[i]
			if strings.ContainsRune(strokeLetters, r) {
				want = string(r)
			}
			for _, c := range []rune{r, unicode.ToUpper(r)} {
				if got := Fold(string(c)); got != want && !(c == 'I' && r == 'ı') {
					t.Errorf("Fold(%q) = %q, want %q", c, got, want)
				}
			}
		}
	}
}

func TestWords(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Corée du Sud", []string{"coree", "du", "sud"}},
		{"U.S.-Japan talks", []string{"u", "s", "japan", "talks"}},
		{"aujourd’hui, 22/09", []string{"aujourd", "hui", "22", "09"}},
		{"  ", nil},
	} {
		if got := Words(tt.in); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	for _, s := range []string{"the president said on tuesday", "Le Président a déclaré à Séoul"} {
		b.Run(s[:6], func(b *testing.B) {
			for b.Loop() {
				Fold(s)
			}
		})
	}
}

func TestAppendFoldedRuneAgreesWithFold(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := string(AppendFoldedRune(nil, r)), Fold(string(r)); got != want {
			t.Fatalf("AppendFoldedRune(%U) = %q, Fold gives %q", r, got, want)
		}
	}
}

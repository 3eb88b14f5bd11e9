package lang

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSentences(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"two", "Seoul said yes. Tokyo said no.", []string{"Seoul said yes.", "Tokyo said no."}},
		{"M.", "M. Park est arrivé. Il a parlé.", []string{"M. Park est arrivé.", "Il a parlé."}},
		{"Mme", "Mme. Dupont et Mme Martin sont venues. Elles ont voté.", []string{"Mme. Dupont et Mme Martin sont venues.", "Elles ont voté."}},
		{"Dr.", "Mr. Park met Dr. Kim in Seoul.", []string{"Mr. Park met Dr. Kim in Seoul."}},
		{"U.S. in a name", "The U.S. State Department agreed. Japan did too.", []string{"The U.S. State Department agreed.", "Japan did too."}},
		{"U.S. then a starter", "He works in the U.S. The firm is in Ohio.", []string{"He works in the U.S.", "The firm is in Ohio."}},
		{"month", "They met on Sept. 22 in the U.S. capital. Talks went on.", []string{"They met on Sept. 22 in the U.S. capital.", "Talks went on."}},
		{"french month", "Le sommet s'ouvre le 3 janv. prochain. Il durera deux jours.", []string{"Le sommet s'ouvre le 3 janv. prochain.", "Il durera deux jours."}},
		{"lower case after", "Trains run until 2 a.m. on weekends.", []string{"Trains run until 2 a.m. on weekends."}},
		{"initial", "John F. Kennedy spoke.", []string{"John F. Kennedy spoke."}},
		{"number", "It rose 2.5 percent. Shares fell.", []string{"It rose 2.5 percent.", "Shares fell."}},
		{"quotes", `"We won." Fans cheered. «C'est fini.» Il est parti.`, []string{`"We won."`, "Fans cheered.", "«C'est fini.»", "Il est parti."}},
		{"said then quote", `"We heard them," she said. "This is simple."`, []string{`"We heard them," she said.`, `"This is simple."`}},
		{"ellipsis and marks", "Et puis… Rien! Vraiment? Oui.", []string{"Et puis…", "Rien!", "Vraiment?", "Oui."}},
		{"lines", "First line\n  Second. Third.\n\n", []string{"First line", "Second.", "Third."}},
		{"empty", "", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sentences(tt.in); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsAbbreviation(t *testing.T) {
	for w, want := range map[string]bool{"mr": true, "mme": true, "dr": true, "sept": true, "janv": true, "e.g": true, "said": false, "Mr": false} {
		if got := IsAbbreviation(w); got != want {
			t.Errorf("IsAbbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestIsInitialism(t *testing.T) {
	for w, want := range map[string]bool{"U.S.": true, "U.S": true, "U.": true, "U": false, "US": false, "u.s.": false, "": false} {
		if got := IsInitialism(w); got != want {
			t.Errorf("IsInitialism(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestIsDottedInitialism(t *testing.T) {
	for _, w := range []string{"U.S.", "U.S", "U.", "U", "US", "u.s", "", ".", "É.U"} {
		if got, want := IsDottedInitialism(w), IsInitialism(w+"."); got != want {
			t.Errorf("IsDottedInitialism(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestNextTerminatorReadsAsRunes(t *testing.T) {
	byRunes := func(p string, i int) int {
		for i < len(p) {
			r, n := utf8.DecodeRuneInString(p[i:])
			if isTerminator(r) {
				return i
			}
			i += n
		}
		return i
	}
	texts := []string{"", "Il a dit… Puis", "é. È! ô?", "\xe2\x80. x", "\xf0\xe2\x80\xa6 y", "— – ’ « »", "abc"}
	for _, p := range texts {
		for i := 0; i <= len(p); i = byRunes(p, i) + 1 {
			if got, want := nextTerminator(p, i), byRunes(p, i); got != want {
				t.Errorf("nextTerminator(%q, %d) = %d, want %d", p, i, got, want)
			}
		}
	}
}

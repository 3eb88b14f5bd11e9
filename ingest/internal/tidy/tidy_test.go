package tidy

import (
	"os"
	"strings"
	"testing"
)

// paragraphsSlow is Paragraphs without its shortcut for tidy text.
func paragraphsSlow(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r", "\n"), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestParagraphsShortcut checks that text Paragraphs returns as it is
// would come out of the full tidying unchanged, and that the rest is
// tidied as before, runs of tidy words and the separators between them.
func TestParagraphsShortcut(t *testing.T) {
	for _, s := range []string{
		"", "a", "One line.", "One.\nTwo words.", "Séoul, 3 mars — M. Kim.\nFin.",
		" lead", "trail ", "a  b", "a\n\nb", "a\n", "\na", "a\tb", "a\rb", "a\r\nb", "a\u00a0b",
		"a\u2028b", "a \nb", "a\n b", "\xff", "ok\xffok", " ", "\n", "a\u0085b", "a\vb", "a\x00b",
		// runs copied whole, broken where a separator is written anew
		"one two\n\nthree four\nfive", "one two  three four", "one two\tthree four", "one two\r\nthree four",
		" one two three\n", "one two\u00a0three four", "é è\n\nà ù", "one \xff two\n\nthree",
	} {
		got, want := Paragraphs(s), paragraphsSlow(s)
		if got != want {
			t.Errorf("Paragraphs(%q) = %q, want %q", s, got, want)
		}
		if isParagraphs(s) != (want == s) {
			t.Errorf("isParagraphs(%q) = %v, but tidying gives %q", s, isParagraphs(s), want)
		}
	}
}

func FuzzParagraphs(f *testing.F) {
	f.Add("One.\nTwo  words.\r\n")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Paragraphs(s), paragraphsSlow(s); got != want {
			t.Errorf("Paragraphs(%q) = %q, want %q", s, got, want)
		}
	})
}

// BenchmarkParagraphs tidies an article of the BBC corpus as read from
// its file (blank lines between paragraphs), then as tidied already.
func BenchmarkParagraphs(b *testing.B) {
	data, err := os.ReadFile("../../../../shared/eval/bbc-news-greene2006/business/001.txt")
	if err != nil {
		b.Skip("no corpus:", err)
	}
	text := string(data)
	for _, s := range []struct{ name, text string }{{"untidy", text}, {"tidy", Paragraphs(text)}} {
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Paragraphs(s.text)
			}
		})
	}
}

// TestLineShortcut checks that Line returns what splitting and joining
// the words gives, for lines it returns as they are and for the rest.
func TestLineShortcut(t *testing.T) {
	for _, s := range []string{
		"", "a", "Harbour reopens", " lead", "trail ", "a  b", "a\nb", "a\tb", "a\rb", "a\u00a0b",
		"a\u0085b", "\xff", "ok\xffok", "Séoul, 3 mars", " ", "\n",
	} {
		want := strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
		if got := Line(s); got != want {
			t.Errorf("Line(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzLine(f *testing.F) {
	f.Add(" Harbour \n reopens\xff ")
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
		if got := Line(s); got != want {
			t.Errorf("Line(%q) = %q, want %q", s, got, want)
		}
	})
}

package files

import (
	"strings"
	"testing"
	"unicode/utf8"

	"briefbot"
)

func TestSplitHeadline(t *testing.T) {
	tests := []struct{ name, in, title, body string }{
		{"headline", "Dam opens\n\nThe dam opened.", "Dam opens", "The dam opened."},
		{"blank lines first, CRLF", "\r\n\r\nDam opens\r\n\r\nThe dam opened.\r\n", "Dam opens", "The dam opened.\n"},
		{"markdown heading", "# Dam opens\n\nThe dam opened.", "Dam opens", "The dam opened."},
		{"hashtag is kept", "#1 seed wins\n\nShe won.", "#1 seed wins", "She won."},
		{"no blank line", "The dam opened.\nIt was late.", "", "The dam opened.\nIt was late."},
		{"one paragraph", "The dam opened.\n\n", "", "The dam opened.\n\n"},
		{"lead too long for a headline", strings.Repeat("word ", 50) + "\n\nMore.", "", strings.Repeat("word ", 50) + "\n\nMore."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title, body := splitHeadline(tt.in)
			if title != tt.title || body != tt.body {
				t.Errorf("splitHeadline(%q) = %q, %q; want %q, %q", tt.in, title, body, tt.title, tt.body)
			}
		})
	}
}

// splitHeadlineSlow is splitHeadline as first written, line by line.
func splitHeadlineSlow(s string) (title, body string) {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i+2 >= len(lines) || strings.TrimSpace(lines[i+1]) != "" {
		return "", s
	}
	head := strings.TrimSpace(lines[i])
	rest := strings.Join(lines[i+2:], "\n")
	if utf8.RuneCountInString(head) > maxHeadline || strings.TrimSpace(rest) == "" {
		return "", s
	}
	if t := strings.TrimLeft(head, "#"); t != head && strings.HasPrefix(t, " ") {
		head = strings.TrimSpace(t)
	}
	return head, rest
}

func FuzzSplitHeadline(f *testing.F) {
	for _, s := range []string{"", "\n", "a\n\nb", "\r\n\r\na\r\n \r\nb\r\n", "a\n\n", "a\n\n\n", "# a\n\nb", "\n\n\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		title, body := splitHeadline(s)
		if wantTitle, wantBody := splitHeadlineSlow(s); title != wantTitle || body != wantBody {
			t.Errorf("splitHeadline(%q) = %q, %q; want %q, %q", s, title, body, wantTitle, wantBody)
		}
	})
}

func TestParseTextLatin1(t *testing.T) {
	got, err := Parse("note.txt", []byte("Caf\xe9 ferm\xe9\n\nLe caf\xe9 de la gare a ferm\xe9."), Options{})
	checkInvalid(t, err, "")
	checkArticles(t, got, []briefbot.Article{{Title: "Café fermé", Text: "Le café de la gare a fermé."}})
}

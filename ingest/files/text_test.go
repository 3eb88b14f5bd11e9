package files

import (
	"strings"
	"testing"

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

func TestParseTextLatin1(t *testing.T) {
	got, err := Parse("note.txt", []byte("Caf\xe9 ferm\xe9\n\nLe caf\xe9 de la gare a ferm\xe9."), Options{})
	checkInvalid(t, err, "")
	checkArticles(t, got, []briefbot.Article{{Title: "Café fermé", Text: "Le café de la gare a fermé."}})
}

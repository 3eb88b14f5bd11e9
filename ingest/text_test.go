package ingest

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

func TestLeadTitle(t *testing.T) {
	long := "The regional council of the northern coast voted on Thursday evening to fund a new lifeboat station near the old harbour of Kelby and two smaller ones"
	tests := []struct{ name, in, want string }{
		{"first sentence", "The dam opened. Crowds cheered.", "The dam opened"},
		{"question", "Who pays? Nobody knows.", "Who pays?"},
		{"initial", "M. Dupont a parlé. Puis il est parti.", "M. Dupont a parlé"},
		{"title abbreviation", "Dr. Lee spoke on Monday. She left.", "Dr. Lee spoke on Monday"},
		{"acronym", "The U.S. Navy sailed. It was calm.", "The U.S. Navy sailed"},
		{"decimal", "Prices rose 2.5 percent. Bread led.", "Prices rose 2.5 percent"},
		{"lead paragraph only", "First line here.\nSecond line.", "First line here"},
		{"cut at a word", long, "The regional council of the northern coast voted on Thursday evening to fund a new lifeboat station near the old…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := leadTitle(tt.in)
			if got != tt.want {
				t.Errorf("leadTitle(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if n := utf8.RuneCountInString(got); n > maxTitle {
				t.Errorf("title has %d characters, want at most %d", n, maxTitle)
			}
		})
	}
}

func TestParseTextLatin1(t *testing.T) {
	got, err := Parse("note.txt", []byte("Caf\xe9 ferm\xe9\n\nLe caf\xe9 de la gare a ferm\xe9."), Options{})
	checkInvalid(t, err, "")
	checkArticles(t, got, []briefbot.Article{{Title: "Café fermé", Text: "Le café de la gare a fermé."}})
}

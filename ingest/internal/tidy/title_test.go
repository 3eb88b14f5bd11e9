package tidy

import (
	"testing"
	"unicode/utf8"
)

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
			got := Title(nil, tt.in)
			if got != tt.want {
				t.Errorf("Title(nil, %q) = %q, want %q", tt.in, got, tt.want)
			}
			if n := utf8.RuneCountInString(got); n > MaxTitle {
				t.Errorf("title has %d characters, want at most %d", n, MaxTitle)
			}
		})
	}
}

func TestTitleDerive(t *testing.T) {
	derive := func(text string) string { return "  Derived:\n" + text[:4] }
	if got := Title(derive, "Rain fell. Rivers rose."); got != "Derived: Rain" {
		t.Errorf("Title = %q, want the derived title on one line", got)
	}
	if got := Title(func(string) string { return " " }, "Rain fell. Rivers rose."); got != "Rain fell" {
		t.Errorf("Title = %q, want the lead's when derive finds none", got)
	}
}

func TestTidy(t *testing.T) {
	if got := Line(" Harbour \n reopens\xff "); got != "Harbour reopens\uFFFD" {
		t.Errorf("Line = %q", got)
	}
	if got := Paragraphs("One  two.\r\n\r\n  Three.\n"); got != "One two.\nThree." {
		t.Errorf("Paragraphs = %q", got)
	}
	for in, want := range map[string]string{"HTTPS://News.example/a?utm_source=x": "https://news.example/a", "/relative": "", "urn:x:1": ""} {
		if got := URL(in); got != want {
			t.Errorf("URL(%q) = %q, want %q", in, got, want)
		}
	}
}

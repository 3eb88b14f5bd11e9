package telegram

import (
	"strings"
	"testing"
	"unicode/utf8"

	"briefbot"
	"briefbot/bot"
)

func TestRenderEscapesEveryString(t *testing.T) {
	msg := bot.Message{
		Title: "<script>",
		Lines: []string{"a & b"},
		Items: []bot.Item{{
			Headline: "Kim <b>",
			Summary:  briefbot.Summary{Summary: "x < y", Who: []string{"A&B"}},
			Sources:  []bot.Source{{Name: "<i>Wire", URL: `https://e.com/?a=1&b="2"`}, {Name: "Bad", URL: "javascript:alert(1)"}},
		}},
		Footer: []string{"1 > 0"},
	}
	got := strings.Join(Render(msg), "")
	for _, want := range []string{
		"<b>&lt;script&gt;</b>", "a &amp; b", "<b>1. Kim &lt;b&gt;</b>", "x &lt; y", "Who: A&amp;B",
		`<a href="https://e.com/?a=1&amp;b=&#34;2&#34;">&lt;i&gt;Wire</a>`, "2 sources: ", " · Bad", "1 &gt; 0",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("render lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "javascript:") && strings.Contains(got, `href="javascript`) {
		t.Error("a non-web URL became a link")
	}
}

func TestSplitAtParagraphsUnderTheLimit(t *testing.T) {
	tests := []struct {
		name  string
		ps    []string
		limit int
		want  []string
	}{
		{"fits", []string{"aa", "bb"}, 10, []string{"aa\n\nbb"}},
		{"two messages", []string{"aaaa", "bbbb"}, 9, []string{"aaaa", "bbbb"}},
		{"long paragraph at its lines", []string{"aaaa\nbbbb"}, 6, []string{"aaaa", "bbbb"}},
		{"astral runes count twice", []string{"😀😀", "😀"}, 5, []string{"😀😀", "😀"}},
		{"one long line is cut, never an entity", []string{"<b>ab&amp;cd</b>"}, 5, []string{"ab", "&amp;", "cd"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := bot.Pack(tt.ps, tt.limit, units, fit)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("split = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLongBriefSplitsUnderTelegramsLimit(t *testing.T) {
	var msg bot.Message
	for range 40 {
		msg.Items = append(msg.Items, bot.Item{Headline: strings.Repeat("한국 😀 ", 30), Summary: briefbot.Summary{Summary: strings.Repeat("Corée & co. ", 40)}})
	}
	parts := Render(msg)
	if len(parts) < 2 {
		t.Fatalf("%d parts, want several", len(parts))
	}
	for i, p := range parts {
		if n := units(p); n > maxMessage || !utf8.ValidString(p) {
			t.Errorf("part %d: %d UTF-16 units (valid UTF-8 %v)", i, n, utf8.ValidString(p))
		}
		if !strings.HasPrefix(p, "<b>") {
			t.Errorf("part %d does not start at a story: %.40q", i, p)
		}
	}
}

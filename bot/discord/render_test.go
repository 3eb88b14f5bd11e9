package discord

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
)

// storyAt is a story with every field filled, its text n runes long.
func storyAt(i, n int, seen time.Time) bot.Item {
	long := strings.Repeat("word ", n/5)
	return bot.Item{
		Headline: fmt.Sprintf("Story %d %s", i, long),
		Summary: briefbot.Summary{Summary: long, Who: []string{long}, What: long, Where: []string{long},
			When: long},
		Sources: []bot.Source{{Name: "Wire " + long, URL: "https://example.com/a_(b)"}, {Name: "Daily", URL: "https://example.org/x"}},
		Seen:    seen,
	}
}

// checkLimits fails the test for a part over one of Discord's limits.
func checkLimits(t *testing.T, p part) {
	t.Helper()
	if n := units(p.content); n > maxContent {
		t.Errorf("content of %d characters", n)
	}
	if len(p.embeds) > maxEmbeds {
		t.Errorf("%d embeds", len(p.embeds))
	}
	total := 0
	for _, e := range p.embeds {
		total += embedSize(e)
		if units(e.Title) > maxTitle || units(e.Description) > maxEmbedText || len(e.Fields) > maxFields {
			t.Errorf("embed over its limits: title %d, description %d, %d fields", units(e.Title), units(e.Description), len(e.Fields))
		}
		for _, f := range e.Fields {
			if units(f.Name) > maxFieldName || units(f.Value) > maxFieldValue || f.Name == "" || f.Value == "" {
				t.Errorf("field %q of %d characters", f.Name, units(f.Value))
			}
		}
	}
	if total > maxEmbedTotal {
		t.Errorf("%d characters over the embeds", total)
	}
	if p.content == "" && len(p.embeds) == 0 {
		t.Error("an empty part")
	}
}

func TestRenderKeepsEveryPartWithinDiscordsLimits(t *testing.T) {
	seen := time.Date(2026, 3, 10, 8, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name    string
		msg     bot.Message
		stories int
	}{
		{"a brief of short stories", bot.Message{Title: "Korea: 5 stories", Items: items(5, 40, seen)}, 5},
		{"long stories", bot.Message{Title: "Korea", Items: items(12, 5000, seen), Footer: []string{strings.Repeat("foot ", 1000)}}, 12},
		{"a long text", bot.Message{Title: strings.Repeat("t", 300), Lines: []string{strings.Repeat("line of words ", 400), strings.Repeat("x", 4500)}}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			parts := render(tc.msg)
			embeds := 0
			for _, p := range parts {
				checkLimits(t, p)
				embeds += len(p.embeds)
			}
			if tc.stories > 0 && embeds < tc.stories {
				t.Errorf("%d embeds for %d stories", embeds, tc.stories)
			}
			if len(parts) == 0 {
				t.Fatal("no parts")
			}
		})
	}
}

func items(n, size int, seen time.Time) []bot.Item {
	var out []bot.Item
	for i := range n {
		out = append(out, storyAt(i+1, size, seen))
	}
	return out
}

func TestRenderSplitsALongTextBetweenLines(t *testing.T) {
	var lines []string
	for i := range 300 {
		lines = append(lines, fmt.Sprintf("line %03d of the answer", i))
	}
	parts := render(bot.Text(lines...))
	if len(parts) < 2 {
		t.Fatalf("%d parts, want the text split", len(parts))
	}
	var got []string
	for _, p := range parts {
		checkLimits(t, p)
		got = append(got, strings.Split(p.content, "\n")...)
	}
	if strings.Join(got, "\n") != strings.Join(lines, "\n") {
		t.Error("the lines did not come through whole and in order")
	}
}

func TestAStoryIsOneEmbed(t *testing.T) {
	seen := time.Date(2026, 3, 10, 8, 0, 0, 0, time.UTC)
	it := bot.Item{Headline: "Talks resume", Seen: seen,
		Summary: briefbot.Summary{Summary: "Seoul and Pyongyang meet.", Who: []string{"Kim", "Yoon"}, What: "talks", Where: []string{"Seoul"}, When: "Tuesday"},
		Sources: []bot.Source{{Name: "Wire", URL: "https://example.com/talks"}, {Name: "Daily", URL: "https://example.org/t"}}}
	parts := render(bot.Message{Title: "Korea", Items: []bot.Item{it}, Start: 6})
	if len(parts) != 1 || len(parts[0].embeds) != 1 {
		t.Fatalf("parts %+v, want one with one embed", parts)
	}
	e := parts[0].embeds[0]
	if e.Title != "6. Talks resume" || e.URL != "https://example.com/talks" || e.Description != "Seoul and Pyongyang meet." {
		t.Errorf("embed %q (%s): %q", e.Title, e.URL, e.Description)
	}
	var fields []string
	for _, f := range e.Fields {
		fields = append(fields, fmt.Sprintf("%s=%s/%v", f.Name, f.Value, f.Inline))
	}
	want := []string{"Who=Kim, Yoon/true", "What=talks/true", "Where=Seoul/true", "When=Tuesday/true",
		fmt.Sprintf("Published=<t:%d:R>/true", seen.Unix()),
		"2 sources=[Wire](https://example.com/talks) · [Daily](https://example.org/t)/false"}
	if strings.Join(fields, "\n") != strings.Join(want, "\n") {
		t.Errorf("fields\n%s\nwant\n%s", strings.Join(fields, "\n"), strings.Join(want, "\n"))
	}
	if parts[0].content != "**Korea**" {
		t.Errorf("content %q, want the title", parts[0].content)
	}
}

func TestRenderEscapesMarkdownAndMentions(t *testing.T) {
	hostile := "**@everyone** <@&123> [click](https://evil.example) _x_ ~~y~~ `z` ||s|| > q"
	it := bot.Item{Headline: hostile, Summary: briefbot.Summary{Summary: "# heading\n- item\n1. first"},
		Sources: []bot.Source{{Name: "[Wire](https://evil.example)", URL: "https://example.com/a)b"}}}
	parts := render(bot.Message{Title: hostile, Items: []bot.Item{it}})
	out, err := json.Marshal(parts[0].embeds)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{parts[0].content, parts[0].embeds[0].Title} {
		if !strings.Contains(s, `\*\*@everyone\*\* \<@&123\> \[click\]\(https://evil.example) \_x\_ \~\~y\~\~ \`+"`"+`z\`+"`"+` \|\|s\|\| \> q`) {
			t.Errorf("not escaped: %s", s)
		}
	}
	if d := parts[0].embeds[0].Description; d != "\\# heading\n\\- item\n1\\. first" {
		t.Errorf("description %q, want the line starts escaped", d)
	}
	src := parts[0].embeds[0].Fields[0].Value
	if src != `[\[Wire\]\(https://evil.example\)](https://example.com/a%29b)` {
		t.Errorf("source link %s", src)
	}
	if strings.Contains(string(out), "](https://evil.example)") {
		t.Errorf("a link forged from article text: %s", out)
	}
}

func TestClipCutsCleanly(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"a long sentence", 8, "a long…"},
		{`esc\*aped`, 5, `esc…`},
		{"😀😀😀", 5, "😀😀…"},
	} {
		if got := clip(tc.in, tc.n); got != tc.want || units(got) > tc.n {
			t.Errorf("clip(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestAnOlderStoryShowsItsDate(t *testing.T) {
	seen := time.Date(2025, 12, 1, 8, 0, 0, 0, time.UTC)
	e := itemEmbed(1, bot.Item{Headline: "Old", Seen: seen, Dated: true}, bot.LabelsFor(""))
	want := fmt.Sprintf("<t:%d:D> (<t:%d:R>)", seen.Unix(), seen.Unix())
	if len(e.Fields) != 1 || e.Fields[0].Value != want || e.Timestamp != "2025-12-01T08:00:00Z" {
		t.Errorf("fields %+v, timestamp %q; want %q", e.Fields, e.Timestamp, want)
	}
}

package telegram

import (
	"fmt"
	"html"
	"strings"
	"unicode/utf16"

	"briefbot/bot"
)

// maxMessage is the longest message Telegram takes, in UTF-16 code units
// after entity parsing; the text with its tags is measured, which is longer.
const maxMessage = 4096

// Render writes a reply as Telegram HTML, split at paragraph boundaries
// into messages that each fit in one Telegram message. Every string that
// comes from a user or an article is escaped.
func Render(m bot.Message) []string {
	return bot.Pack(paragraphs(m), maxMessage, units, fit)
}

// paragraphs renders each part of a message as one paragraph.
func paragraphs(m bot.Message) []string {
	var ps []string
	if m.Title != "" {
		ps = append(ps, "<b>"+esc(m.Title)+"</b>")
	}
	if len(m.Lines) > 0 {
		ps = append(ps, escLines(m.Lines))
	}
	l := bot.LabelsFor(m.Lang)
	for i, it := range m.Items {
		ps = append(ps, renderItem(m.Number(i), it, l))
	}
	if len(m.Footer) > 0 {
		ps = append(ps, escLines(m.Footer))
	}
	return ps
}

func renderItem(n int, it bot.Item, l *bot.Labels) string {
	head := fmt.Sprintf("<b>%d. %s</b>", n, esc(it.Headline))
	if it.Dated && !it.Seen.IsZero() {
		head += " (" + esc(l.ShortDateOf(it.Seen)) + ")"
	}
	lines := []string{head}
	if it.Summary.Summary != "" {
		lines = append(lines, esc(it.Summary.Summary))
	}
	if w := l.FiveW(it.Summary); w != "" {
		lines = append(lines, "<i>"+esc(w)+"</i>")
	}
	if len(it.Sources) > 0 {
		lines = append(lines, sourcesLine(it.Sources, l))
	}
	return strings.Join(lines, "\n")
}

// sourcesLine lists a story's sources as links.
func sourcesLine(srcs []bot.Source, l *bot.Labels) string {
	var links []string
	for _, s := range srcs {
		links = append(links, link(s))
	}
	return esc(l.Label(l.SourcesLabel(len(srcs)))) + strings.Join(links, " · ")
}

func link(s bot.Source) string {
	name := s.Name
	if name == "" {
		name = s.URL
	}
	if !strings.HasPrefix(s.URL, "https://") && !strings.HasPrefix(s.URL, "http://") {
		return esc(name)
	}
	return `<a href="` + esc(s.URL) + `">` + esc(name) + "</a>"
}

func escLines(lines []string) string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = esc(l)
	}
	return strings.Join(out, "\n")
}

func esc(s string) string { return html.EscapeString(s) }

// fit cuts a paragraph longer than limit at its line breaks; a single line
// longer than limit loses its tags and is cut at rune boundaries.
func fit(p string, limit int) []string {
	if units(p) <= limit {
		return []string{p}
	}
	var out []string
	for _, line := range strings.Split(p, "\n") {
		for units(line) > limit {
			line = plain(line)
			cut := cutAt(line, limit)
			out = append(out, line[:cut])
			line = line[cut:]
		}
		out = append(out, line)
	}
	return out
}

// plain drops the tags of a rendered line, keeping its text escaped.
func plain(line string) string {
	var b strings.Builder
	inTag := false
	for _, r := range line {
		switch {
		case r == '<':
			inTag = true
		case r == '>':
			inTag = false
		case !inTag:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cutAt returns the byte offset of the longest prefix of s within limit
// UTF-16 code units that does not cut an HTML entity.
func cutAt(s string, limit int) int {
	n, cut := 0, 0
	for i, r := range s {
		n += len(utf16.Encode([]rune{r}))
		if n > limit {
			break
		}
		cut = i + len(string(r))
	}
	if amp := strings.LastIndexByte(s[:cut], '&'); amp > 0 && !strings.Contains(s[amp:cut], ";") {
		cut = amp
	}
	return cut
}

// units counts s as Telegram does, in UTF-16 code units.
func units(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

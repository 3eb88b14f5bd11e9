// Package console is the terminal chat, a bot.Platform: it reads commands
// line by line and writes replies as plain text, so it works interactively
// and in scripts. It shows no buttons: a user types their commands.
package console

import (
	"fmt"
	"io"
	"strings"

	"briefbot/bot"
)

// Render writes a reply as plain text; its actions are not shown.
func Render(w io.Writer, m bot.Message) error {
	_, err := io.WriteString(w, renderText(m))
	return err
}

// renderText is a reply as plain text, ending with a blank line.
func renderText(m bot.Message) string {
	var b strings.Builder
	if m.Title != "" {
		b.WriteString(m.Title + "\n\n")
	}
	for _, l := range m.Lines {
		b.WriteString(l + "\n")
	}
	if len(m.Lines) > 0 && len(m.Items) > 0 {
		b.WriteString("\n")
	}
	l := bot.LabelsFor(m.Lang)
	for i, it := range m.Items {
		renderItem(&b, m.Number(i), it, l)
	}
	if len(m.Footer) > 0 && (len(m.Lines) > 0 || len(m.Items) > 0) {
		b.WriteString("\n")
	}
	for _, l := range m.Footer {
		b.WriteString(l + "\n")
	}
	b.WriteString("\n")
	return b.String()
}

func renderItem(b *strings.Builder, n int, it bot.Item, l *bot.Labels) {
	head := fmt.Sprintf("%d. %s", n, it.Headline)
	if it.Dated && !it.Seen.IsZero() {
		head += " (" + l.ShortDateOf(it.Seen) + ")"
	}
	b.WriteString(head + "\n")
	if it.Summary.Summary != "" {
		b.WriteString("   " + it.Summary.Summary + "\n")
	}
	if line := l.FiveW(it.Summary); line != "" {
		b.WriteString("   " + line + "\n")
	}
	if len(it.Sources) == 1 {
		b.WriteString("   " + l.Label(l.Source) + sourceLine(it.Sources[0]) + "\n")
	}
	if len(it.Sources) > 1 {
		b.WriteString("   " + strings.TrimSpace(l.Label(l.SourcesLabel(len(it.Sources)))) + "\n")
		for _, s := range it.Sources {
			b.WriteString("   - " + sourceLine(s) + "\n")
		}
	}
	b.WriteString("\n")
}

func sourceLine(s bot.Source) string { return strings.Join(nonEmpty(s.Name, s.URL), " — ") }

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

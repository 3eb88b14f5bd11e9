package discord

import (
	"net/url"
	"strings"
)

// markdown are the characters Discord's markdown reads anywhere in a line:
// emphasis, strikethrough, code, spoilers, quotes, mentions and links.
const markdown = "\\*_~`|><[]()"

// lineStart are the characters Discord reads at the start of a line only:
// headings, lists and subtexts.
const lineStart = "#-+"

// esc escapes article and user text for Discord: every markdown character
// is preceded by a backslash, so the text reads as written, a mention
// such as <@&123> shows as text and no link can be forged. A web address
// (http:// or https://, up to the next space) is kept as it is, so that
// it still links.
func esc(s string) string { return escape(s, true) }

// escLabel escapes the text of a masked link, [text](url), where a web
// address is escaped too.
func escLabel(s string) string { return escape(s, false) }

func escape(s string, keepURLs bool) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		escLine(&b, line, keepURLs)
	}
	return b.String()
}

func escLine(b *strings.Builder, line string, keepURLs bool) {
	start := true // at the start of the line, but for spaces
	for len(line) > 0 {
		if keepURLs && isURL(line) {
			end := strings.IndexAny(line, " \t")
			if end < 0 {
				end = len(line)
			}
			b.WriteString(line[:end])
			line, start = line[end:], false
			continue
		}
		c := line[0]
		switch {
		case strings.IndexByte(markdown, c) >= 0, start && strings.IndexByte(lineStart, c) >= 0:
			b.WriteByte('\\')
		case start && c >= '0' && c <= '9':
			escNumbered(b, &line)
			start = false
			continue
		}
		b.WriteByte(c)
		start = start && (c == ' ' || c == '\t')
		line = line[1:]
	}
}

// escNumbered writes the digits at the start of a line, escaping the dot
// after them that would make the line a numbered list.
func escNumbered(b *strings.Builder, line *string) {
	n := 0
	for n < len(*line) && (*line)[n] >= '0' && (*line)[n] <= '9' {
		n++
	}
	b.WriteString((*line)[:n])
	if n < len(*line) && (*line)[n] == '.' {
		b.WriteString(`\.`)
		n++
	}
	*line = (*line)[n:]
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}

// linkURL is a web address fit for a masked link, [text](url): http or
// https only, with the characters that would end the link escaped; "" for
// anything else.
func linkURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return ""
	}
	s := u.String()
	return strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E").Replace(s)
}

// units counts s as Discord's limits do; UTF-16 code units, which are
// never fewer than the characters Discord counts.
func units(s string) int {
	n := 0
	for _, r := range s {
		n += runeUnits(r)
	}
	return n
}

func runeUnits(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// clip cuts s to at most n units, ending it with "…" when cut; it never
// cuts a character, nor leaves an escaping backslash with nothing to
// escape.
func clip(s string, n int) string {
	if units(s) <= n {
		return s
	}
	cut, used := len(s), 0
	for i, r := range s {
		if used+runeUnits(r) > n-1 {
			cut = i
			break
		}
		used += runeUnits(r)
	}
	head := strings.TrimRight(s[:cut], " \n")
	if trailing := len(head) - len(strings.TrimRight(head, `\`)); trailing%2 == 1 {
		head = head[:len(head)-1]
	}
	return head + "…"
}

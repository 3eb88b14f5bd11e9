package summarize

import (
	"strings"
	"unicode/utf8"

	"briefbot"
)

// The text an article is read from is bounded (maxText), and cut where
// a character starts.

// paragraphsOf is the lines of the document's text, cleaned unless it
// comes cleaned, and cut to maxText bytes: strings.Split(cutText(text,
// maxText), "\n") of the cleaned text.
func paragraphsOf(doc briefbot.Document) []string {
	if doc.Cleaned {
		return strings.Split(cutText(doc.Text, maxText), "\n")
	}
	return cutLines(cleanLines(cutText(doc.Text, 4*maxText)), maxText)
}

// cutText keeps at most n bytes of s, ending on a whole character.
func cutText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// cutLines is strings.Split(cutText(strings.Join(lines, "\n"), n), "\n"),
// made without joining the lines; it may write over lines.
func cutLines(lines []string, n int) []string {
	if len(lines) == 0 {
		return []string{""}
	}
	start := 0 // where line k starts in the joined text
	for k, l := range lines {
		end := start + len(l)
		if end == n {
			return lines[:k+1] // the cut falls on the end of line k
		}
		if end > n { // it falls inside line k, and backs up to a character's start
			cut := n - start
			for cut > 0 && !utf8.RuneStart(l[cut]) {
				cut--
			}
			if cut == 0 && k > 0 && !utf8.RuneStart(l[0]) {
				return lines[:k] // backed up to the line break before line k
			}
			lines[k] = l[:cut]
			return lines[:k+1]
		}
		start = end + 1
	}
	return lines
}

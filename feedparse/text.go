package feedparse

import (
	"strings"
	"unicode/utf8"

	"briefbot/htmltext"
)

// Thresholds of HasFullText.
const (
	fullTextChars      = 600
	fullTextParagraphs = 3
	paragraphsMinChars = 200 // three "Read more" lines are not an article
)

// htmlText turns an item's HTML (or plain text) into paragraphs separated
// by "\n".
func htmlText(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return htmltext.Fragment(s)
}

// inlineText is htmlText on one line, for titles and names.
func inlineText(s string) string {
	return strings.Join(strings.Fields(htmlText(s)), " ")
}

// HasFullText tells whether an item carries its article's text, so that
// the page need not be fetched: at least 600 characters, or three
// paragraphs of 200 characters in all, in its content or summary.
func HasFullText(it Item) bool {
	body := it.Body()
	n := utf8.RuneCountInString(body)
	return n >= fullTextChars ||
		(n >= paragraphsMinChars && strings.Count(body, "\n")+1 >= fullTextParagraphs)
}

package files

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"briefbot"
	"briefbot/htmltext"
)

// maxHeadline is the longest first line that reads as a headline; a longer
// one is the lead paragraph.
const maxHeadline = 200

// parseText reads a plain-text article. Its first line is the headline when
// a blank line follows it; otherwise the whole file is the text and the
// title is derived from the lead.
func parseText(name string, data []byte, opt Options) ([]briefbot.Article, error) {
	s, err := decodeText(data)
	if err != nil {
		return nil, invalid(name, "%v", err)
	}
	title, body := splitHeadline(s)
	a, err := finish(briefbot.Article{Title: title, Text: body}, opt)
	if err != nil {
		return nil, invalid(name, "%v", err)
	}
	return []briefbot.Article{a}, nil
}

// decodeText reads UTF-8, and Windows-1252 (a superset of Latin-1) for
// bytes that are not UTF-8. A NUL byte means the file is not text.
func decodeText(data []byte) (string, error) {
	if bytes.IndexByte(data, 0) >= 0 {
		return "", errors.New("binary data, not text")
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	r, err := htmltext.CharsetReader("windows-1252", bytes.NewReader(data))
	if err != nil {
		return "", err
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return "", errors.New("text in an unknown encoding")
	}
	return string(b), nil
}

// splitHeadline separates a headline line, followed by a blank line and by
// more text, from the body. A Markdown "# " before the headline is dropped.
// The lines are found in place, the body being the rest of the text.
func splitHeadline(s string) (title, body string) {
	t := strings.ReplaceAll(s, "\r\n", "\n")
	start, end := 0, 0 // the headline's line: the first one not blank
	for {
		n := strings.IndexByte(t[start:], '\n')
		if n < 0 {
			return "", s // no blank line after it, and no body
		}
		if end = start + n; strings.TrimSpace(t[start:end]) != "" {
			break
		}
		start = end + 1
	}
	n := strings.IndexByte(t[end+1:], '\n')
	if n < 0 || strings.TrimSpace(t[end+1:end+1+n]) != "" {
		return "", s
	}
	head := strings.TrimSpace(t[start:end])
	rest := t[end+1+n+1:]
	if utf8.RuneCountInString(head) > maxHeadline || strings.TrimSpace(rest) == "" {
		return "", s
	}
	if t := strings.TrimLeft(head, "#"); t != head && strings.HasPrefix(t, " ") {
		head = strings.TrimSpace(t)
	}
	return head, rest
}

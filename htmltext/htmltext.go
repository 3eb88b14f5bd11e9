// Package htmltext turns a web page into an article: its headline, its body
// text as paragraphs, and what the page says about itself (language,
// canonical address, publication date, author, site). It is the one place
// in briefbot that parses HTML and decodes legacy character sets.
package htmltext

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Page is what Extract finds in a web page.
type Page struct {
	Title     string    // the headline: og:title, else the first <h1>, else <title>
	Text      string    // body paragraphs separated by "\n"
	Lang      string    // the language tag as the page writes it, "" when absent
	Canonical string    // <link rel=canonical> or og:url, as the page writes it
	Published time.Time // zero when the page carries no date
	Author    string
	Site      string // og:site_name
}

// Extract reads an HTML document. Bytes that are not UTF-8 are decoded by
// the page's <meta charset> declaration, or as Windows-1252 when it has none.
func Extract(data []byte) (Page, error) {
	doc, err := html.Parse(bytes.NewReader(decode(data)))
	if err != nil {
		return Page{}, fmt.Errorf("htmltext: parse: %w", err)
	}
	return read(doc).page(), nil
}

// Fragment returns the text of an HTML fragment that is already decoded,
// such as the description of a feed item: paragraphs separated by "\n",
// with entities decoded and markup and noise dropped. Plain text comes back
// with its whitespace tidied.
func Fragment(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if !strings.ContainsAny(s, "<&") {
		return joinParagraphs(strings.Split(s, "\n"))
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return joinParagraphs(strings.Split(s, "\n"))
	}
	return strings.Join(read(doc).paragraphs(""), "\n")
}

// read walks a parsed page with the noise filter, and again without it
// when the filter left no text: a wrapper whose class says "has-sidebar"
// can pass for noise, and the page then keeps its text.
func read(doc *html.Node) *extractor {
	if x := walkPage(doc, true); len(x.blocks) > 0 {
		return x
	}
	return walkPage(doc, false)
}

// CharsetReader returns a reader that decodes input from the named
// character set (any label the web knows, such as "iso-8859-1" or
// "windows-1251") to UTF-8. Its signature fits encoding/xml's
// Decoder.CharsetReader.
func CharsetReader(label string, input io.Reader) (io.Reader, error) {
	r, err := charset.NewReaderLabel(label, input)
	if err != nil {
		return nil, fmt.Errorf("htmltext: %w", err)
	}
	return r, nil
}

// decode converts a page to UTF-8; bytes that are invalid in the page's
// encoding become U+FFFD.
func decode(data []byte) []byte {
	return bytes.ToValidUTF8(toUTF8(data), []byte("\uFFFD"))
}

// toUTF8 decodes by a byte-order mark first, then by a <meta charset>
// declaration. Bytes that are valid UTF-8 are read as UTF-8 even when the
// page claims Latin-1, a common mistake of web pages.
func toUTF8(data []byte) []byte {
	if rest, ok := bytes.CutPrefix(data, []byte("\xef\xbb\xbf")); ok {
		return rest
	}
	enc, name, _ := charset.DetermineEncoding(data, "")
	if name == "utf-8" || (name == "windows-1252" && utf8.Valid(data)) {
		return data
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}

// joinParagraphs tidies whitespace inside each paragraph and drops empty ones.
func joinParagraphs(lines []string) string {
	out := lines[:0:0]
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

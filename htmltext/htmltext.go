// Package htmltext reads HTML: a page's headline, its body text as
// paragraphs through a noise filter, and what the page says about itself
// (language, canonical address, publication date, author, site); the text
// of a feed item's HTML; and legacy character sets. It is the one place in
// briefbot that imports golang.org/x/net/html.
package htmltext

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Page is what Read finds in a web page.
type Page struct {
	Title     string    // the headline: og:title, else the first <h1>, else <title>
	Text      string    // body paragraphs separated by "\n"
	Lang      string    // the language tag as the page writes it, "" when absent
	Canonical string    // <link rel=canonical> or og:url, as the page writes it
	Published time.Time // zero when the page carries no date
	Author    string
	Site      string // og:site_name
}

// Read reads an HTML document already decoded to UTF-8: package extract
// decodes a page by its HTTP header, byte-order mark or <meta charset>
// before it reads it. Bytes that are not UTF-8 are read as U+FFFD.
func Read(page []byte) (Page, error) {
	doc, err := html.Parse(bytes.NewReader(bytes.ToValidUTF8(page, []byte("\uFFFD"))))
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

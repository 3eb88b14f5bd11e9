// Package ingest reads article files of every format briefbot knows (plain
// text, HTML, JSON, JSON lines, RSS and Atom), turns them into articles,
// summarizes them and stores them. Parsing is pure; the Ingester adds the
// file system, the summarizer and the store.
package ingest

import (
	"bytes"
	"path/filepath"
	"strings"
	"time"

	"briefbot"
	"briefbot/extract"
)

// Options fill in what a file does not say about its articles.
type Options struct {
	Published time.Time // publication time of articles that carry none
	Source    string    // source of articles that name none
	Lang      string    // language of articles that give none

	// DeriveTitle writes a headline for an article that has none, from its
	// text. Nil: the first sentence of the lead, cut at 120 characters.
	DeriveTitle func(text string) string
}

// format is a kind of article file.
type format int

const (
	formatText format = iota
	formatHTML
	formatJSON
	formatJSONLines
	formatFeed
)

// extensions maps the file extensions briefbot reads to their format.
var extensions = map[string]format{
	".txt": formatText, ".text": formatText, ".md": formatText,
	".html": formatHTML, ".htm": formatHTML, ".xhtml": formatHTML,
	".json": formatJSON, ".jsonl": formatJSONLines, ".ndjson": formatJSONLines,
	".xml": formatFeed, ".rss": formatFeed, ".atom": formatFeed,
}

// Parse reads the articles of one file. name is the file's name as the user
// gave it: its extension chooses the format, and error messages name it.
// Text files and files without a known extension are sniffed: HTML, feeds
// and JSON are recognised by their first bytes.
//
// Parse returns every article it could read. A non-nil error, always a
// *briefbot.Error with code EInvalid, tells what it could not read: the
// whole file, or the items and lines that were broken while the others
// were returned.
func Parse(name string, data []byte, opt Options) ([]briefbot.Article, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, invalid(name, "the file is empty")
	}
	var arts []briefbot.Article
	var err error
	switch detect(name, data) {
	case formatHTML:
		arts, err = parseHTML(name, data, opt)
	case formatJSON:
		arts, err = parseJSON(name, data, opt)
	case formatJSONLines:
		arts, err = parseJSONLines(name, data, opt)
	case formatFeed:
		arts, err = parseFeed(name, data, opt)
	default:
		arts, err = parseText(name, data, opt)
	}
	if len(arts) == 0 && err == nil {
		err = invalid(name, "no articles found")
	}
	return arts, err
}

// detect chooses the format of a file by its extension, then by its first
// bytes. Markup is sniffed in any text file; JSON only in files without a
// known extension, since a text article may well start with "[".
func detect(name string, data []byte) format {
	ext := strings.ToLower(filepath.Ext(name))
	f, known := extensions[ext]
	if known && f != formatText {
		return f
	}
	head := strings.ToLower(string(leading(data, 512)))
	switch {
	case strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html"):
		return formatHTML
	case strings.HasPrefix(head, "<rss") || strings.HasPrefix(head, "<feed") || strings.HasPrefix(head, "<rdf:rdf"):
		return formatFeed
	case strings.HasPrefix(head, "<?xml"):
		return sniffXML(head)
	case !known && (strings.HasPrefix(head, "{") || strings.HasPrefix(head, "[")):
		return formatJSON
	}
	return formatText
}

// sniffXML tells a feed from an XHTML page by the root element after an
// XML declaration.
func sniffXML(head string) format {
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if strings.Contains(head, root) {
			return formatFeed
		}
	}
	if strings.Contains(head, "<html") {
		return formatHTML
	}
	return formatText
}

// leading returns the first n bytes of data after white space.
func leading(data []byte, n int) []byte {
	data = bytes.TrimLeft(data, " \t\r\n")
	if len(data) > n {
		data = data[:n]
	}
	return data
}

// parseHTML reads a web page as one article.
func parseHTML(name string, data []byte, opt Options) ([]briefbot.Article, error) {
	p, err := extract.Extract(data, "", "")
	if err != nil {
		return nil, invalid(name, "%s", briefbot.ErrorMessage(err))
	}
	a := briefbot.Article{
		Title: p.Title, Text: p.Text, Lang: p.Lang, URL: p.Canonical,
		Published: p.Published, Source: p.Site,
	}
	a, err = finish(a, opt)
	if err != nil {
		return nil, invalid(name, "%v", err)
	}
	return []briefbot.Article{a}, nil
}

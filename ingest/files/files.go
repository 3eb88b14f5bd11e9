// Package files reads article files: it lists the files of folders that
// hold articles, reads them within a size cap, and turns each file format
// briefbot knows into articles. Plain text, JSON and JSON lines are read
// here; RSS and Atom files through package feedparse and HTML files
// through package extract, the readers of polled feeds and fetched pages,
// so that a file gives the article its feed or page would. Parsing is
// pure; package ingest summarizes and stores what it returns.
package files

import (
	"bytes"
	"path/filepath"
	"strings"
	"time"

	"briefbot"
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

// extensions maps the file extensions briefbot reads to their format. A
// feed file may also be a .json JSON Feed.
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
// known extension, since a text article may well start with "[". A JSON
// file that is a JSON Feed is read as a feed.
func detect(name string, data []byte) format {
	f := sniff(name, data)
	if f == formatJSON && isJSONFeed(data) {
		return formatFeed
	}
	return f
}

// sniff is detect for the formats that a name and the first bytes tell.
func sniff(name string, data []byte) format {
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

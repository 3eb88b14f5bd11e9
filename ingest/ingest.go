// Package ingest prepares articles, summarizes them and stores them, for
// files and feeds alike: the Ingester tidies each article's text, cleans
// it once, gives it a headline when it has none, summarizes it and stores
// it in batches. Package files reads the articles of files; the poller
// hands over those of feeds.
package ingest

import (
	"briefbot"
	"briefbot/ingest/files"
)

// Options fill in what a file does not say about its articles.
type Options = files.Options

// MaxFileSize is the largest file the Ingester reads by default.
const MaxFileSize = files.MaxFileSize

// Stdin is the path that names standard input.
const Stdin = files.Stdin

// Parse reads the articles of one file; it is files.Parse.
func Parse(name string, data []byte, opt Options) ([]briefbot.Article, error) {
	return files.Parse(name, data, opt)
}

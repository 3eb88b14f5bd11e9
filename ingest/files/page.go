package files

import (
	"briefbot"
	"briefbot/extract"
)

// parseHTML reads a web page as one article, with the extractor of fetched
// pages: the file has no address, so only an absolute canonical link
// gives the article its URL, and no HTTP charset, so the page's own
// byte-order mark or <meta charset> decides, else UTF-8 or Windows-1252.
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

// Package extract finds the article in a news page: its body text as
// paragraphs, headline, author, date, language and canonical address,
// without the navigation, ads, cookie banners, share buttons, newsletter
// boxes, related links and comments around it. It is the one importer of
// codeberg.org/readeck/go-readability/v2, a port of the reader view of
// Firefox; briefbot/htmltext supplies what the page's head says about
// itself, and the text when readability finds none.
package extract

import (
	"bytes"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/go-shiori/dom"

	"briefbot"
	"briefbot/htmltext"
)

// Article is what Extract finds in a page.
type Article struct {
	Title     string
	Text      string // body paragraphs, in order, separated by "\n"
	Author    string // "" when the page names none
	Published time.Time
	Lang      string // ISO 639 code such as "en", "" when the page gives none
	Canonical string // the page's canonical address, absolute; "" when it declares none
	Site      string // the site's name (og:site_name); "" when the page gives none
}

// maxElements bounds the work spent on one page; a news article has a few
// thousand elements.
const maxElements = 200_000

// Extract reads a page fetched from pageURL. charset is the charset of the
// HTTP Content-Type header, "" when it had none. A page read from a file
// has neither: its pageURL is "" and its charset "", and links stay as the
// page writes them. A page with no article text is an EInvalid error.
//
// Two readers look at the page. Readability chooses the article among the
// page's blocks and keeps its paragraphs in order; htmltext's noise filter
// then vetoes the ones it knows as ads, share bars and newsletter boxes
// inside the article, and gives back the lead paragraph when readability
// took it for part of the header.
func Extract(page []byte, pageURL, charset string) (Article, error) {
	base, err := url.Parse(pageURL)
	if err != nil {
		return Article{}, &briefbot.Error{Code: briefbot.EInvalid, Message: "invalid page URL", Err: err}
	}
	doc := toUTF8(page, charset)
	meta, err := htmltext.Read(doc)
	if err != nil {
		return Article{}, &briefbot.Error{Code: briefbot.EInvalid, Message: "unreadable HTML page", Err: err}
	}
	a := fromReadability(doc, base)
	a.Text = agree(a.Text, meta.Text)
	merge(&a, meta, base)
	if a.Text == "" {
		return Article{}, briefbot.Errorf(briefbot.EInvalid, "no article text found")
	}
	return a, nil
}

// fromReadability runs the reader view on a page decoded to UTF-8; a page
// it cannot read gives an empty Article, which the page's own metadata
// then fills. The page is parsed as UTF-8 as it stands: readability's own
// parser would guess the charset again, which costs more than the rest of
// the extraction.
func fromReadability(doc []byte, base *url.URL) Article {
	node, err := dom.FastParse(bytes.NewReader(doc))
	if err != nil {
		return Article{}
	}
	p := readability.NewParser()
	p.MaxElemsToParse = maxElements
	r, err := p.ParseAndMutate(node, base)
	if err != nil || r.Node == nil {
		return Article{}
	}
	var text strings.Builder
	if r.RenderText(&text) != nil {
		return Article{}
	}
	a := Article{
		Title:  clean(r.Title()),
		Text:   paragraphs(text.String()),
		Author: byline(r.Byline()),
		Lang:   briefbot.LangCode(r.Language()),
	}
	if t, err := r.PublishedTime(); err == nil {
		a.Published = t
	}
	return a
}

// merge fills what readability left empty from the page's metadata. The
// headline prefers og:title, which carries no site name.
func merge(a *Article, meta htmltext.Page, base *url.URL) {
	if meta.Title != "" {
		a.Title = clean(meta.Title)
	}
	if a.Author == "" {
		a.Author = byline(meta.Author)
	}
	if a.Published.IsZero() {
		a.Published = meta.Published
	}
	if a.Lang == "" {
		a.Lang = briefbot.LangCode(meta.Lang)
	}
	a.Canonical = absolute(base, meta.Canonical)
	a.Site = clean(meta.Site)
}

func absolute(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	u = base.ResolveReference(u)
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

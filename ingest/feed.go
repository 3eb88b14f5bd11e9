package ingest

import (
	"bytes"
	"encoding/xml"
	"strings"
	"time"

	"briefbot"
	"briefbot/htmltext"
)

// feedDoc is an RSS 2.0, RSS 1.0 or Atom document; its root element tells
// which.
type feedDoc struct {
	XMLName xml.Name
	Lang    string      `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Channel rssChannel  `xml:"channel"`
	Items   []rssItem   `xml:"item"` // RSS 1.0 keeps its items beside the channel
	Title   feedText    `xml:"title"`
	Entries []atomEntry `xml:"entry"`
}

type rssChannel struct {
	Title    string    `xml:"title"`
	Language string    `xml:"language"` // <language> or <dc:language>
	Items    []rssItem `xml:"item"`
}

type rssItem struct {
	Title       string    `xml:"title"`
	Links       []rssLink `xml:"link"`
	GUID        string    `xml:"guid"`
	PubDate     string    `xml:"pubDate"`
	Date        string    `xml:"http://purl.org/dc/elements/1.1/ date"`
	Description string    `xml:"description"`
	Content     string    `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	Lang        string    `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
}

// rssLink is an RSS <link>, or an <atom:link> that some RSS feeds add.
type rssLink struct {
	Href string `xml:"href,attr"`
	Text string `xml:",chardata"`
}

type atomEntry struct {
	Lang      string     `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Title     feedText   `xml:"title"`
	Links     []atomLink `xml:"link"`
	ID        string     `xml:"id"`
	Published string     `xml:"published"`
	Updated   string     `xml:"updated"`
	Summary   feedText   `xml:"summary"`
	Content   feedText   `xml:"content"`
	Source    struct {
		Title feedText `xml:"title"`
	} `xml:"source"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
}

// feedText is an Atom text construct: plain text, escaped HTML, or XHTML.
type feedText struct {
	Type  string `xml:"type,attr"`
	Lang  string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

func (t feedText) text() string {
	switch strings.ToLower(t.Type) {
	case "xhtml":
		return htmltext.Fragment(t.Inner)
	case "html", "text/html":
		return htmltext.Fragment(t.Text)
	}
	return t.Text
}

// parseFeed reads an RSS or Atom feed: each item is an article. Its source
// is the feed's title, and its language the item's, else the feed's.
func parseFeed(name string, data []byte, opt Options) ([]briefbot.Article, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = htmltext.CharsetReader
	var doc feedDoc
	if err := dec.Decode(&doc); err != nil {
		return nil, invalid(name, "not a readable feed: %v", err)
	}
	switch doc.XMLName.Local {
	case "rss", "RDF":
		return rssArticles(name, &doc, opt)
	case "feed":
		return atomArticles(name, &doc, opt)
	}
	return nil, invalid(name, "not an RSS or Atom feed: its root element is <%s>", doc.XMLName.Local)
}

func rssArticles(name string, doc *feedDoc, opt Options) ([]briefbot.Article, error) {
	items := append(doc.Channel.Items, doc.Items...)
	opt.Source = firstNonEmpty(plainTitle(doc.Channel.Title), opt.Source)
	opt.Lang = firstNonEmpty(doc.Channel.Language, doc.Lang, opt.Lang)
	p := &problems{name: name}
	var arts []briefbot.Article
	for i, it := range items {
		a, err := it.article(opt)
		if err != nil {
			p.add(itemLabel(i, len(items)), err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, p.err()
}

func (it rssItem) article(opt Options) (briefbot.Article, error) {
	published, err := firstTime(it.PubDate, it.Date)
	if err != nil {
		return briefbot.Article{}, err
	}
	return finish(briefbot.Article{
		Title:     plainTitle(it.Title),
		URL:       it.link(),
		Text:      htmltext.Fragment(firstNonEmpty(it.Content, it.Description)),
		Lang:      it.Lang,
		Published: published,
	}, opt)
}

// link is the item's <link>, else the href of an <atom:link>, else a GUID
// that is a URL.
func (it rssItem) link() string {
	for _, l := range it.Links {
		if u := strings.TrimSpace(l.Text); u != "" {
			return u
		}
	}
	for _, l := range it.Links {
		if l.Href != "" {
			return l.Href
		}
	}
	return articleURL(it.GUID)
}

func atomArticles(name string, doc *feedDoc, opt Options) ([]briefbot.Article, error) {
	opt.Source = firstNonEmpty(plainTitle(doc.Title.text()), opt.Source)
	opt.Lang = firstNonEmpty(doc.Lang, opt.Lang)
	p := &problems{name: name}
	var arts []briefbot.Article
	for i, e := range doc.Entries {
		a, err := e.article(opt)
		if err != nil {
			p.add(itemLabel(i, len(doc.Entries)), err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, p.err()
}

func (e atomEntry) article(opt Options) (briefbot.Article, error) {
	published, err := firstTime(e.Published, e.Updated)
	if err != nil {
		return briefbot.Article{}, err
	}
	body := e.Content
	if strings.TrimSpace(body.Text+body.Inner) == "" {
		body = e.Summary
	}
	return finish(briefbot.Article{
		Title:     plainTitle(e.Title.text()),
		URL:       firstNonEmpty(e.link(), articleURL(e.ID)),
		Text:      body.text(),
		Lang:      firstNonEmpty(e.Lang, body.Lang),
		Source:    plainTitle(e.Source.Title.text()),
		Published: published,
	}, opt)
}

// link is the entry's alternate link: the page of the article.
func (e atomEntry) link() string {
	for _, l := range e.Links {
		if l.Rel == "" || l.Rel == "alternate" {
			return l.Href
		}
	}
	return ""
}

// plainTitle is a feed title as text: a title that holds markup or
// entities is read as HTML.
func plainTitle(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = htmltext.Fragment(s)
	}
	return oneLine(s)
}

// firstTime reads the first date that is given.
func firstTime(dates ...string) (time.Time, error) {
	for _, d := range dates {
		if strings.TrimSpace(d) != "" {
			return parseTime(d)
		}
	}
	return time.Time{}, nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

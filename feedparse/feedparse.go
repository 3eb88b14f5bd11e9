// Package feedparse reads news feeds (RSS 2.0 and 1.0, Atom, JSON Feed) and
// OPML subscription lists into briefbot's terms: items with an absolute
// link, a date, and their summary and content as plain text. It is the one
// importer of github.com/mmcdole/gofeed.
package feedparse

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/rss"

	"briefbot"
)

// Feed is a parsed feed.
type Feed struct {
	Title string
	Link  string        // the site the feed belongs to, absolute; "" when absent
	Lang  string        // ISO 639 code such as "en", "" when the feed names none
	TTL   time.Duration // RSS <ttl>: how long the feed may be cached; 0 when absent
	Items []Item
}

// Item is one entry of a feed.
type Item struct {
	GUID      string // the feed's id for the item; "" when it gives none
	Link      string // absolute, resolved against the feed's address; else a permalink GUID or Atom id
	Title     string
	Published time.Time // publication, else last update; zero when the item has neither
	Summary   string    // the description or summary, as text
	Content   string    // the full content (content:encoded, Atom or JSON content), as text
	Author    string
	Lang      string // the item's language (dc:language, xml:lang), else the feed's
	Source    string // the feed the item was taken from (RSS <source>, Atom <source>); "" when it names none
}

// Body is the longest text the item carries: its content, else its summary.
func (it Item) Body() string {
	if len(it.Content) >= len(it.Summary) {
		return it.Content
	}
	return it.Summary
}

// Article is the article an item makes on its own, without its page: its
// link, headline, date, language, source and longest text. Feeds polled
// and feed files both start from it; what the item does not say, such as
// a source, the caller fills in.
func (it Item) Article() briefbot.Article {
	return briefbot.Article{
		URL: it.Link, Title: it.Title, Published: it.Published,
		Lang: it.Lang, Source: it.Source, Text: it.Body(),
	}
}

// Parse reads a feed fetched from feedURL. A document that is not a feed,
// such as an HTML page served at a feed's address, or a malformed one, is
// an EInvalid error whose message says why.
func Parse(data []byte, feedURL string) (Feed, error) {
	if err := sniff(data); err != nil {
		return Feed{}, err
	}
	data = toUTF8(data)
	p := gofeed.NewParser()
	p.KeepOriginalFeed = true
	gf, err := p.Parse(bytes.NewReader(data))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return Feed{}, briefbot.Errorf(briefbot.EInvalid, "not a feed (no RSS, Atom or JSON Feed found)")
	}
	if err != nil {
		return Feed{}, briefbot.Errorf(briefbot.EInvalid, "malformed feed: %s", clip(err.Error(), 160))
	}
	base, _ := url.Parse(feedURL)
	var langs []string
	if gf.FeedType != "json" {
		langs = xmlLangs(data)
	}
	return convert(gf, base, langs), nil
}

// sniff recognises an HTML page or an empty body before the feed parser
// tries, so that the error says what came back.
func sniff(data []byte) error {
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(head) == 0 {
		return briefbot.Errorf(briefbot.EInvalid, "not a feed (empty document)")
	}
	if head[0] == '<' && isHTML(bytes.ToLower(head[:min(len(head), 1024)])) {
		return briefbot.Errorf(briefbot.EInvalid, "not a feed (got an HTML page)")
	}
	return nil
}

// isHTML tells whether the start of a markup document, in lower case, is
// an HTML page: it opens with a doctype or <html>, or has an <html> element
// (after comments, say) and no feed root.
func isHTML(head []byte) bool {
	if bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) {
		return true
	}
	return bytes.Contains(head, []byte("<html")) && !bytes.Contains(head, []byte("<rss")) &&
		!bytes.Contains(head, []byte("<feed")) && !bytes.Contains(head, []byte("<rdf"))
}

// convert turns gofeed's feed into briefbot's; langs are the items'
// xml:lang, when the feed declares any.
func convert(gf *gofeed.Feed, base *url.URL, langs []string) Feed {
	f := Feed{
		Title: inlineText(gf.Title),
		Link:  resolve(base, gf.Link),
		Lang:  briefbot.LangCode(gf.Language),
		TTL:   ttl(gf.OriginalFeed()),
		Items: make([]Item, 0, len(gf.Items)),
	}
	more := extras(gf.OriginalFeed())
	if len(langs) != len(gf.Items) {
		langs = nil // the items were not all found again: no item gets another's language
	}
	for i, gi := range gf.Items {
		var x extra
		if i < len(more) {
			x = more[i]
		}
		it := convertItem(gi, base, x)
		if it.Lang == "" && langs != nil {
			it.Lang = langs[i]
		}
		if it.Lang == "" {
			it.Lang = f.Lang
		}
		f.Items = append(f.Items, it)
	}
	return f
}

func convertItem(gi *gofeed.Item, base *url.URL, x extra) Item {
	it := Item{
		GUID:      strings.TrimSpace(gi.GUID),
		Link:      resolve(base, firstLink(gi)),
		Title:     inlineText(gi.Title),
		Published: itemTime(gi),
		Summary:   htmlText(gi.Description),
		Content:   htmlText(gi.Content),
		Author:    author(gi),
		Lang:      x.lang,
		Source:    x.source,
	}
	if it.Link == "" {
		it.Link = x.permalink
	}
	if it.Lang == "" && gi.DublinCoreExt != nil && len(gi.DublinCoreExt.Language) > 0 {
		it.Lang = briefbot.LangCode(gi.DublinCoreExt.Language[0])
	}
	return it
}

func firstLink(gi *gofeed.Item) string {
	if strings.TrimSpace(gi.Link) != "" {
		return gi.Link
	}
	for _, l := range gi.Links {
		if strings.TrimSpace(l) != "" {
			return l
		}
	}
	return ""
}

func itemTime(gi *gofeed.Item) time.Time {
	switch {
	case gi.PublishedParsed != nil:
		return *gi.PublishedParsed
	case gi.UpdatedParsed != nil:
		return *gi.UpdatedParsed
	}
	return time.Time{}
}

func author(gi *gofeed.Item) string {
	for _, p := range gi.Authors {
		if p == nil {
			continue
		}
		if name := inlineText(p.Name); name != "" {
			return name
		}
		if p.Email != "" {
			return strings.TrimSpace(p.Email)
		}
	}
	return ""
}

// resolve makes a link absolute against the feed's address; a link that
// cannot be parsed is returned trimmed.
func resolve(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil || base == nil || u.IsAbs() {
		return link
	}
	return base.ResolveReference(u).String()
}

// ttl reads RSS <ttl>, a number of minutes.
func ttl(original any) time.Duration {
	f, ok := original.(*rss.Feed)
	if !ok {
		return 0
	}
	n, err := strconv.Atoi(strings.TrimSpace(f.TTL))
	if err != nil || n <= 0 {
		return 0
	}
	return time.Duration(min(n, 7*24*60)) * time.Minute
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return fmt.Sprintf("%s…", strings.ToValidUTF8(s[:n], ""))
}

package feedparse

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed/atom"
	jsonfeed "github.com/mmcdole/gofeed/json"
	"github.com/mmcdole/gofeed/rss"

	"briefbot"
	"briefbot/htmltext"
)

// extra is what gofeed's universal item drops and the original feed
// still has.
type extra struct {
	permalink string // an RSS <guid> that is a permalink, an Atom <id> that is a web address
	source    string // the feed the item was taken from: RSS <source>, Atom <source><title>
	lang      string // a JSON Feed item's language
}

// extras reads the extra of each item of the original feed, in the order
// of the universal items; nil for a feed of another kind.
func extras(original any) []extra {
	var out []extra
	switch f := original.(type) {
	case *rss.Feed:
		for _, it := range f.Items {
			out = append(out, rssExtra(it))
		}
	case *atom.Feed:
		for _, e := range f.Entries {
			out = append(out, atomExtra(e))
		}
	case *jsonfeed.Feed:
		for _, it := range f.Items {
			var x extra
			if it != nil {
				x.lang = briefbot.LangCode(it.Language)
			}
			out = append(out, x)
		}
	}
	return out
}

func rssExtra(it *rss.Item) extra {
	var x extra
	if it == nil {
		return x
	}
	if g := it.GUID; g != nil && !strings.EqualFold(strings.TrimSpace(g.IsPermalink), "false") && isWebAddress(g.Value) {
		x.permalink = strings.TrimSpace(g.Value)
	}
	if it.Source != nil {
		x.source = inlineText(it.Source.Title)
	}
	return x
}

func atomExtra(e *atom.Entry) extra {
	var x extra
	if e == nil {
		return x
	}
	if isWebAddress(e.ID) {
		x.permalink = strings.TrimSpace(e.ID)
	}
	if e.Source != nil {
		x.source = inlineText(e.Source.Title)
	}
	return x
}

// isWebAddress tells whether s is an absolute http(s) URL.
func isWebAddress(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// xmlLangs reads the xml:lang of each <item> and <entry> of an XML feed,
// in document order: the element's own, else that of its <content> or
// <summary>; "" where none is given. Gofeed keeps only the feed's. It is
// nil when no item declares a language, the common case, which costs one
// search of the bytes, or when the document cannot be read to the end of
// its items.
func xmlLangs(data []byte) []string {
	if !itemDeclaresLang(data) {
		return nil
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = htmltext.CharsetReader
	var s langScan
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return s.langs
		}
		if err != nil {
			return nil
		}
		s.token(tok)
	}
}

// itemDeclaresLang tells whether xml:lang appears after the first item.
func itemDeclaresLang(data []byte) bool {
	first := bytes.Index(data, []byte("<item"))
	if i := bytes.Index(data, []byte("<entry")); i >= 0 && (first < 0 || i < first) {
		first = i
	}
	return first >= 0 && bytes.Contains(data[first:], []byte("xml:lang"))
}

// langScan follows the elements of a feed to find its items' languages.
type langScan struct {
	langs     []string
	depth     int
	itemDepth int // the depth of the item being read, 0 outside items
}

func (s *langScan) token(tok xml.Token) {
	switch t := tok.(type) {
	case xml.StartElement:
		s.depth++
		switch name := t.Name.Local; {
		case s.itemDepth == 0 && (name == "item" || name == "entry"):
			s.itemDepth = s.depth
			s.langs = append(s.langs, briefbot.LangCode(xmlLang(t)))
		case s.itemDepth > 0 && s.depth == s.itemDepth+1 && (name == "content" || name == "summary"):
			if last := &s.langs[len(s.langs)-1]; *last == "" {
				*last = briefbot.LangCode(xmlLang(t))
			}
		}
	case xml.EndElement:
		if s.depth == s.itemDepth {
			s.itemDepth = 0
		}
		s.depth--
	}
}

func xmlLang(t xml.StartElement) string {
	for _, a := range t.Attr {
		if a.Name.Local == "lang" && (a.Name.Space == "xml" || a.Name.Space == "http://www.w3.org/XML/1998/namespace") {
			return a.Value
		}
	}
	return ""
}

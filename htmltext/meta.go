package htmltext

import (
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metadata is what a page says about itself, first value of each kind.
type metadata struct {
	title, ogTitle, site                string
	lang, contentLang, locale           string
	canonical, ogURL                    string
	author, bodyAuthor                  string
	pubMeta, itemDate, metaDate, timeAt string // date candidates, best first
}

// metaDateNames are <meta name> values that carry a publication date.
var metaDateNames = map[string]bool{
	"date": true, "pubdate": true, "publishdate": true, "publish-date": true,
	"dc.date": true, "dc.date.issued": true, "dcterms.date": true, "dcterms.created": true,
	"sailthru.date": true, "parsely-pub-date": true, "og:published_time": true,
}

// readHead reads the elements of a page's head and reports whether n was
// one of them; they carry no body text.
func (m *metadata) readHead(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Title:
		set(&m.title, textOf(n))
	case atom.Meta:
		m.readMeta(n)
	case atom.Link:
		if hasWord(attr(n, "rel"), "canonical") {
			set(&m.canonical, attr(n, "href"))
		}
	default:
		return false
	}
	return true
}

func (m *metadata) readMeta(n *html.Node) {
	content := strings.TrimSpace(attr(n, "content"))
	if strings.EqualFold(attr(n, "http-equiv"), "content-language") {
		set(&m.contentLang, strings.Split(content, ",")[0])
	}
	if attr(n, "itemprop") == "datePublished" {
		set(&m.itemDate, content)
	}
	key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name")))
	switch {
	case key == "og:title":
		set(&m.ogTitle, content)
	case key == "og:site_name":
		set(&m.site, content)
	case key == "og:url":
		set(&m.ogURL, content)
	case key == "og:locale":
		set(&m.locale, content)
	case key == "article:published_time":
		set(&m.pubMeta, content)
	case metaDateNames[key]:
		set(&m.metaDate, content)
	case key == "author" || key == "article:author" || key == "byl":
		if !isURL(content) {
			set(&m.author, strings.TrimPrefix(content, "By "))
		}
	}
}

// readBody reads what body elements say about the page: <html lang>,
// <time datetime>, and authors marked with rel or itemprop.
func (m *metadata) readBody(n *html.Node) {
	switch n.DataAtom {
	case atom.Html:
		set(&m.lang, attr(n, "lang"))
	case atom.Time:
		if attr(n, "itemprop") == "datePublished" {
			set(&m.itemDate, attr(n, "datetime"))
		}
		set(&m.timeAt, attr(n, "datetime"))
	}
	if hasWord(attr(n, "rel"), "author") || attr(n, "itemprop") == "author" {
		set(&m.bodyAuthor, textOf(n))
	}
}

// published is the first date candidate that reads as a date.
func (m *metadata) published() time.Time {
	for _, s := range [...]string{m.pubMeta, m.itemDate, m.metaDate, m.timeAt} {
		if t, ok := parseDate(s); ok {
			return t
		}
	}
	return time.Time{}
}

// dateLayouts are the ISO 8601 forms pages use for dates.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02",
}

func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// titleSeparators part a headline from the site name in a <title>.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " · ", " :: "}

// trimSiteSuffix removes a short site name after the headline in a
// <title>, as in "Harbour reopens after storm | The Coast Courier".
func trimSiteSuffix(t string) string {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := t[:i], t[i+len(sep):]
		if len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 3 {
			return strings.TrimSpace(head)
		}
	}
	return t
}

func set(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
	}
}

func hasWord(list, word string) bool {
	for _, w := range strings.Fields(list) {
		if strings.EqualFold(w, word) {
			return true
		}
	}
	return false
}

func isURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.Scheme != "" && u.Host != ""
}

package htmltext

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block is one paragraph of the page in reading order.
type block struct {
	text    string
	content bool // it sits in a <p>, heading, list item, quote…; not loose text in a <div>
}

// looseMinWords is how long loose text (outside any paragraph element) must
// be to count as body text on a page that also has real paragraphs; shorter
// loose text is labels, bylines and buttons.
const looseMinWords = 20

// extractor walks a parsed page once, collecting paragraphs and metadata.
type extractor struct {
	strict bool // drop elements whose class or id suggests noise
	meta   metadata
	h1     string
	blocks []block

	cur        strings.Builder // text of the paragraph being read
	curRunes   int             // its letters and digits…
	curLinked  int             // …and how many of them sit inside links
	curContent bool

	content int // depth of paragraph elements
	muted   int // depth of bylines: read for metadata, not for text
	links   int // depth of <a>
	article int // depth of <article> and <main>
}

func walkPage(doc *html.Node, strict bool) *extractor {
	x := &extractor{strict: strict}
	x.walk(doc)
	x.flush()
	return x
}

func (x *extractor) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		x.text(n.Data)
	case html.ElementNode:
		x.element(n)
	case html.DocumentNode:
		x.children(n)
	}
}

func (x *extractor) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		x.walk(c)
	}
}

func (x *extractor) element(n *html.Node) {
	if x.dropped(n) || x.meta.readHead(n) {
		return
	}
	x.meta.readBody(n)
	a := n.DataAtom
	if a == atom.H1 && x.h1 == "" {
		x.h1 = textOf(n)
	}
	block := blockElements[a]
	if block {
		x.flush()
	}
	mute := x.strict && byline(n)
	if mute {
		x.muted++
	}
	x.enter(a, 1)
	x.children(n)
	x.enter(a, -1)
	if mute {
		x.muted--
	}
	if block {
		x.flush()
	}
}

// enter moves the depth counters by d as the walk enters or leaves a.
func (x *extractor) enter(a atom.Atom, d int) {
	switch {
	case contentElements[a]:
		x.content += d
	case a == atom.A:
		x.links += d
	case a == atom.Article || a == atom.Main:
		x.article += d
	}
}

func (x *extractor) text(s string) {
	if x.muted > 0 {
		return
	}
	x.cur.WriteString(s)
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	x.curRunes += n
	if x.links > 0 {
		x.curLinked += n
	}
	if x.content > 0 && strings.TrimSpace(s) != "" {
		x.curContent = true
	}
}

// flush ends the current paragraph. A paragraph that is mostly link text is
// a menu or a list of other articles, and is dropped.
func (x *extractor) flush() {
	t := strings.Join(strings.Fields(x.cur.String()), " ")
	if t != "" && x.curLinked*5 <= x.curRunes*4 {
		x.blocks = append(x.blocks, block{text: t, content: x.curContent})
	}
	x.cur.Reset()
	x.curRunes, x.curLinked, x.curContent = 0, 0, false
}

// paragraphs returns the body text. Loose text counts only when it is long
// or when the page has no paragraph elements at all; the first paragraph
// that repeats the headline is left out.
func (x *extractor) paragraphs(title string) []string {
	hasContent := false
	for _, b := range x.blocks {
		hasContent = hasContent || b.content
	}
	var out []string
	for _, b := range x.blocks {
		if hasContent && !b.content && len(strings.Fields(b.text)) < looseMinWords {
			continue
		}
		if title != "" && strings.EqualFold(b.text, title) {
			title = ""
			continue
		}
		out = append(out, b.text)
	}
	return out
}

func (x *extractor) page() Page {
	m := &x.meta
	title := firstOf(m.ogTitle, x.h1, trimSiteSuffix(m.title))
	return Page{
		Title:     title,
		Text:      strings.Join(x.paragraphs(title), "\n"),
		Lang:      firstOf(m.lang, m.contentLang, strings.ReplaceAll(m.locale, "_", "-")),
		Canonical: firstOf(m.canonical, m.ogURL),
		Published: m.published(),
		Author:    firstOf(m.author, m.bodyAuthor),
		Site:      m.site,
	}
}

// blockElements end the paragraph before them and start a new one.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Body: true,
	atom.Br: true, atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Td: true, atom.Th: true, atom.Tr: true,
	atom.Ul: true,
}

// contentElements hold the body text of an article.
var contentElements = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true,
	atom.Dd: true, atom.Dt: true,
}

// textOf is the text of n and its descendants, whitespace tidied.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}

func firstOf(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

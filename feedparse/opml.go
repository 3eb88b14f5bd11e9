package feedparse

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"net/url"
	"strings"

	"briefbot"
	"briefbot/htmltext"
)

// OPMLFeed is one feed of an OPML subscription list.
type OPMLFeed struct {
	URL   string
	Title string
	Lang  string // ISO 639 code, "" when the list gives none
}

// outline is an OPML outline; its attributes are matched without regard
// to case, as lists in the wild write xmlUrl, xmlurl and XMLURL.
type outline struct {
	Attrs    []xml.Attr `xml:",any,attr"`
	Outlines []outline  `xml:"outline"`
}

type opmlDoc struct {
	XMLName xml.Name  `xml:"opml"`
	Body    []outline `xml:"body>outline"`
}

func (o outline) attr(names ...string) string {
	for _, name := range names {
		for _, a := range o.Attrs {
			if strings.EqualFold(a.Name.Local, name) {
				return strings.TrimSpace(a.Value)
			}
		}
	}
	return ""
}

// ParseOPML reads an OPML subscription list. Folders are flattened; an
// outline without an http(s) xmlUrl is skipped, and a feed listed twice
// is kept once.
func ParseOPML(data []byte) ([]OPMLFeed, error) {
	var doc opmlDoc
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.CharsetReader = htmltext.CharsetReader
	dec.Strict = false
	if err := dec.Decode(&doc); err != nil {
		return nil, opmlError(err)
	}
	var feeds []OPMLFeed
	seen := map[string]bool{}
	var walk func([]outline)
	walk = func(outlines []outline) {
		for _, o := range outlines {
			if f, ok := o.feed(); ok && !seen[f.URL] {
				seen[f.URL] = true
				feeds = append(feeds, f)
			}
			walk(o.Outlines)
		}
	}
	walk(doc.Body)
	return feeds, nil
}

func opmlError(err error) error {
	var unexpected xml.UnmarshalError
	if errors.As(err, &unexpected) || strings.Contains(err.Error(), "expected element type") {
		return briefbot.Errorf(briefbot.EInvalid, "not an OPML file")
	}
	if errors.Is(err, io.EOF) {
		return briefbot.Errorf(briefbot.EInvalid, "not an OPML file (empty document)")
	}
	return briefbot.Errorf(briefbot.EInvalid, "malformed OPML: %s", clip(err.Error(), 160))
}

func (o outline) feed() (OPMLFeed, bool) {
	raw := o.attr("xmlUrl", "url")
	u, err := url.Parse(raw)
	if raw == "" || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return OPMLFeed{}, false
	}
	return OPMLFeed{
		URL:   raw,
		Title: inlineText(o.attr("title", "text")),
		Lang:  briefbot.LangCode(o.attr("language", "lang")),
	}, true
}

// WriteOPML writes feeds as an OPML 2.0 subscription list.
func WriteOPML(w io.Writer, feeds []OPMLFeed) error {
	type out struct {
		Type     string `xml:"type,attr"`
		Text     string `xml:"text,attr"`
		Title    string `xml:"title,attr,omitempty"`
		XMLURL   string `xml:"xmlUrl,attr"`
		Language string `xml:"language,attr,omitempty"`
	}
	doc := struct {
		XMLName  xml.Name `xml:"opml"`
		Version  string   `xml:"version,attr"`
		Title    string   `xml:"head>title"`
		Outlines []out    `xml:"body>outline"`
	}{Version: "2.0", Title: "briefbot feeds"}
	for _, f := range feeds {
		text := f.Title
		if text == "" {
			text = f.URL
		}
		doc.Outlines = append(doc.Outlines, out{Type: "rss", Text: text, Title: f.Title, XMLURL: f.URL, Language: f.Lang})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

package summarize

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"html"
	"path/filepath"
	"strings"
	"time"

	"briefbot"
)

// corpusDocs reads the articles of one corpus file: the file as it stands,
// as a text with no headline, then the articles its format holds. A .txt
// article is a headline, a blank line and the body (BBC, WiNER-fr, the
// seeds); .json and .jsonl objects with a "text" field are articles
// (Giveme5W1H, MR4AP); TimeML .tml files hold a headline and sentences
// (SemEval). An HTML page is read by page extraction instead.
func corpusDocs(path string, data []byte) []briefbot.Document {
	docs := []briefbot.Document{{Text: string(data)}}
	switch filepath.Ext(path) {
	case ".txt":
		if title, body, ok := strings.Cut(string(data), "\n\n"); ok {
			docs = append(docs, briefbot.Document{Title: strings.TrimSpace(title), Text: body, Published: winerDay(path)})
		}
	case ".json":
		docs = append(docs, jsonDocs(data)...)
	case ".jsonl":
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			docs = append(docs, jsonDocs(sc.Bytes())...)
		}
	case ".tml", ".xml":
		if d, ok := timeMLDoc(data); ok {
			docs = append(docs, d)
		}
	}
	return docs
}

// winerDay reads the day a WiNER-fr file is named after,
// YYYY_MM_DD-NNN.txt; the zero time for other names.
func winerDay(path string) time.Time {
	base := filepath.Base(path)
	t, _ := time.Parse("2006_01_02", base[:min(len(base), 10)])
	return t
}

// jsonDocs finds the articles of a JSON value: every object, at any depth,
// with a "text" string.
func jsonDocs(data []byte) []briefbot.Document {
	var v any
	if json.Unmarshal(data, &v) != nil {
		return nil
	}
	var out []briefbot.Document
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if text, ok := v["text"].(string); ok {
				out = append(out, jsonArticle(v, text))
			}
			for _, c := range v {
				walk(c)
			}
		case []any:
			for _, c := range v {
				walk(c)
			}
		}
	}
	walk(v)
	return out
}

// jsonArticle is the document of a Giveme5W1H or MR4AP object: title,
// standfirst, text and date_publish.
func jsonArticle(obj map[string]any, text string) briefbot.Document {
	title, _ := obj["title"].(string)
	if lead, _ := obj["description"].(string); lead != "" {
		text = lead + "\n" + text
	}
	date, _ := obj["date_publish"].(string)
	pub, _ := time.Parse(time.DateTime, date)
	return briefbot.Document{Title: title, Text: text, Published: pub}
}

// timeMLDoc reads a TimeML document: the headline in EXTRAINFO, one
// sentence an <s>, the creation date in DCT. Other XML gives its
// character data, a line an element.
func timeMLDoc(data []byte) (briefbot.Document, bool) {
	var doc briefbot.Document
	var body, all strings.Builder
	var path []string
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			path = append(path, tok.Name.Local)
			if tok.Name.Local == "TIMEX3" && inside(path, "DCT") {
				doc.Published, _ = time.Parse(time.DateOnly, attrValue(tok, "value"))
			}
		case xml.EndElement:
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
			if tok.Name.Local == "s" {
				body.WriteString("\n")
			}
			all.WriteString("\n")
		case xml.CharData:
			switch {
			case inside(path, "EXTRAINFO"):
				doc.Title += string(tok)
			case inside(path, "s"):
				body.Write(tok)
			}
			all.Write(tok)
		}
	}
	doc.Text = body.String()
	if doc.Text == "" {
		doc.Text = all.String()
	}
	return doc, strings.TrimSpace(doc.Text) != ""
}

func inside(path []string, name string) bool {
	for _, p := range path {
		if p == name {
			return true
		}
	}
	return false
}

func attrValue(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// asPage wraps a document as the minimal web page a site would serve: its
// headline as title and <h1>, each line of its text a paragraph.
func asPage(doc briefbot.Document) []byte {
	var b bytes.Buffer
	title := html.EscapeString(doc.Title)
	b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head>")
	b.WriteString("<body><article><h1>" + title + "</h1>\n")
	for _, line := range strings.Split(doc.Text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			b.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
		}
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

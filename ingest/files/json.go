package files

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"briefbot"
)

// jsonArticle is an article as a JSON file writes it. Other fields are
// ignored.
type jsonArticle struct {
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Text      string `json:"text"`
	Lang      string `json:"lang"`
	Source    string `json:"source"`
}

// jsonFeedVersion is in the "version" of every JSON Feed (jsonfeed.org).
const jsonFeedVersion = "jsonfeed.org/version/"

// isJSONFeed tells a JSON Feed from a file of JSON articles by its
// version; a file that does not mention one is not read twice.
func isJSONFeed(data []byte) bool {
	if !bytes.HasPrefix(leading(data, 1), []byte("{")) || !bytes.Contains(data, []byte(jsonFeedVersion)) {
		return false
	}
	var doc struct {
		Version string `json:"version"`
	}
	return json.Unmarshal(data, &doc) == nil && strings.Contains(doc.Version, jsonFeedVersion)
}

// parseJSON reads a JSON file: an object, an array of objects, or several
// of these one after the other. A broken object is reported by its number
// while the others are read.
func parseJSON(name string, data []byte, opt Options) ([]briefbot.Article, error) {
	items, err := jsonItems(data)
	if err != nil {
		return nil, invalid(name, "%v", err)
	}
	p := &problems{name: name}
	var arts []briefbot.Article
	for i, raw := range items {
		a, err := decodeArticle(raw, opt)
		if err != nil {
			p.add(itemLabel(i, len(items)), err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, p.err()
}

// jsonItems splits a JSON file into its top-level objects, opening arrays.
func jsonItems(data []byte) ([]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var items []json.RawMessage
	for {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) {
			return items, nil
		}
		if err != nil {
			return nil, jsonError(data, err)
		}
		if raw[0] != '[' {
			items = append(items, raw)
			continue
		}
		var list []json.RawMessage
		if err := json.Unmarshal(raw, &list); err != nil {
			return nil, jsonError(data, err)
		}
		items = append(items, list...)
	}
}

// parseJSONLines reads JSON lines: one object per line, blank lines
// skipped. A broken line is reported by its number while the others are
// read.
func parseJSONLines(name string, data []byte, opt Options) ([]briefbot.Article, error) {
	p := &problems{name: name}
	var arts []briefbot.Article
	for i, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		a, err := decodeArticle(line, opt)
		if err != nil {
			p.add("line "+strconv.Itoa(i+1), err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, p.err()
}

// decodeArticle reads one JSON object as an article.
func decodeArticle(raw []byte, opt Options) (briefbot.Article, error) {
	if len(raw) == 0 || raw[0] != '{' {
		return briefbot.Article{}, errors.New("not a JSON object")
	}
	var j jsonArticle
	if err := json.Unmarshal(raw, &j); err != nil {
		return briefbot.Article{}, jsonError(raw, err)
	}
	a := briefbot.Article{Title: j.Title, URL: j.URL, Text: j.Text, Lang: j.Lang, Source: j.Source}
	if j.Published != "" {
		t, err := parseTime(j.Published)
		if err != nil {
			return briefbot.Article{}, fmt.Errorf("published: %w", err)
		}
		a.Published = t
	}
	return finish(a, opt)
}

// jsonError says what is wrong with a JSON text in words a user can act on.
func jsonError(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn) && bytes.Contains(data, []byte("\n")):
		line := 1 + bytes.Count(data[:min(int(syn.Offset), len(data))], []byte("\n"))
		return fmt.Errorf("not valid JSON at line %d: %s", line, syn.Error())
	case errors.As(err, &syn):
		return fmt.Errorf("not valid JSON: %s", syn.Error())
	case errors.As(err, &typ) && typ.Field != "":
		return fmt.Errorf("field %q should be a %s, not a %s", typ.Field, typ.Type.Kind(), typ.Value)
	case errors.As(err, &typ):
		return fmt.Errorf("not a JSON object but a %s", typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("not valid JSON: the file ends in the middle of a value")
	}
	return fmt.Errorf("not valid JSON: %v", err)
}

// itemLabel names item i of n for a message; a lone item needs no name.
func itemLabel(i, n int) string {
	if n == 1 {
		return ""
	}
	return "item " + strconv.Itoa(i+1)
}

package ingest

import (
	"errors"
	"strings"

	"briefbot"
)

// errNoContent is the reason an item with neither headline nor text is
// refused.
var errNoContent = errors.New("no title and no text")

// finish tidies an article read from a file and fills what it lacks from
// opt: whitespace trimmed, text as one paragraph per line, URL canonical,
// language as its primary subtag. An article with a title and no text
// keeps its title as text, so that it still has content to summarize and
// to recognise duplicates by.
func finish(a briefbot.Article, opt Options) (briefbot.Article, error) {
	a.Title = oneLine(a.Title)
	a.Text = paragraphs(a.Text)
	if a.Title == "" && a.Text == "" {
		return a, errNoContent
	}
	a.URL = articleURL(a.URL)
	a.Source = oneLine(a.Source)
	a.Lang = briefbot.LangCode(a.Lang)
	if a.Lang == "" {
		a.Lang = briefbot.LangCode(opt.Lang)
	}
	if a.Source == "" {
		a.Source = oneLine(opt.Source)
	}
	if a.Published.IsZero() {
		a.Published = opt.Published
	}
	if a.Title == "" {
		a.Title = deriveTitle(opt.DeriveTitle, a.Text)
	}
	if a.Text == "" {
		a.Text = a.Title
	}
	return a, nil
}

// oneLine tidies a headline or a name: valid UTF-8, one line, single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}

// paragraphs tidies body text: one paragraph per line, no blank lines,
// single spaces inside a paragraph.
func paragraphs(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	lines := strings.Split(strings.ReplaceAll(s, "\r", "\n"), "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// articleURL returns the canonical form of an absolute http(s) URL, and ""
// for anything else: a relative link or a bare name identifies no page.
func articleURL(raw string) string {
	u := briefbot.CanonicalURL(raw)
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		return ""
	}
	return u
}

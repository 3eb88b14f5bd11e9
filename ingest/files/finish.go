package files

import (
	"errors"

	"briefbot"
	"briefbot/ingest/internal/tidy"
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
	a.Title = tidy.Line(a.Title)
	a.Text = tidy.Paragraphs(a.Text)
	if a.Title == "" && a.Text == "" {
		return a, errNoContent
	}
	a.URL = tidy.URL(a.URL)
	a.Source = tidy.Line(a.Source)
	a.Lang = briefbot.LangCode(a.Lang)
	if a.Lang == "" {
		a.Lang = briefbot.LangCode(opt.Lang)
	}
	if a.Source == "" {
		a.Source = tidy.Line(opt.Source)
	}
	if a.Published.IsZero() {
		a.Published = opt.Published
	}
	if a.Title == "" {
		a.Title = tidy.Title(opt.DeriveTitle, a.Text)
	}
	if a.Text == "" {
		a.Text = a.Title
	}
	return a, nil
}

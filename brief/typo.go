package brief

import (
	"context"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"briefbot"
	"briefbot/geo"
	"briefbot/internal/editdist"
	"briefbot/topics"
)

// typoLanguages are the languages whose country names a mistyped topic is
// compared with.
var typoLanguages = []string{"en", "fr"}

// didYouMean is the topic the user most likely meant when topic has no
// story at all ("koera": "korea"): the nearest, by edit distance between
// folded words, of the countries' names, the places and people of recent
// summaries and the names in recent headlines, when that topic has stories in the window. "" when
// none is near enough, or none has stories.
func (b *Briefer) didYouMean(ctx context.Context, topic string, recent []briefbot.Article, since time.Time) string {
	typed := strings.Join(topics.Words(topic), " ")
	if typed == "" {
		return ""
	}
	written := map[string]string{} // folded → as written
	for _, code := range geo.CountryCodes() {
		for _, l := range typoLanguages {
			if name := geo.CountryName(code, l); name != "" {
				addWritten(written, name)
			}
		}
	}
	_, names := summaryCounts(recent)
	for k, name := range names {
		written[k] = name
	}
	for _, a := range recent {
		headlineNames(written, a.Title)
	}
	delete(written, typed)
	known := make([]string, 0, len(written))
	for k := range written {
		known = append(known, k)
	}
	sort.Strings(known) // the first of equally near ones, whatever the map's order
	best, ok := editdist.Closest(typed, known)
	if !ok || !b.hasStories(ctx, best, since) {
		return ""
	}
	return strings.ToLower(written[best])
}

// headlineNames adds the capitalised words of a headline, of four letters
// or more, which name the people, places and things of the news.
func headlineNames(written map[string]string, title string) {
	for _, f := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsUpper(r) && utf8.RuneCountInString(f) >= 4 {
			addWritten(written, f)
		}
	}
}

func addWritten(written map[string]string, name string) {
	if k := strings.Join(topics.Words(name), " "); k != "" {
		if _, ok := written[k]; !ok {
			written[k] = name
		}
	}
}

// hasStories reports whether topic finds an article seen since since.
func (b *Briefer) hasStories(ctx context.Context, topic string, since time.Time) bool {
	match, err := b.Topics.Match(topic)
	if err != nil {
		return false
	}
	hits, err := b.search(ctx, briefbot.Search{Match: match, Since: since, Limit: 1})
	return err == nil && len(hits) > 0
}

package brief

import (
	"context"
	"maps"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"briefbot"
	"briefbot/geo"
	"briefbot/internal/editdist"
	"briefbot/lang"
	"briefbot/topics"
)

// typoLanguages are the languages whose country names a mistyped topic is
// compared with.
var typoLanguages = []string{"en", "fr"}

// didYouMean is the topic the user most likely meant when topic has no
// story at all ("koera": "korea"): the nearest, by edit distance between
// folded words, of the countries' names, the news lexicon's words (of five
// letters or more), the places and people of recent summaries and the
// names in recent headlines, when that topic has stories in the window. "" when
// none is near enough, or none has stories.
func (b *Briefer) didYouMean(ctx context.Context, topic string, recent []briefbot.Article, since time.Time) string {
	typed := strings.Join(topics.Words(topic), " ")
	if typed == "" {
		return ""
	}
	written := maps.Clone(standingVocabulary()) // folded → as written
	_, names := summaryCounts(recent)
	for k, name := range names {
		written[k] = name
	}
	for _, a := range recent {
		headlineNames(written, a.Title)
	}
	delete(written, typed)
	for _, k := range nearest(typed, written) {
		if b.hasStories(ctx, k, since) {
			return strings.ToLower(written[k])
		}
	}
	return ""
}

// standingVocabulary is the part of a mistyped topic's candidates that
// does not change while briefbot runs: the countries' names and the news
// lexicon's words (of five letters or more), read once.
var standingVocabulary = sync.OnceValue(func() map[string]string {
	written := map[string]string{}
	for _, code := range geo.CountryCodes() {
		for _, l := range typoLanguages {
			if name := geo.CountryName(code, l); name != "" {
				addWritten(written, name)
			}
		}
	}
	for _, c := range lang.AllConcepts() {
		for _, l := range typoLanguages {
			for _, term := range c.Terms(l) {
				if len(term) >= 5 && !strings.Contains(term, " ") {
					addWritten(written, term)
				}
			}
		}
	}
	return written
})

// maxTypoTries is how many of the nearest topics are tried for stories.
const maxTypoTries = 5

// nearest lists the keys of written near enough to typed to be what was
// meant (see editdist.Closest), nearest first, at most maxTypoTries.
func nearest(typed string, written map[string]string) []string {
	type near struct {
		key  string
		dist int
	}
	var ns []near
	for k := range written {
		if best, ok := editdist.Closest(typed, []string{k}); ok {
			ns = append(ns, near{best, editdist.Distance(typed, k)})
		}
	}
	sort.Slice(ns, func(i, j int) bool {
		return ns[i].dist < ns[j].dist || ns[i].dist == ns[j].dist && ns[i].key < ns[j].key
	})
	out := make([]string, 0, maxTypoTries)
	for _, n := range ns[:min(len(ns), maxTypoTries)] {
		out = append(out, n.key)
	}
	return out
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
	match, words, err := b.match(ctx, topic)
	if err != nil {
		return false
	}
	hits, err := b.search(ctx, briefbot.Search{Match: match, Since: since, Limit: 1}, words)
	return err == nil && len(hits) > 0
}

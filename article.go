// Package briefbot holds the domain of the news bot: articles, their
// summaries, stories, subscriptions, the error type, and the ports that the
// adapters (storage, summarizer, platforms) implement. It imports only the
// standard library.
package briefbot

import (
	"context"
	"time"
)

// Article is one news article as briefbot stores it.
type Article struct {
	ID        int64
	Source    string    // feed or site name; "" when unknown
	URL       string    // canonical URL (see CanonicalURL); "" for a local file with none
	Title     string    // headline
	Lang      string    // ISO 639-1 code such as "en" or "fr"; "" when unknown
	Published time.Time // zero when the article carries no date
	Ingested  time.Time // when briefbot stored it
	Text      string    // body text, paragraphs separated by newlines
	Sample    bool      // part of the bundled sample corpus
	FeedID    int64     // the feed it came from; 0 for files and samples
	StoryID   int64     // the story it reports: the id of the first article of that story
	Summary   Summary
	// SummaryError says why the article has no summary: the summarizer
	// failed on it, and `briefbot resummarize` may retry. "" when the
	// summary was written.
	SummaryError string
	// Keys are the article's exact search keys: the places and concepts
	// it speaks of, each as one key in any language (see Term.Key), so
	// that a topic finds it with a handful of exact terms. KeysVersion is
	// the version of the rules that wrote them (topics.KeysVersion); 0 for
	// an article whose keys were never written.
	Keys        []string
	KeysVersion int
}

// Seen is the time an article counts at: its publication time, or when it
// was ingested for an article that carries no date.
func (a Article) Seen() time.Time {
	if !a.Published.IsZero() {
		return a.Published
	}
	return a.Ingested
}

// Summary is the structured summary of one article: who, what, where, when,
// and one line. Its JSON form is the contract of `briefbot summarize -json`.
type Summary struct {
	Who   []string `json:"who"`
	What  string   `json:"what"`
	Where []string `json:"where"`
	// WhereInferred says Where names no place the text gives but the
	// country of the main actor ("the Federal Reserve" → United States),
	// for an article that names no place.
	WhereInferred bool   `json:"where_inferred,omitempty"`
	When          string `json:"when"`      // YYYY-MM-DD, or "" when unknown
	WhenText      string `json:"when_text"` // the words the text uses for the date
	Summary       string `json:"summary"`   // one sentence, at most 280 characters
	Lang          string `json:"lang"`      // language of the article, ISO 639-1
}

// Document is what a Summarizer reads.
type Document struct {
	Title     string
	Text      string
	Lang      string    // a language tag from the source, "" when it gave none
	Published time.Time // zero when unknown; relative dates resolve against it
	// Cleaned says Text has been cleaned of page furniture already, one
	// paragraph a line, as ingest cleans an article's text once before it
	// stores and summarizes it; the summarizer then reads Text as it is.
	// False: the summarizer cleans Text first.
	Cleaned bool
}

// Summarizer writes the structured summary of a document, offline.
type Summarizer interface {
	Summarize(ctx context.Context, doc Document) (Summary, error)
}

// Story is one news story: the articles that report it, best first.
type Story struct {
	ID       int64
	Headline string
	Summary  Summary
	Articles []Article
	Score    float64 // ranking score; higher is better
}

// Latest is the newest Seen time among the story's articles.
func (s Story) Latest() time.Time {
	var t time.Time
	for _, a := range s.Articles {
		if a.Seen().After(t) {
			t = a.Seen()
		}
	}
	return t
}

// ChatRef names one chat on one platform.
type ChatRef struct {
	Platform string // "console", "telegram", "discord"
	ID       string // the platform's chat id
}

// String renders the chat reference as platform:id.
func (c ChatRef) String() string { return c.Platform + ":" + c.ID }

// Subscription is a chat's daily digest on one topic.
type Subscription struct {
	ID        int64
	Chat      ChatRef
	Topic     string
	LocalTime string // HH:MM in Zone
	Zone      string // IANA time zone name
	Created   time.Time

	NotifyEmpty bool      // send a "nothing new" note on a day with no new story
	Paused      string    // why deliveries stopped (the chat blocked the bot or is gone); "" when active
	LastDate    string    // local date (YYYY-MM-DD) of the last digest decided: sent, empty or skipped
	LastDigest  time.Time // when the last digest was built; the next holds stories seen since

	// Lang is the language the chat read briefbot in when it subscribed
	// ("" when unknown): its digests are written in it unless the chat
	// has set a language of its own (SubscriptionStore.ChatLanguage).
	Lang string
}

// Package bot is briefbot's chat core: the command router, the requests
// and the platform-neutral messages that each chat adapter renders, what a
// platform reports of a send, rate limits and fair per-chat queues. The
// features (brief, ask, digest, feeds) register their commands on the
// router. It imports only the standard library and the briefbot domain.
package bot

import (
	"context"
	"strings"
	"time"

	"briefbot"
)

// Request is one message a user sent to the bot.
type Request struct {
	Chat   briefbot.ChatRef
	UserID string
	Text   string
	Admin  bool // the sender may manage feeds (set by the platform adapter)

	// Shared marks a chat of several people (a group or a channel): only
	// its administrators may change its digests and time zone.
	Shared bool
	// ChatAdmin reports whether the sender administers the chat. It is
	// asked only when a Shared chat is to be changed, so an adapter may
	// look it up then; nil means no.
	ChatAdmin func(ctx context.Context) (bool, error)
}

// Message is a reply in a platform-neutral form: adapters render it as
// console text, Telegram HTML or Discord embeds.
type Message struct {
	Title  string   // a heading, may be empty
	Lines  []string // plain paragraphs before the items
	Items  []Item   // stories
	Footer []string // plain paragraphs after the items
}

// Item is one story in a reply.
type Item struct {
	Headline string
	Summary  briefbot.Summary
	Sources  []Source
	Seen     time.Time // when the story was published (or ingested)
	Dated    bool      // show the date prominently: the story is older than the window asked for
}

// Source is one article behind a story.
type Source struct {
	Name string `json:"name"`
	URL  string `json:"url"`
}

// Handler answers requests; the Router is one.
type Handler interface {
	Handle(ctx context.Context, req Request) Message
}

// Text makes a reply of plain paragraphs.
func Text(lines ...string) Message { return Message{Lines: lines} }

// Plain is the message's text without its stories: the title, the lines and
// the footer, one paragraph a line.
func (m Message) Plain() string {
	return m.Title + "\n" + strings.Join(m.Lines, "\n") + "\n" + strings.Join(m.Footer, "\n")
}

// FiveW renders a summary's "Who · What · Where · When" line; empty fields
// are left out.
func FiveW(s briefbot.Summary) string {
	var parts []string
	if len(s.Who) > 0 {
		parts = append(parts, "Who: "+strings.Join(s.Who, ", "))
	}
	if s.What != "" {
		parts = append(parts, "What: "+s.What)
	}
	if len(s.Where) > 0 {
		parts = append(parts, "Where: "+strings.Join(s.Where, ", "))
	}
	if when := whenText(s); when != "" {
		parts = append(parts, "When: "+when)
	}
	return strings.Join(parts, " · ")
}

func whenText(s briefbot.Summary) string {
	if s.When != "" {
		return s.When
	}
	return s.WhenText
}

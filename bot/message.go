// Package bot is briefbot's chat core: the command router, the requests
// and the platform-neutral messages (with their actions) that each chat
// adapter renders, the Platform an adapter is, what a platform reports of
// a send, rate limits and fair per-chat queues. The features (brief, ask,
// digest, feeds) register their commands on the router and fill the
// actions of their messages; adapters hold no product logic. It imports
// only the standard library and the briefbot domain.
package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"briefbot"
)

// Request is one message a user sent to the bot, or one press of an
// Action, which arrives as its Command.
type Request struct {
	Chat   briefbot.ChatRef
	UserID string
	Text   string
	Admin  bool // the sender may manage feeds (set by the platform adapter)

	// FollowUp marks a reply to one of the bot's own messages: the router
	// answers its text with the follow-up command (see Router.FollowUp),
	// unless the text is a command itself.
	FollowUp bool

	// Shared marks a chat of several people (a group or a channel): only
	// its administrators may change its digests and time zone.
	Shared bool
	// ChatAdmin reports whether the sender administers the chat. It is
	// asked only when a Shared chat is to be changed, so an adapter may
	// look it up then; nil means no.
	ChatAdmin func(ctx context.Context) (bool, error)

	// Lang is the language to answer in. The adapter sets the platform's
	// (ServedLang of the sender's or the chat's language, "" when it tells
	// none briefbot speaks); the router replaces it with the chat's own
	// choice (/language) when it made one, else with its default when it
	// is "", before any command reads it.
	Lang string
}

// MayChange reports whether the sender may change the chat's settings (its
// digests, time zone and language): anyone may change a private chat's,
// and only its administrators a Shared chat's.
func (req Request) MayChange(ctx context.Context) (bool, error) {
	if !req.Shared {
		return true, nil
	}
	if req.ChatAdmin == nil {
		return false, nil
	}
	ok, err := req.ChatAdmin(ctx)
	if err != nil {
		return false, fmt.Errorf("check the sender administers %s: %w", req.Chat, err)
	}
	return ok, nil
}

// Message is a reply in a platform-neutral form: adapters render it as
// console text, Telegram HTML or Discord embeds.
type Message struct {
	Title  string   // a heading, may be empty
	Lines  []string // plain paragraphs before the items
	Items  []Item   // stories
	Footer []string // plain paragraphs after the items
	Start  int      // the number of the first item, for a page after the first; 0 is 1

	// Actions are what a user may do next with the message, filled by the
	// feature that wrote it. Adapters that have buttons show them under
	// the message and send a press back as a Request; others show nothing.
	Actions []Action

	// Lang is the language the message is written in, whose Labels its
	// adapter labels it with (Who, Source…); "" is DefaultLang. The
	// router sets the request's when the command left it "".
	Lang string
}

// Action is a button under a message: pressing it sends Command as the
// presser, with every check a typed command gets.
type Action struct {
	Label   string // what the button says, e.g. "More"
	Command string // what it runs, e.g. "/brief korea 10"
	// Replace asks for the reply to take the place of the message pressed
	// (a next page), where the platform can edit its messages. A reply
	// without items, such as a refusal, comes as a new message instead.
	Replace bool
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

// Number is the number of the message's i-th item (from 0), as shown.
func (m Message) Number(i int) int { return max(m.Start, 1) + i }

// Empty reports whether a reply has nothing to show: adapters send nothing
// for it, as for the core's silence towards a flood.
func (m Message) Empty() bool {
	return m.Title == "" && len(m.Lines) == 0 && len(m.Items) == 0 && len(m.Footer) == 0
}

// Plain is the message's text without its stories: the title, the lines and
// the footer, one paragraph a line.
func (m Message) Plain() string {
	return m.Title + "\n" + strings.Join(m.Lines, "\n") + "\n" + strings.Join(m.Footer, "\n")
}

// Package platformtest is the behaviour every chat platform adapter shares,
// as one suite each adapter runs from its own tests:
//
//	func TestPlatform(t *testing.T) {
//		platformtest.Run(t, func(t *testing.T, h bot.Handler) platformtest.Driver { … })
//	}
//
// The suite answers through a small router of its own (its commands are
// /echo, /page and /question), so that it tests the adapter and not the
// features. The driver speaks to the adapter as its users and its platform
// would: it sends their messages and button presses, and reads back what
// the adapter sent.
package platformtest

import (
	"context"
	"time"

	"briefbot"
	"briefbot/bot"
)

// Driver drives one platform adapter in a test, answering through the
// handler the suite gave it. Chats and users are named by numbers
// ("42", "7") that the driver maps to its platform's.
type Driver interface {
	// Caps says what the platform can do; the suite skips what it cannot.
	Caps() Caps
	// Platform is the adapter under test.
	Platform() bot.Platform
	// Chat is the briefbot identity of a chat.
	Chat(chat string) briefbot.ChatRef
	// Say sends text from user in chat.
	Say(user, chat, text string)
	// ReplyTo sends text from user in chat as a reply to the bot's last
	// message there (FollowUps only).
	ReplyTo(user, chat, text string)
	// Press presses the button labelled a.Label under the latest message
	// in chat that has one; on a platform without buttons the user types
	// a.Command instead.
	Press(user, chat string, a bot.Action)
	// Replies returns what the adapter sent since the last call, once it
	// has answered everything said and pressed.
	Replies() []Reply
	// Fail makes the adapter's next send fail as the platform fails for
	// kind, one of bot.RetryLater (asking to wait wait), bot.ChatGone,
	// bot.SendFailed (a refusal) and bot.Unknown (the connection dropped
	// once the request was written). Network only.
	Fail(kind string, wait time.Duration)
}

// Caps are what a platform can do.
type Caps struct {
	Buttons   bool // it shows a message's actions as buttons
	FollowUps bool // a user can reply to one of the bot's messages
	Network   bool // it sends over a network, which can fail in every way a SendError tells
}

// Reply is one message the adapter sent, as its user sees it.
type Reply struct {
	Chat    string   // as the driver names chats
	Text    string   // without markup
	Buttons []string // the labels of the buttons under it
	Edit    bool     // it took the place of an earlier message
}

// tracker records what a platform's Send reports of each part.
type tracker struct {
	from    int
	sending []int
	sent    []int
}

func (t *tracker) From() int { return t.from }

func (t *tracker) Sending(_ context.Context, part, _ int) error {
	t.sending = append(t.sending, part)
	return nil
}

func (t *tracker) Sent(_ context.Context, part int) error {
	t.sent = append(t.sent, part)
	return nil
}

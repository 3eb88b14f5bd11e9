package bot

import (
	"context"
	"fmt"

	"briefbot"
)

// Platform is one chat platform: the console, Telegram, Discord. It
// answers its users' messages and button presses through a Handler, and
// delivers messages (the digests) to its chats for the scheduler. An
// adapter holds no product logic: what to answer, which buttons a message
// carries and what a follow-up means are the Handler's.
type Platform interface {
	// Name is the platform's name in a briefbot.ChatRef, e.g. "telegram".
	Name() string
	// Run answers users through h until ctx is done, or until the
	// platform ends (the console's input does); it returns an error only
	// when the platform cannot go on (a token refused).
	Run(ctx context.Context, h Handler) error
	// Send delivers msg to one of its chats, part by part, as Sender says.
	Send(ctx context.Context, chat briefbot.ChatRef, msg Message, t Tracker) error
	// Limits are the platform's sending limits, which the scheduler keeps.
	Limits() Limits
}

// Senders returns a Sender that delivers each message through its chat's
// platform, one of platforms. A chat of any other platform gets a
// SendFailed error saying that its platform is not running: its digest
// waits, and is tried again later.
func Senders(platforms ...Platform) Sender {
	s := senders{}
	for _, p := range platforms {
		s[p.Name()] = p
	}
	return s
}

type senders map[string]Platform

func (s senders) Send(ctx context.Context, chat briefbot.ChatRef, msg Message, t Tracker) error {
	p, ok := s[chat.Platform]
	if !ok {
		return &SendError{Kind: SendFailed, Part: t.From(), Err: fmt.Errorf("platform %q is not running", chat.Platform)}
	}
	return p.Send(ctx, chat, msg, t)
}

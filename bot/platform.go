package bot

import (
	"context"
	"errors"
	"fmt"
	"sync"

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

// Serving is a platform and the handler it answers through.
type Serving struct {
	Platform
	Handler Handler
}

// RunAll runs every platform until ctx is done. The first to stop (the
// console at the end of its input) or to fail stops the others, and the
// failures are returned, each named by its platform. With no platform, it
// waits for ctx.
func RunAll(ctx context.Context, platforms ...Serving) error {
	if len(platforms) == 0 {
		<-ctx.Done()
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make([]error, len(platforms))
	var wg sync.WaitGroup
	for i, p := range platforms {
		wg.Go(func() {
			defer cancel()
			if err := p.Run(ctx, p.Handler); err != nil {
				errs[i] = fmt.Errorf("%s: %w", p.Name(), err)
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Package scheduler delivers the daily digests: it decides from stored state
// which subscriptions are due, claims each (subscription, local date) in the
// delivery log before sending, and fans the digests out through each
// platform's rate limits. Time is a parameter and waiting goes through a
// Clock, so every schedule is tested with fixed times. It imports only the
// standard library, the briefbot domain and the bot core.
package scheduler

import (
	"context"
	"errors"
	"fmt"
	"time"

	"briefbot"
	"briefbot/bot"
)

// Sender delivers one message to one chat on its platform.
type Sender interface {
	Send(ctx context.Context, chat briefbot.ChatRef, msg bot.Message) error
}

// SendFunc adapts a function to the Sender interface.
type SendFunc func(ctx context.Context, chat briefbot.ChatRef, msg bot.Message) error

// Send calls f.
func (f SendFunc) Send(ctx context.Context, chat briefbot.ChatRef, msg bot.Message) error {
	return f(ctx, chat, msg)
}

// Kinds of send failure.
const (
	RetryLater = "retry_after" // the platform asked us to wait (HTTP 429)
	ChatGone   = "chat_gone"   // the chat blocked the bot or no longer exists (403, chat not found)
	SendFailed = "failed"      // anything else; nothing was delivered
)

// SendError is a classified send failure; a Sender returns it so the
// scheduler knows whether to wait, to pause the chat or to try again later.
type SendError struct {
	Kind       string
	RetryAfter time.Duration // for RetryLater
	Err        error
}

func (e *SendError) Error() string {
	if e.Kind == RetryLater {
		return fmt.Sprintf("send: retry after %s: %v", e.RetryAfter, e.Err)
	}
	return fmt.Sprintf("send: %s: %v", e.Kind, e.Err)
}

func (e *SendError) Unwrap() error { return e.Err }

// classify returns the kind of a send error and how long to wait.
func classify(err error) (kind string, wait time.Duration) {
	var se *SendError
	if errors.As(err, &se) {
		return se.Kind, se.RetryAfter
	}
	return SendFailed, 0
}

// Clock tells the time and waits; tests use one whose Sleep moves time on.
type Clock interface {
	Now() time.Time
	Sleep(ctx context.Context, d time.Duration) error
}

// RealClock is the wall clock.
type RealClock struct{}

// Now returns the current time.
func (RealClock) Now() time.Time { return time.Now() }

// Sleep waits for d or until ctx is done.
func (RealClock) Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

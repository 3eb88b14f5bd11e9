package digest

import (
	"context"
	"errors"
	"time"

	"briefbot"

	"briefbot/bot"
)

// classify returns a send error's kind, wait and part. An error that is no
// *bot.SendError says nothing of its outcome: it counts as Unknown.
func classify(err error) (kind string, wait time.Duration, part int, ok bool) {
	var se *bot.SendError
	if errors.As(err, &se) {
		return se.Kind, se.RetryAfter, se.Part, true
	}
	return bot.Unknown, 0, 0, false
}

// Clock tells the time and waits; tests use one whose Sleep moves time on.
type Clock interface {
	Now() time.Time
	Sleep(ctx context.Context, d time.Duration) error
}

// NowClock tells the time with its function, such as a program's fixed
// time in tests, and waits in real time.
type NowClock func() time.Time

// Now returns the function's time.
func (c NowClock) Now() time.Time { return c() }

// Sleep waits for d or until ctx is done.
func (NowClock) Sleep(ctx context.Context, d time.Duration) error { return briefbot.Sleep(ctx, d) }

// RealClock is the wall clock.
type RealClock struct{}

// Now returns the current time.
func (RealClock) Now() time.Time { return time.Now() }

// Sleep waits for d or until ctx is done.
func (RealClock) Sleep(ctx context.Context, d time.Duration) error { return briefbot.Sleep(ctx, d) }

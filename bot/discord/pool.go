package discord

import (
	"context"
	"time"

	"briefbot"
	"briefbot/bot"
)

// DefaultWorkers is how many interactions are answered at once.
const DefaultWorkers = 8

// Bounds of the work held for the channels.
const (
	ackWorkers     = 16 // first answers in flight at once
	ackTimeout     = 10 * time.Second
	channelBacklog = 20   // interactions of one channel waiting; its further ones are refused
	channelOutbox  = 10   // replies of one channel waiting before its next interaction waits for them
	heldWork       = 1000 // interactions of all channels waiting; more are refused
	drainTimeout   = 5 * time.Second
)

func newLanes(workers int, contained func(stage string, err error)) *bot.Lanes[string] {
	if workers < 1 {
		workers = DefaultWorkers
	}
	return bot.NewLanes[string](bot.LanesOptions{Workers: workers, Backlog: channelBacklog,
		Outbox: channelOutbox, Capacity: heldWork, OnPanic: contained})
}

// goAck runs f, which gives an interaction its first answer, on a
// goroutine of its own, at most ackWorkers at once: the gateway's loop
// never waits for Discord to take an answer, and a slow answer holds up
// no other.
func (b *Bot) goAck(f func(ctx context.Context)) {
	b.ackWG.Add(1)
	go func() {
		defer b.ackWG.Done()
		b.acks <- struct{}{}
		defer func() { <-b.acks }()
		ctx, cancel := context.WithTimeout(b.ctx, ackTimeout)
		defer cancel()
		if err := briefbot.Contain("interaction", func() { f(ctx) }); err != nil {
			b.contained("interaction", err)
		}
	}()
}

// Wait waits until every interaction and message taken is answered and
// its replies sent; for tests, and for a stop.
func (b *Bot) Wait(ctx context.Context) error {
	done := make(chan struct{})
	go func() { b.ackWG.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		return ctx.Err()
	}
	return b.lanes.Wait(ctx)
}

// drain waits for the work taken to be answered and its replies sent, up
// to drainTimeout; what is still waiting then is abandoned and logged, so
// that a stop ends within a service manager's patience.
func (b *Bot) drain() {
	ctx, cancel := context.WithTimeout(context.Background(), drainTimeout)
	defer cancel()
	if err := b.Wait(ctx); err == nil {
		return
	}
	b.log.Warn("discord: stopping without the interactions and replies still waiting", "waited", drainTimeout.String())
	b.lanes.Abandon()
	_ = b.lanes.Wait(context.Background())
}

package digest

import (
	"context"
	"errors"
	"sync"
	"time"

	"briefbot"
)

// Ticks calls tick at each tick of a schedule until ctx is done and
// returns after the tick in flight; the program's is every minute, by
// cron (digest/cronticks).
type Ticks func(ctx context.Context, tick func(ctx context.Context, now time.Time)) error

// Run delivers the digests until ctx is done: once at once (to catch up
// after downtime), then at every tick of ticks, and a second after the
// lease of a digest another scheduler held expires (it died mid-digest).
// Ticks never overlap; a tick's failure is logged and a panic in one is
// contained, so the next tick runs. Run returns after the tick in flight.
func (s *Scheduler) Run(ctx context.Context, ticks Ticks) {
	s.init()
	var mu sync.Mutex
	takeovers := make(chan time.Time, 1)
	tick := func(ctx context.Context, _ time.Time) {
		mu.Lock()
		defer mu.Unlock()
		s.containedTick(ctx)
		if at := s.NextTakeover(); !at.IsZero() {
			select {
			case takeovers <- at:
			default: // one is waiting already
			}
		}
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		tick(ctx, s.Clock.Now())
		if err := ticks(ctx, tick); err != nil {
			s.Log.Error("digests stopped", "err", err)
		}
	})
	wg.Go(func() {
		for {
			select {
			case <-ctx.Done():
				return
			case at := <-takeovers:
				if s.Clock.Sleep(ctx, at.Sub(s.Clock.Now())+time.Second) != nil {
					return
				}
				tick(ctx, s.Clock.Now())
			}
		}
	})
	wg.Wait()
}

// containedTick runs one tick at the clock's time, logging its failure
// and containing a panic in it.
func (s *Scheduler) containedTick(ctx context.Context) {
	var err error
	if perr := briefbot.Contain("digests", func() { err = s.Tick(ctx, s.Clock.Now()) }); perr != nil {
		err = perr
		if s.OnPanic != nil {
			s.OnPanic("digests")
		}
	}
	if err != nil && !errors.Is(err, context.Canceled) {
		s.Log.Error("digests", "err", err)
	}
}

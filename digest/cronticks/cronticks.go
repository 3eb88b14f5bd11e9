// Package cronticks turns a cron specification into ticks. It is the only
// importer of github.com/robfig/cron/v3, which here decides nothing but
// when to tick: what is due is computed from stored state.
package cronticks

import (
	"context"
	"fmt"
	"time"

	"github.com/robfig/cron/v3"
)

// EveryMinute ticks at the start of every minute.
const EveryMinute = "* * * * *"

// Run calls tick with the time of each tick of spec (standard five-field
// cron) until ctx is done; it returns after the tick in flight finishes.
// A tick that comes while the previous one still runs is dropped.
func Run(ctx context.Context, spec string, tick func(ctx context.Context, now time.Time)) error {
	c := cron.New(cron.WithChain(cron.SkipIfStillRunning(cron.DiscardLogger)))
	if _, err := c.AddFunc(spec, func() { tick(ctx, time.Now()) }); err != nil {
		return fmt.Errorf("cronticks: %q: %w", spec, err)
	}
	c.Start()
	<-ctx.Done()
	<-c.Stop().Done()
	return nil
}

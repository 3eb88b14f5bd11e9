package poll

import (
	"context"
	"time"

	"briefbot"
)

// FeedClaimer is a store that several briefbot processes share, and that
// leases due feeds: ClaimDueFeeds returns up to limit enabled feeds due at
// now, the most overdue first, as DueFeeds does, and in the same step
// moves each one's NextCheck to leaseUntil, so that no other process
// finds it due until the poll that claimed it saves the feed's state (and
// its real next check) or the lease expires (the process died). Two
// processes that claim at once get different feeds. A Poller whose Store
// is a FeedClaimer claims the feeds it polls; with any other store, it is
// the only poller of its feeds.
type FeedClaimer interface {
	ClaimDueFeeds(ctx context.Context, now, leaseUntil time.Time, limit int) ([]briefbot.Feed, error)
}

// pollLease is how long a claimed feed is left to the process that
// claimed it: longer than a poll takes (a feed and its 50 pages at the
// default 20 s time-out, four at a time, some four minutes), so that a
// slow poll is not taken over while it runs; a feed whose poller died is
// polled again by another after it.
const pollLease = 15 * time.Minute

// dueFeeds returns the feeds to poll at now: claimed for this process
// when the store leases feeds, else as the store lists them.
func (p *Poller) dueFeeds(ctx context.Context, now time.Time) ([]briefbot.Feed, error) {
	if c, ok := p.Store.(FeedClaimer); ok {
		return c.ClaimDueFeeds(ctx, now, now.Add(pollLease), maxDuePerTick)
	}
	return p.Store.DueFeeds(ctx, now, maxDuePerTick)
}

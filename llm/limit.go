package llm

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// Limiter bounds the requests in flight at once, over every task: a
// local model serves one or two at a time, and an ingest of a thousand
// articles must queue rather than swamp it. A nil Limiter does not limit.
type Limiter struct {
	slots   chan struct{}
	waiting atomic.Int32 // requests held back, for the tests to see
}

// NewLimiter lets n requests run at once.
func NewLimiter(n int) *Limiter { return &Limiter{slots: make(chan struct{}, max(n, 1))} }

// acquire waits for a slot, or for ctx to end.
func (l *Limiter) acquire(ctx context.Context) error {
	if l == nil {
		return nil
	}
	l.waiting.Add(1)
	defer l.waiting.Add(-1)
	select {
	case l.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (l *Limiter) release() {
	if l != nil {
		<-l.slots
	}
}

// Budget is the tokens a day may use. Once they are spent, requests are
// refused without being sent until the next day (by Now's calendar), and
// the log says so once that day. A nil Budget, or Max 0, does not limit.
type Budget struct {
	Max int
	Now func() time.Time
	Log *slog.Logger

	mu   sync.Mutex
	day  string
	used int
	told bool // the log has said the budget is spent today
}

// allow reports whether a request may be sent: some of today's budget is
// left. A request is never cut short: the one that crosses the budget is
// counted whole, and the next is refused.
func (b *Budget) allow() bool {
	if b == nil || b.Max <= 0 {
		return true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.roll()
	if b.used < b.Max {
		return true
	}
	if !b.told && b.Log != nil {
		b.Log.Warn("llm: the daily token budget is spent; the offline summaries, answers and labels serve until tomorrow",
			"budget", b.Max, "used", b.used, "day", b.day)
	}
	b.told = true
	return false
}

// spend counts n tokens used today.
func (b *Budget) spend(n int) {
	if b == nil || b.Max <= 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.roll()
	b.used += n
}

// Used is the tokens counted today.
func (b *Budget) Used() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.roll()
	return b.used
}

// roll starts a new day's count when the date has changed.
func (b *Budget) roll() {
	if day := b.Now().Format("2006-01-02"); day != b.day {
		b.day, b.used, b.told = day, 0, false
	}
}

package briefbot

import (
	"context"
	"time"
)

// Sleep waits d, or until ctx is done, and then returns ctx's error: the
// one real wait of retries and back-offs, which tests replace with a
// clock of their own.
func Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

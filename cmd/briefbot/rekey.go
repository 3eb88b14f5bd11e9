package main

import (
	"context"
	"time"

	"briefbot/topics"
)

// startRekey builds the index of search keys and writes, in the
// background, the search keys of the articles
// that an older version stored (see ingest.Ingester.Rekey): until then a
// topic finds them by its own words only. The returned function waits for
// it; it stops when ctx ends.
func (a *app) startRekey(ctx context.Context) (wait func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		topics.Load()
		start := time.Now()
		n, err := a.ingester.Rekey(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			a.log.Error("search keys: could not write them all; the next start tries again", "keyed", n, "err", err)
		case n > 0:
			a.log.Info("search keys written for the articles an older version stored", "articles", n, "took", time.Since(start).Round(time.Millisecond))
		}
	}()
	return func() { <-done }
}

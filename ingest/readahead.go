package ingest

import (
	"iter"
	"sync"
)

// readAhead runs items on a goroutine of its own, up to n items ahead of
// the caller, so that reading and parsing files overlaps summarizing and
// storing instead of leaving a core idle between batches. The goroutine
// has returned once the sequence returned has been ranged over, to its
// end or not; a panic in it is raised again in the caller's.
func readAhead(items iter.Seq[item], n int) iter.Seq[item] {
	return func(yield func(item) bool) {
		ch := make(chan item, n)
		done := make(chan struct{})
		var panicked any
		var wg sync.WaitGroup
		wg.Go(func() {
			defer close(ch)
			defer func() { panicked = recover() }()
			for it := range items {
				select {
				case ch <- it:
				case <-done:
					return
				}
			}
		})
		stopped := func() {
			close(done)
			wg.Wait()
		}
		for it := range ch {
			if !yield(it) {
				stopped()
				return
			}
		}
		stopped()
		if panicked != nil {
			panic(panicked)
		}
	}
}

package ingest

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"

	"briefbot"
)

// aheadBatches is how many batches are prepared while one is stored. With
// one, the cores that prepare wait for the store once they are done with
// the next batch; with two, they go on with the one after it, so that
// every core stays busy while the store works.
const aheadBatches = 2

// preparedBatch is a batch of items being prepared; arts[i] or errs[i] is
// set for each article once done is closed.
type preparedBatch struct {
	items []item
	arts  []briefbot.Article
	errs  []error
	next  atomic.Int64 // the first item no worker has begun
	left  atomic.Int64 // the items not yet done
	done  chan struct{}
}

func (p *preparedBatch) wait() { <-p.done }

// preparer prepares batches on runtime.GOMAXPROCS workers, the articles
// of one batch before those of the next. A worker holds one of the cores
// while it prepares an article; the store takes one while it stores a
// batch (see holdCore), so that the store, which every batch waits for,
// never shares its core.
type preparer struct {
	in      *Ingester
	ctx     context.Context
	workers int
	batches chan *preparedBatch // each batch once for each worker
	cores   chan struct{}       // one token a core in use
	wg      sync.WaitGroup
}

// startPreparing starts the workers that prepare batches until stop. Once
// ctx ends, the articles not yet begun fail with ctx's error.
func (in *Ingester) startPreparing(ctx context.Context) *preparer {
	n := runtime.GOMAXPROCS(0)
	p := &preparer{in: in, ctx: ctx, workers: n, batches: make(chan *preparedBatch, n*(aheadBatches+1)),
		cores: make(chan struct{}, n)}
	for range n {
		p.wg.Go(func() {
			for b := range p.batches {
				p.work(b)
			}
		})
	}
	return p
}

// prepare starts preparing the articles of items, after those of the
// batches handed over before.
func (p *preparer) prepare(items []item) *preparedBatch {
	b := &preparedBatch{
		items: items,
		arts:  make([]briefbot.Article, len(items)),
		errs:  make([]error, len(items)),
		done:  make(chan struct{}),
	}
	b.left.Store(int64(len(items)))
	if len(items) == 0 {
		close(b.done)
		return b
	}
	for range p.workers {
		p.batches <- b
	}
	return b
}

// work prepares the articles of b that no other worker has begun.
func (p *preparer) work(b *preparedBatch) {
	for i := int(b.next.Add(1) - 1); i < len(b.items); i = int(b.next.Add(1) - 1) {
		switch it := b.items[i]; {
		case it.failed != nil:
		case p.ctx.Err() != nil:
			b.errs[i] = p.ctx.Err()
		default:
			p.cores <- struct{}{}
			b.arts[i], b.errs[i] = p.in.prepareContained(p.ctx, it.article)
			<-p.cores
		}
		if b.left.Add(-1) == 0 {
			close(b.done)
		}
	}
}

// holdCore takes a core from the workers until release is called: one
// fewer article is prepared at a time meanwhile.
func (p *preparer) holdCore() (release func()) {
	p.cores <- struct{}{}
	return func() { <-p.cores }
}

// stop waits for the articles begun and ends the workers.
func (p *preparer) stop() {
	close(p.batches)
	p.wg.Wait()
}

// prepareContained prepares a, refusing it when a panic escapes the
// steps that prepare contains itself.
func (in *Ingester) prepareContained(ctx context.Context, a briefbot.Article) (out briefbot.Article, err error) {
	if perr := briefbot.Contain("prepare", func() { out, err = in.prepare(ctx, a) }); perr != nil {
		in.recovered(a, perr)
		return a, &briefbot.Error{Code: briefbot.EInvalid, Message: "cannot be read", Err: perr}
	}
	return out, err
}

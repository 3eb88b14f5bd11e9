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
	// own[i] is set for an article that others may be copies of, copyOf[i]
	// for a copy (see copies).
	own, copyOf []*original

	next atomic.Int64 // the first item no worker has begun
	left atomic.Int64 // the items not yet done
	done chan struct{}
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
	copies  *copies
}

// startPreparing starts the workers that prepare batches until stop. Once
// ctx ends, the articles not yet begun fail with ctx's error.
func (in *Ingester) startPreparing(ctx context.Context) *preparer {
	n := runtime.GOMAXPROCS(0)
	p := &preparer{in: in, ctx: ctx, workers: n, batches: make(chan *preparedBatch, n*(aheadBatches+1)),
		cores: make(chan struct{}, n), copies: newCopies()}
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
		items:  items,
		arts:   make([]briefbot.Article, len(items)),
		errs:   make([]error, len(items)),
		own:    make([]*original, len(items)),
		copyOf: make([]*original, len(items)),
		done:   make(chan struct{}),
	}
	for i, it := range items {
		if it.failed == nil {
			b.own[i], b.copyOf[i] = p.copies.note(it.article)
		}
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
		if b.items[i].failed == nil {
			p.prepareItem(b, i)
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

// prepareItem prepares the article of b's item i; a copy that prepare
// does not stop at is one no more.
func (p *preparer) prepareItem(b *preparedBatch, i int) {
	copied := false
	if err := p.ctx.Err(); err != nil {
		b.errs[i] = err
	} else {
		p.cores <- struct{}{}
		b.arts[i], copied, b.errs[i] = p.in.prepareContained(p.ctx, b.items[i].article, b.copyOf[i] != nil)
		<-p.cores
	}
	if !copied {
		b.copyOf[i] = nil
	}
}

// stop waits for the articles begun and ends the workers.
func (p *preparer) stop() {
	close(p.batches)
	p.wg.Wait()
}

// prepareContained prepares a, refusing it when a panic escapes the
// steps that prepare contains itself.
func (in *Ingester) prepareContained(ctx context.Context, a briefbot.Article, copy bool) (out briefbot.Article, copied bool, err error) {
	if perr := briefbot.Contain("prepare", func() { out, copied, err = in.prepare(ctx, a, copy) }); perr != nil {
		in.recovered(a, perr)
		return a, false, &briefbot.Error{Code: briefbot.EInvalid, Message: "cannot be read", Err: perr}
	}
	return out, copied, err
}

// prepareCopies settles the copies of b once the articles they copy are
// stored: a copy of an article that was added is a duplicate; the others
// are prepared in full, on every core, and returned.
func (in *Ingester) prepareCopies(ctx context.Context, b *preparedBatch, outs []outcome) []int {
	var again []int
	for i, of := range b.copyOf {
		switch {
		case of == nil:
		case of.added:
			outs[i] = outcome{duplicate: true}
		default:
			again = append(again, i)
		}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(again)) {
		wg.Go(func() {
			for k := int(next.Add(1) - 1); k < len(again); k = int(next.Add(1) - 1) {
				i := again[k]
				b.arts[i], _, b.errs[i] = in.prepareContained(ctx, b.items[i].article, false)
			}
		})
	}
	wg.Wait()
	return again
}

// noteAdded tells the originals among b's articles whether they were
// added, by their outcomes.
func (b *preparedBatch) noteAdded(outs []outcome) {
	for i, own := range b.own {
		if own != nil {
			own.added = outs[i].err == nil && !outs[i].duplicate
		}
	}
}

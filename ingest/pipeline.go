package ingest

import (
	"context"
	"fmt"
	"iter"
	"slices"

	"briefbot"
)

// StoreBatch is how many articles the Ingester stores in one transaction.
const StoreBatch = 200

// item is one article to ingest, or a file that could not be read, in
// the order the report lists them.
type item struct {
	file    string // the file the article comes from; "" for articles given directly
	article briefbot.Article
	failed  *FileError // set for a file that could not be read; no article then
}

// run ingests items. Articles are gathered into batches of StoreBatch;
// the articles of the next aheadBatches batches are prepared (cleaned,
// titled, summarized) on every core, in order, while one batch is
// stored. The report lists failures in the order of items.
func (in *Ingester) run(ctx context.Context, items iter.Seq[item]) (Report, error) {
	var rep Report
	if err := ctx.Err(); err != nil {
		return rep, fmt.Errorf("ingest: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	nextBatch, stop := iter.Pull(batches(items, StoreBatch))
	pool := in.startPreparing(ctx)
	defer func() {
		cancel()
		pool.stop() // no summarizer runs once the ingest has returned
		stop()
	}()
	var queue []*preparedBatch // being prepared, in order
	fill := func() {
		for len(queue) <= aheadBatches {
			b, ok := nextBatch()
			if !ok {
				return
			}
			queue = append(queue, pool.prepare(b))
		}
	}
	for fill(); len(queue) > 0; fill() {
		cur := queue[0]
		cur.wait()
		queue = queue[1:]
		if err := ctx.Err(); err != nil {
			return rep, fmt.Errorf("ingest: %w", err)
		}
		release := pool.holdCore()
		err := in.storeBatch(ctx, cur, &rep)
		release()
		if err != nil {
			return rep, err
		}
	}
	if err := ctx.Err(); err != nil {
		return rep, fmt.Errorf("ingest: %w", err)
	}
	return rep, nil
}

// batches groups items so that each group holds up to n articles. The
// last batch is stored alone, on one core, once every other is done; so
// that it is short, batches after the first are cut only once n more
// articles have been read behind them, and the last up to 2n articles
// are cut into two halves instead of a full batch and a remainder.
func batches(items iter.Seq[item], n int) iter.Seq[[]item] {
	return func(yield func([]item) bool) {
		var held []item // read, not yet yielded
		articles, first := 0, true
		for it := range items {
			held = append(held, it)
			if it.failed == nil {
				articles++
			}
			if articles == n && first || articles == 2*n {
				cut := cutAt(held, n)
				if !yield(held[:cut:cut]) {
					return
				}
				held, first = slices.Clone(held[cut:]), false
				articles = countArticles(held)
			}
		}
		if articles > n {
			cut := cutAt(held, (articles+1)/2)
			if !yield(held[:cut:cut]) {
				return
			}
			held = held[cut:]
		}
		if len(held) > 0 {
			yield(held)
		}
	}
}

// cutAt is the length of the first items of b that hold n articles.
func cutAt(b []item, n int) int {
	for i, it := range b {
		if it.failed == nil {
			if n--; n == 0 {
				return i + 1
			}
		}
	}
	return len(b)
}

// countArticles counts the articles among b.
func countArticles(b []item) int {
	n := 0
	for _, it := range b {
		if it.failed == nil {
			n++
		}
	}
	return n
}

// outcome is what became of one article.
type outcome struct {
	duplicate bool
	err       error // why the article was refused; always a *briefbot.Error
}

// storeBatch stores the prepared articles of one batch and adds what
// became of each item, in order, to rep. A copy (see copies) of an
// article that was added is a duplicate without being stored; a copy of
// one that was not is prepared in full and stored after the others.
func (in *Ingester) storeBatch(ctx context.Context, p *preparedBatch, rep *Report) error {
	outs := make([]outcome, len(p.items))
	var first []int // the items stored first: all but the copies
	for i, of := range p.copyOf {
		if of == nil {
			first = append(first, i)
		}
	}
	if err := in.storeItems(ctx, p, first, outs); err != nil {
		return err
	}
	p.noteAdded(outs)
	if again := in.prepareCopies(ctx, p, outs); len(again) > 0 {
		if err := in.storeItems(ctx, p, again, outs); err != nil {
			return err
		}
	}
	for i, it := range p.items {
		if it.failed != nil {
			rep.Failed = append(rep.Failed, *it.failed)
			continue
		}
		if o := outs[i]; o.err == nil && !o.duplicate && p.arts[i].SummaryError != "" {
			rep.Unsummarized++
		}
		in.count(rep, it, outs[i])
	}
	return nil
}

// storeItems stores the prepared articles of the items of p at the
// places picked, in one call, and writes what became of each to outs.
func (in *Ingester) storeItems(ctx context.Context, p *preparedBatch, picked []int, outs []outcome) error {
	ready := make([]briefbot.Article, 0, len(picked))
	named := make([]item, 0, len(picked)) // the items of ready, to name them
	at := make([]int, 0, len(picked))     // their places in p
	for _, i := range picked {
		switch {
		case p.items[i].failed != nil:
		case p.errs[i] != nil:
			outs[i] = outcome{err: p.errs[i]}
		default:
			ready, named, at = append(ready, p.arts[i]), append(named, p.items[i]), append(at, i)
		}
	}
	stored, err := in.addAll(ctx, named, ready)
	if err != nil {
		return err
	}
	for k, i := range at {
		outs[i] = stored[k]
	}
	return nil
}

// count adds one article's outcome to rep.
func (in *Ingester) count(rep *Report, it item, o outcome) {
	switch {
	case o.err != nil:
		name := articleName(it.file, it.article)
		in.log().Warn("ingest: article refused", "article", name, "err", o.err)
		rep.Failed = append(rep.Failed, FileError{Name: name, Err: fmt.Errorf("%s: %w", name, o.err)})
	case o.duplicate:
		rep.Duplicates++
	default:
		rep.Added++
	}
}

// addAll stores arts, prepared from items, in one call. When the store
// refuses the batch for one article's sake (EInvalid, EConflict), it
// stores them one by one to learn which. The error is for what stops the
// whole ingest.
func (in *Ingester) addAll(ctx context.Context, items []item, arts []briefbot.Article) ([]outcome, error) {
	if len(arts) == 0 {
		return nil, nil
	}
	res, err := in.Store.AddArticles(ctx, arts)
	switch code := briefbot.ErrorCode(err); {
	case err == nil:
		out := make([]outcome, len(res))
		for i, r := range res {
			out[i].duplicate = r.Duplicate
		}
		return out, nil
	case ctx.Err() != nil:
		return nil, fmt.Errorf("ingest: %w", ctx.Err())
	case code == briefbot.EInvalid || code == briefbot.EConflict:
		return in.addEach(ctx, items, arts)
	default:
		return nil, fmt.Errorf("ingest: storing %s: %w", batchName(items), err)
	}
}

// addEach stores arts, prepared from items, one by one.
func (in *Ingester) addEach(ctx context.Context, items []item, arts []briefbot.Article) ([]outcome, error) {
	out := make([]outcome, len(arts))
	for i, a := range arts {
		res, err := in.Store.AddArticle(ctx, a)
		switch code := briefbot.ErrorCode(err); {
		case err == nil:
			out[i].duplicate = res.Duplicate
		case ctx.Err() != nil:
			return nil, fmt.Errorf("ingest: %w", ctx.Err())
		case code == briefbot.EConflict:
			out[i].duplicate = true
		case code == briefbot.EInvalid:
			out[i].err = err
		default:
			return nil, fmt.Errorf("ingest: %s: %w", articleName(items[i].file, items[i].article), err)
		}
	}
	return out, nil
}

// batchName names the articles of items in an error message: by their
// files when they come from files.
func batchName(items []item) string {
	var files []string
	for _, it := range items {
		if it.file != "" && (len(files) == 0 || files[len(files)-1] != it.file) {
			files = append(files, it.file)
		}
	}
	name := plural(len(items), "article")
	switch {
	case len(files) == 1:
		name += " of " + files[0]
	case len(files) > 1:
		name += fmt.Sprintf(" of %s and %d more files", files[0], len(files)-1)
	}
	return name
}

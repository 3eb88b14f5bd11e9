package poll

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"briefbot"
)

// take stores the items of a fetched feed that were never taken before. On a
// feed's first successful fetch only recent items count as new, so a newly
// added feed does not flood anyone with its archive. Items go newest first,
// a batch at a time: each batch's pages are read, its articles ingested and
// its items recorded as taken before the next batch begins, so a stop
// keeps every batch done and the next poll takes only the rest. Only the
// newest MaxPages items that carry just a snippet get their page read; the
// others keep the feed's text.
func (p *Poller) take(ctx context.Context, f briefbot.Feed, fetched Fetched, now time.Time, first bool) error {
	items := withKeys(fetched.Items)
	keys := keysOf(items)
	unseen, err := p.Store.UnseenItems(ctx, f.ID, keys)
	if err != nil {
		return fmt.Errorf("poll: unseen items: %w", err)
	}
	todo, old := p.fresh(pick(items, unseen), now, first)
	if len(old) > 0 {
		if err := p.Store.MarkItemsSeen(ctx, f.ID, keysOf(old), now); err != nil {
			return err
		}
	}
	plan := p.plan(f, todo)
	var done batchCounts
	for batch := range slices.Chunk(plan, p.Opt.withDefaults().Batch) {
		if ctx.Err() != nil {
			return stopped(ctx, done, plan)
		}
		got, err := p.takeBatch(ctx, f, fetched, batch, now)
		done.add(got)
		if err != nil {
			return err
		}
		p.log().Debug("feed batch stored", "feed", f.URL, "taken", done.taken, "of", len(plan))
		if got.taken < len(batch) { // a stop cut page reads short
			return stopped(ctx, done, plan)
		}
	}
	if len(plan) > 0 {
		p.log().Info("feed polled", "feed", f.URL, "items", len(items), "new", len(plan), "added", done.added, "pages", done.pages)
	}
	p.forget(ctx, f, keys, now)
	return nil
}

// stopped is the error of a poll that ctx stopped with items left.
func stopped(ctx context.Context, done batchCounts, plan []planned) error {
	return fmt.Errorf("poll: stopped after %d of %d new items: %w", done.taken, len(plan), context.Cause(ctx))
}

// fresh splits items into those to take and, on a feed's first fetch,
// those too old to count as news, which are only recorded.
func (p *Poller) fresh(items []Item, now time.Time, first bool) (todo, old []Item) {
	window := p.Opt.withDefaults().FirstWindow
	for _, it := range items {
		if !first || it.Published.IsZero() || now.Sub(it.Published) <= window {
			todo = append(todo, it)
		} else {
			old = append(old, it)
		}
	}
	return todo, old
}

// batchCounts counts what the batches of one poll did.
type batchCounts struct{ taken, added, pages int }

func (c *batchCounts) add(o batchCounts) {
	c.taken += o.taken
	c.added += o.added
	c.pages += o.pages
}

// takeBatch reads the pages of one batch, ingests its articles and records
// its items as taken. An item whose page read a stop cut short is left
// untaken for the next poll; what was read is stored even when the stop
// comes meanwhile, so the work done is not lost.
func (p *Poller) takeBatch(ctx context.Context, f briefbot.Feed, fetched Fetched, batch []planned, now time.Time) (batchCounts, error) {
	arts, read := p.articles(ctx, f, fetched, batch)
	var c batchCounts
	var keys []string
	var keep []briefbot.Article
	for i, it := range batch {
		if read[i] {
			keys = append(keys, it.Key())
			keep = append(keep, arts[i])
			if it.page {
				c.pages++
			}
		}
	}
	commit := context.WithoutCancel(ctx)
	if len(keep) > 0 {
		added, err := p.Ingest(commit, keep)
		if err != nil {
			return c, fmt.Errorf("poll: store: %w", err)
		}
		c.added = added
	}
	if len(keys) > 0 {
		if err := p.Store.MarkItemsSeen(commit, f.ID, keys, now); err != nil {
			return c, err
		}
	}
	c.taken = len(keys)
	return c, nil
}

// forgetAfter is how long the record of an item the feed no longer lists is
// kept, so the table of taken items does not grow for ever.
const forgetAfter = 30 * 24 * time.Hour

// forget drops the records of items that left the feed long ago; a failure
// costs a log line and nothing else. A feed that lists nothing right now
// forgets nothing, lest a feed that comes back whole floods its chats.
func (p *Poller) forget(ctx context.Context, f briefbot.Feed, current []string, now time.Time) {
	if len(current) == 0 {
		return
	}
	if _, err := p.Store.ForgetItems(ctx, f.ID, current, now.Add(-forgetAfter)); err != nil {
		p.log().Warn("feed items not forgotten", "feed", f.URL, "err", err)
	}
}

// withKeys drops items that have neither GUID nor link: nothing could tell
// them apart from one poll to the next.
func withKeys(items []Item) []Item {
	out := items[:0:0]
	for _, it := range items {
		if it.Key() != "" {
			out = append(out, it)
		}
	}
	return out
}

func pick(items []Item, keys []string) []Item {
	want := make(map[string]bool, len(keys))
	for _, k := range keys {
		want[k] = true
	}
	var out []Item
	for _, it := range items {
		if want[it.Key()] {
			out = append(out, it)
			delete(want, it.Key())
		}
	}
	return out
}

func keysOf(items []Item) []string {
	keys := make([]string, len(items))
	for i, it := range items {
		keys[i] = it.Key()
	}
	return keys
}

// prune deletes the articles past retention, at most once an hour.
func (p *Poller) prune(ctx context.Context, now time.Time) {
	opt := p.Opt.withDefaults()
	if p.Prune == nil || opt.Retention <= 0 || !p.pruneDue(now) {
		return
	}
	n, err := p.Prune(ctx, now.Add(-opt.Retention))
	if err != nil {
		p.log().Error("retention: articles not deleted", "err", err)
		return
	}
	if n > 0 {
		p.log().Info("retention: old articles deleted", "articles", n)
	}
}

// pruneDue tells whether an hour has passed since the last prune, and if
// so counts this one as done.
func (p *Poller) pruneDue(now time.Time) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if now.Sub(p.lastPrune) < time.Hour {
		return false
	}
	p.lastPrune = now
	return true
}

func (p *Poller) log() *slog.Logger {
	if p.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return p.Log
}

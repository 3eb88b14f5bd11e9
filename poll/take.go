package poll

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"briefbot"
)

// take stores the items of a fetched feed that were never taken before. On a
// feed's first successful fetch only recent items count as new, so a newly
// added feed does not flood anyone with its archive.
func (p *Poller) take(ctx context.Context, f briefbot.Feed, fetched Fetched, now time.Time, first bool) error {
	items := withKeys(fetched.Items)
	keys := make([]string, len(items))
	for i, it := range items {
		keys[i] = it.Key()
	}
	unseen, err := p.Store.UnseenItems(ctx, f.ID, keys)
	if err != nil {
		return fmt.Errorf("poll: unseen items: %w", err)
	}
	var todo []Item
	for _, it := range pick(items, unseen) {
		if !first || it.Published.IsZero() || now.Sub(it.Published) <= p.Opt.withDefaults().FirstWindow {
			todo = append(todo, it)
		}
	}
	arts := p.articles(ctx, f, fetched, todo)
	if len(arts) > 0 {
		added, err := p.Ingest(ctx, arts)
		if err != nil {
			return fmt.Errorf("poll: store: %w", err)
		}
		p.log().Info("feed polled", "feed", f.URL, "items", len(items), "new", len(arts), "added", added)
	}
	if err := p.Store.MarkItemsSeen(ctx, f.ID, unseen, now); err != nil {
		return err
	}
	p.forget(ctx, f, keys, now)
	return nil
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

// articles turns items into articles, reading their pages a few at a time.
func (p *Poller) articles(ctx context.Context, f briefbot.Feed, fetched Fetched, items []Item) []briefbot.Article {
	arts := make([]briefbot.Article, len(items))
	sem := make(chan struct{}, p.Opt.withDefaults().Concurrency)
	var wg sync.WaitGroup
	for i, it := range items {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			if err := briefbot.Contain("page", func() { arts[i] = p.article(ctx, f, fetched, it) }); err != nil {
				p.log().Error("feed item page contained a panic; keeping the feed's text", "url", it.Link, "err", err)
				arts[i] = p.itemArticle(f, fetched, it)
			}
		}()
	}
	wg.Wait()
	return arts
}

// article turns an item into an article, fetching the page for the full text
// when the feed carries only a snippet. A page that cannot be read leaves the
// snippet: the item is still news.
func (p *Poller) article(ctx context.Context, f briefbot.Feed, fetched Fetched, it Item) briefbot.Article {
	a := p.itemArticle(f, fetched, it)
	if it.FullText || it.Link == "" || p.Pages == nil {
		return a
	}
	page, err := p.Pages.ReadPage(ctx, it.Link)
	if err != nil {
		p.log().Info("article page not read; keeping the feed's text", "url", it.Link, "reason", reason(err))
		return a
	}
	if len(page.Text) > len(a.Text) {
		a.Text = page.Text
	}
	a.Title = firstOf(a.Title, page.Title)
	a.Lang = firstOf(a.Lang, page.Lang)
	if a.Published.IsZero() {
		a.Published = page.Published
	}
	return a
}

// itemArticle is the article a feed item makes on its own, without its page.
func (p *Poller) itemArticle(f briefbot.Feed, fetched Fetched, it Item) briefbot.Article {
	a := briefbot.Article{
		Source: f.Name, URL: it.Link, Title: it.Title, Lang: firstOf(it.Lang, f.Lang, fetched.Lang),
		Published: it.Published, Text: it.Text, FeedID: f.ID,
	}
	if a.Source == "" {
		a.Source = fetched.Title
	}
	return a
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// prune deletes the articles past retention, at most once an hour.
func (p *Poller) prune(ctx context.Context, now time.Time) {
	opt := p.Opt.withDefaults()
	if p.Prune == nil || opt.Retention <= 0 || now.Sub(p.lastPrune) < time.Hour {
		return
	}
	p.lastPrune = now
	n, err := p.Prune(ctx, now.Add(-opt.Retention))
	if err != nil {
		p.log().Error("retention: articles not deleted", "err", err)
		return
	}
	if n > 0 {
		p.log().Info("retention: old articles deleted", "articles", n)
	}
}

func (p *Poller) log() *slog.Logger {
	if p.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return p.Log
}

package poll

import (
	"context"
	"slices"
	"sync"

	"briefbot"
)

// planned is an item to take and whether its page is to be read.
type planned struct {
	Item
	page bool
}

// plan orders items newest first and marks the pages to read: those of the
// newest MaxPages items that carry only a snippet. The items past the cap
// cost one log line for the feed, not one each.
func (p *Poller) plan(f briefbot.Feed, items []Item) []planned {
	order := slices.Clone(items)
	slices.SortStableFunc(order, newestFirst)
	limit := p.Opt.withDefaults().MaxPages
	out := make([]planned, len(order))
	pages, kept := 0, 0
	for i, it := range order {
		out[i].Item = it
		switch {
		case it.FullText || it.Link == "" || p.Pages == nil:
		case pages < limit:
			out[i].page = true
			pages++
		default:
			kept++
		}
	}
	if kept > 0 {
		p.log().Info("feed page cap reached; older snippet items keep the feed's text",
			"feed", f.URL, "pages", pages, "snippets_kept", kept, "cap", limit)
	}
	return out
}

// newestFirst orders items by publication, the newest first; items with no
// date come after the dated ones, in feed order.
func newestFirst(a, b Item) int {
	switch az, bz := a.Published.IsZero(), b.Published.IsZero(); {
	case az && bz:
		return 0
	case az:
		return 1
	case bz:
		return -1
	}
	return b.Published.Compare(a.Published)
}

// articles turns a batch into articles, reading the pages it plans a few
// at a time. read[i] is false when a stop cut item i's page read short.
func (p *Poller) articles(ctx context.Context, f briefbot.Feed, fetched Fetched, batch []planned) (arts []briefbot.Article, read []bool) {
	arts, read = make([]briefbot.Article, len(batch)), make([]bool, len(batch))
	sem := make(chan struct{}, p.Opt.withDefaults().Concurrency)
	var wg sync.WaitGroup
	for i, it := range batch {
		if !it.page {
			arts[i], read[i] = p.itemArticle(f, fetched, it.Item), true
			continue
		}
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			if err := briefbot.Contain("page", func() { arts[i], read[i] = p.article(ctx, f, fetched, it.Item) }); err != nil {
				p.log().Error("feed item page contained a panic; keeping the feed's text", "url", it.Link, "err", err)
				arts[i], read[i] = p.itemArticle(f, fetched, it.Item), true
			}
		})
	}
	wg.Wait()
	return arts, read
}

// article completes an item with its page. A page that cannot be read
// leaves the feed's text, since the item is still news; a read that ctx
// cut short is not done (false).
func (p *Poller) article(ctx context.Context, f briefbot.Feed, fetched Fetched, it Item) (briefbot.Article, bool) {
	a := p.itemArticle(f, fetched, it)
	if ctx.Err() != nil {
		return a, false
	}
	page, err := p.Pages.ReadPage(ctx, it.Link)
	if err != nil {
		if ctx.Err() != nil {
			return a, false
		}
		p.log().Info("article page not read; keeping the feed's text", "url", it.Link, "reason", reason(err))
		return a, true
	}
	if len(page.Text) > len(a.Text) {
		a.Text = page.Text
	}
	a.Title = firstOf(a.Title, page.Title)
	a.Lang = firstOf(a.Lang, page.Lang)
	if a.Published.IsZero() {
		a.Published = page.Published
	}
	return a, true
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

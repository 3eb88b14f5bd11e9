// Package web reads feeds and article pages over HTTP for the poller: it
// joins the fetcher (conditional GET, size and address limits), the feed
// parser and the article extractor behind the poller's ports.
package web

import (
	"context"

	"briefbot"
	"briefbot/extract"
	"briefbot/feedparse"
	"briefbot/fetch"
	"briefbot/poll"
)

// Reader implements poll.FeedReader and poll.PageReader.
type Reader struct {
	Client *fetch.Client
	// OnPanic, when set, is told of each panic contained while parsing a
	// feed ("parse") or extracting a page ("extract"). The poller logs the
	// error, which names the feed or page.
	OnPanic func(stage string)
}

func (r *Reader) recovered(stage string) {
	if r.OnPanic != nil {
		r.OnPanic(stage)
	}
}

var (
	_ poll.FeedReader = (*Reader)(nil)
	_ poll.PageReader = (*Reader)(nil)
)

// ReadFeed fetches a feed with its validators and parses it.
func (r *Reader) ReadFeed(ctx context.Context, f briefbot.Feed) (poll.Fetched, error) {
	resp, err := r.Client.Get(ctx, f.URL, fetch.Validators{ETag: f.ETag, LastModified: f.LastModified})
	if err != nil {
		return poll.Fetched{}, err
	}
	out := poll.Fetched{NotModified: resp.NotModified, ETag: resp.ETag, LastModified: resp.LastModified, TTL: resp.MaxAge}
	if resp.NotModified {
		return out, nil
	}
	var parsed feedparse.Feed
	if perr := briefbot.Contain("parse", func() { parsed, err = feedparse.Parse(resp.Body, resp.URL) }); perr != nil {
		r.recovered("parse")
		return out, perr
	}
	if err != nil {
		return out, err
	}
	out.Title, out.Lang, out.TTL = parsed.Title, parsed.Lang, max(out.TTL, parsed.TTL)
	for _, it := range parsed.Items {
		out.Items = append(out.Items, item(it))
	}
	return out, nil
}

// item is the poller's view of a feed item: the article it makes on its
// own, as a feed file's item makes it, and whether that is the whole text.
func item(it feedparse.Item) poll.Item {
	a := it.Article()
	return poll.Item{
		GUID: it.GUID, Link: a.URL, Title: a.Title, Published: a.Published,
		Text: a.Text, FullText: feedparse.HasFullText(it), Lang: a.Lang,
	}
}

// ReadPage fetches an article page and extracts its text.
func (r *Reader) ReadPage(ctx context.Context, url string) (poll.Page, error) {
	resp, err := r.Client.Get(ctx, url, fetch.Validators{})
	if err != nil {
		return poll.Page{}, err
	}
	if !fetch.IsHTMLType(resp.ContentType) {
		return poll.Page{}, briefbot.Errorf(briefbot.EInvalid, "not an HTML page (%s)", resp.ContentType)
	}
	var a extract.Article
	if perr := briefbot.Contain("extract", func() { a, err = extract.Extract(resp.Body, resp.URL, resp.Charset) }); perr != nil {
		r.recovered("extract")
		return poll.Page{}, perr
	}
	if err != nil {
		return poll.Page{}, err
	}
	return poll.Page{Title: a.Title, Text: a.Text, Published: a.Published, Lang: a.Lang}, nil
}

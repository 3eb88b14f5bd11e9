// Package poll keeps briefbot's feeds current: it polls each enabled feed on
// its own schedule, takes the items it has not seen, completes them with the
// article page when the feed carries only a snippet, and hands them to the
// ingest pipeline, a batch at a time. Failures back off exponentially; a
// feed that fails for too long is disabled and the admins are told. Time is
// a parameter: the poller acts when Start or Tick is called with the
// current time.
package poll

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"briefbot"
)

// FeedReader fetches and parses a feed, sending the feed's validators for a
// conditional GET.
type FeedReader interface {
	ReadFeed(ctx context.Context, f briefbot.Feed) (Fetched, error)
}

// PageReader fetches an article page and extracts its text.
type PageReader interface {
	ReadPage(ctx context.Context, url string) (Page, error)
}

// Fetched is one poll's answer.
type Fetched struct {
	NotModified  bool // the feed did not change since the validators were taken
	Title        string
	Lang         string
	Items        []Item
	ETag         string
	LastModified string
	TTL          time.Duration // how long the feed asks to be left alone (ttl, max-age); 0 if it says nothing
}

// Item is one entry of a feed.
type Item struct {
	GUID      string
	Link      string
	Title     string
	Published time.Time
	Text      string // the item's own text: a snippet or the full article
	FullText  bool   // Text is the whole article; no need to fetch the page
	Lang      string
}

// Key identifies the item within its feed: its GUID, else its link.
func (it Item) Key() string {
	if it.GUID != "" {
		return it.GUID
	}
	return it.Link
}

// Page is an article page's extracted content.
type Page struct {
	Title     string
	Text      string
	Published time.Time
	Lang      string
}

// Ingest summarizes and stores articles and returns how many were new. A
// returned error means nothing more can be stored now (the database is
// failing); articles it could not take for their own reasons are logged by
// it and not retried.
type Ingest func(ctx context.Context, arts []briefbot.Article) (added int, err error)

// Notify tells the admins something they must act on.
type Notify func(ctx context.Context, text string)

// Options tune the poller; zero values take the defaults.
type Options struct {
	Interval     time.Duration // default poll interval of a feed (15m)
	MinInterval  time.Duration // no feed is polled more often (5m)
	MaxInterval  time.Duration // nor less often, when healthy (6h)
	MaxBackoff   time.Duration // longest wait after failures (6h)
	DisableAfter time.Duration // a feed failing this long is disabled (72h)
	FirstWindow  time.Duration // on a feed's first fetch, only items this recent are new (24h)
	Concurrency  int           // feeds polled at once, and pages read at once for one feed (4)
	PerHost      int           // feeds of one host polled at once (2)
	MaxPages     int           // article pages read for one feed in one poll (50)
	Batch        int           // articles ingested, and their items recorded as taken, at a time (50)
	Retention    time.Duration // articles seen longer ago are deleted; 0 keeps everything
}

// Poller polls the due feeds at each Start or Tick. A feed is never polled
// twice at once, and a long poll holds up no other feed.
type Poller struct {
	Store  briefbot.FeedStore
	Feeds  FeedReader
	Pages  PageReader
	Ingest Ingest
	Notify Notify
	Prune  func(ctx context.Context, before time.Time) (int, error) // retention; nil: none
	Log    *slog.Logger
	Opt    Options
	// OnPoll, when set, is told how each feed poll went: "ok",
	// "not_modified" or "error".
	OnPoll func(outcome string)

	mu        sync.Mutex // guards rnd and lastPrune
	rnd       *rand.Rand
	lastPrune time.Time
	sched     scheduler
}

func (o Options) withDefaults() Options {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.Interval, 15*time.Minute)
	def(&o.MinInterval, 5*time.Minute)
	def(&o.MaxInterval, 6*time.Hour)
	def(&o.MaxBackoff, 6*time.Hour)
	def(&o.DisableAfter, 72*time.Hour)
	def(&o.FirstWindow, 24*time.Hour)
	defInt := func(n *int, v int) {
		if *n <= 0 {
			*n = v
		}
	}
	defInt(&o.Concurrency, 4)
	defInt(&o.PerHost, 2)
	defInt(&o.MaxPages, 50)
	defInt(&o.Batch, 50)
	return o
}

package main

import (
	"context"
	"sync"
	"time"

	"briefbot"
	"briefbot/fetch"
	"briefbot/poll"
	"briefbot/web"
)

// pollEvery is how often the poller looks for due feeds, or min_interval
// when that is shorter; each feed has its own interval.
const pollEvery = 30 * time.Second

// newPoller builds the feed poller from the configuration.
func (a *app) newPoller() *poll.Poller {
	p := a.cfg.Polling
	interval, minInterval, maxInterval, disableAfter, timeout := p.Durations()
	client := fetch.New(fetch.Options{
		Timeout: timeout, MaxBytes: int64(p.MaxBodyMB) << 20, PerHost: p.PerHostConcurrency,
		AllowPrivate: a.cfg.AllowPrivateNetworks, Now: a.env.Now,
	})
	reader := &web.Reader{Client: client, OnPanic: a.metrics.Recovered}
	return &poll.Poller{
		Store: a.store, Feeds: reader, Pages: reader, Ingest: a.ingestFeedArticles,
		Prune: a.store.DeleteSeenBefore, Log: a.log, OnPoll: a.metrics.FeedPolled,
		Opt: poll.Options{
			Interval: interval, MinInterval: minInterval, MaxInterval: maxInterval,
			MaxBackoff: maxInterval, DisableAfter: disableAfter, Concurrency: p.Concurrency,
			PerHost: p.PerHostConcurrency, MaxPages: p.MaxPagesPerPoll,
			Retention: time.Duration(a.cfg.RetentionDays) * 24 * time.Hour,
		},
	}
}

func (a *app) ingestFeedArticles(ctx context.Context, arts []briefbot.Article) (int, error) {
	rep, err := a.ingestArticles(ctx, "feed", arts)
	for _, f := range rep.Failed {
		a.log.Info("feed item not stored", "item", f.Name, "reason", briefbot.ErrorMessage(f.Err))
	}
	return rep.Added, err
}

// startPoller polls the feeds in the background until ctx is done; the
// returned function waits for the polls in flight, which stop at their
// next batch. A tick starts the feeds that are due and does not wait for
// them, so a long poll of one feed delays no other.
func (a *app) startPoller(ctx context.Context) (wait func()) {
	p := a.newPoller()
	_, minInterval, _, _, _ := a.cfg.Polling.Durations()
	every := pollEvery
	if minInterval > 0 {
		every = min(every, minInterval)
	}
	ticks := poll.Ticks(ctx, every, a.env.Now)
	var wg sync.WaitGroup
	wg.Go(func() { _ = p.Run(ctx, ticks) })
	return wg.Wait
}

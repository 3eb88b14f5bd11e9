package main

import (
	"context"
	"sync"
	"time"

	"briefbot"
	"briefbot/fetch"
	"briefbot/ingest"
	"briefbot/poll"
	"briefbot/web"
)

// pollEvery is how often the poller looks for due feeds; each feed has its
// own interval.
const pollEvery = 30 * time.Second

// newPoller builds the feed poller from the configuration.
func (a *app) newPoller() *poll.Poller {
	p := a.cfg.Polling
	interval, minInterval, maxInterval, disableAfter, timeout := p.Durations()
	client := fetch.New(fetch.Options{
		Timeout: timeout, MaxBytes: int64(p.MaxBodyMB) << 20,
		AllowPrivate: a.cfg.AllowPrivateNetworks, Now: a.env.Now,
	})
	reader := &web.Reader{Client: client, OnPanic: a.metrics.Recovered}
	return &poll.Poller{
		Store: a.store, Feeds: reader, Pages: reader, Ingest: a.ingestFeedArticles,
		Prune: a.store.DeleteSeenBefore, Log: a.log, OnPoll: a.metrics.FeedPolled,
		Opt: poll.Options{
			Interval: interval, MinInterval: minInterval, MaxInterval: maxInterval,
			MaxBackoff: maxInterval, DisableAfter: disableAfter, Concurrency: p.Concurrency,
			Retention: time.Duration(a.cfg.RetentionDays) * 24 * time.Hour,
		},
	}
}

func (a *app) ingestFeedArticles(ctx context.Context, arts []briefbot.Article) (int, error) {
	var rep ingest.Report
	err := a.ingestTimed("feed", func() (reportCounts, error) {
		var err error
		rep, err = a.ingester.IngestArticles(ctx, arts)
		return counts(rep), err
	})
	for _, f := range rep.Failed {
		a.log.Info("feed item not stored", "item", f.Name, "reason", briefbot.ErrorMessage(f.Err))
	}
	return rep.Added, err
}

// startPoller polls the feeds in the background until ctx is done; the
// returned function waits for the poll in flight to finish.
func (a *app) startPoller(ctx context.Context) (wait func()) {
	p := a.newPoller()
	ticks := make(chan time.Time, 1)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		ticks <- a.env.Now() // the first poll at start-up
		t := time.NewTicker(pollEvery)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				select {
				case ticks <- a.env.Now():
				default: // a poll is still running; skip this tick
				}
			}
		}
	}()
	go func() {
		defer wg.Done()
		_ = p.Run(ctx, ticks)
	}()
	return wg.Wait
}

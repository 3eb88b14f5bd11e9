package main

import (
	"context"
	"time"

	"briefbot"
	"briefbot/ingest"
	"briefbot/ops"
)

// wireMetrics has every part of the app report to the operator's metrics.
func (a *app) wireMetrics() {
	m := a.metrics
	a.ingester.OnSummarized = m.Summarized
	a.ingester.OnPanic = m.Recovered
	m.SetDigests(func() ops.DigestCounts {
		s := a.digestMetrics.Snapshot()
		return ops.DigestCounts{Due: s.Due, Sent: s.Sent, Empty: s.Empty, Failed: s.Failed,
			Late: s.Late, Skipped: s.Skipped, Paused: s.Paused, Unknown: s.Unknown, Queue: s.Queue}
	})
	m.SetFeeds(func(ctx context.Context) (ops.FeedHealth, error) {
		feeds, err := a.store.Feeds(ctx)
		return ops.FeedHealthOf(feeds), err
	})
}

// ingestArticles stores articles that came via "file" or "feed", and
// counts what it did in the metrics.
func (a *app) ingestArticles(ctx context.Context, via string, arts []briefbot.Article) (ingest.Report, error) {
	start := time.Now()
	rep, err := a.ingester.IngestArticles(ctx, arts)
	a.metrics.Ingested(via, rep.Added, rep.Duplicates, len(rep.Failed), time.Since(start))
	return rep, err
}

// startOps serves /healthz, /readyz and /metrics on ops.listen, when it
// is set, with readiness meaning "the database answers and every platform
// named is connected". An address that cannot be listened on is a
// configuration error. The returned function stops the server and waits
// for it.
func (a *app) startOps(ctx context.Context, platforms []string) (stop func(), err error) {
	if a.cfg.Ops.Listen == "" {
		return func() {}, nil
	}
	checks := []ops.Check{{Name: "database", Check: a.store.Ping}}
	for _, p := range platforms {
		checks = append(checks, a.metrics.PlatformCheck(p))
	}
	srv := &ops.Server{Addr: a.cfg.Ops.Listen, Metrics: a.metrics, Checks: checks, Log: a.log}
	return srv.Start(ctx)
}

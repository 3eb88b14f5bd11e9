package ops

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"briefbot"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// DigestCounts is what the digest scheduler has done since start. Every
// field is a running total except Queue, the digests waiting now.
type DigestCounts struct {
	Due, Sent, Empty, Failed, Late, Skipped, Paused int64
	Unknown                                         int64 // parts sent without an answer: counted as delivered, never resent
	Queue                                           int64
}

// FeedHealth is how many feeds are in each state.
type FeedHealth struct {
	Healthy, Failing, Disabled int
}

// FeedHealthOf counts the feeds in each state: disabled, failing (its
// last poll failed), else healthy.
func FeedHealthOf(feeds []briefbot.Feed) FeedHealth {
	var h FeedHealth
	for _, f := range feeds {
		switch {
		case !f.Enabled:
			h.Disabled++
		case f.Failures > 0:
			h.Failing++
		default:
			h.Healthy++
		}
	}
	return h
}

// feedTimeout bounds the reading of feed health at each scrape.
const feedTimeout = 2 * time.Second

var (
	digestsDesc = prometheus.NewDesc("briefbot_digests_total",
		"Digests handled since start, by outcome (due, sent, empty, failed, late, skipped, paused; unknown: parts sent with no answer, counted as delivered).",
		[]string{"outcome"}, nil)
	digestQueueDesc = prometheus.NewDesc("briefbot_digest_queue",
		"Digests waiting to be sent.", nil, nil)
	feedsDesc = prometheus.NewDesc("briefbot_feeds",
		"Feeds, by state (healthy, failing, disabled).",
		[]string{"state"}, nil)
)

// Handler serves the metrics in the Prometheus text format. On a nil
// *Metrics it answers 404.
func (m *Metrics) Handler() http.Handler {
	return m.handler(nil)
}

// handler is Handler, logging scrape problems to log if it is not nil. A
// collector that fails leaves its series out; the others are still served.
func (m *Metrics) handler(log *slog.Logger) http.Handler {
	if m == nil {
		return http.NotFoundHandler()
	}
	opts := promhttp.HandlerOpts{
		ErrorHandling:       promhttp.ContinueOnError,
		MaxRequestsInFlight: 4,
		Timeout:             10 * time.Second,
	}
	if log != nil {
		opts.ErrorLog = errorLog{log}
	}
	return promhttp.HandlerFor(m.reg, opts)
}

// errorLog writes the metrics handler's complaints to a slog.Logger.
type errorLog struct{ log *slog.Logger }

func (l errorLog) Println(v ...any) {
	l.log.Warn("metrics scrape", "problem", strings.TrimSpace(fmt.Sprintln(v...)))
}

// SetDigests sets the function each scrape calls for the digest counts;
// nil exports none. It is meant to be called once, at wiring.
func (m *Metrics) SetDigests(read func() DigestCounts) {
	if m == nil {
		return
	}
	if read == nil {
		m.digests.Store(nil)
		return
	}
	m.digests.Store(&read)
}

// SetFeeds sets the function each scrape calls for the feeds' health,
// with a context that ends after 2 s; nil exports none. When it fails or
// does not answer in time, the scrape leaves the feed series out and
// counts briefbot_scrape_errors_total{source="feeds"}. It is meant to be
// called once, at wiring.
func (m *Metrics) SetFeeds(read func(ctx context.Context) (FeedHealth, error)) {
	if m == nil {
		return
	}
	if read == nil {
		m.feeds.Store(nil)
		return
	}
	m.feeds.Store(&read)
}

// digestCollector exports the digest counts read at scrape time.
type digestCollector struct{ m *Metrics }

func (c digestCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- digestsDesc
	ch <- digestQueueDesc
}

func (c digestCollector) Collect(ch chan<- prometheus.Metric) {
	read := c.m.digests.Load()
	if read == nil {
		return
	}
	d := (*read)()
	for _, o := range []struct {
		outcome string
		n       int64
	}{
		{"due", d.Due}, {"sent", d.Sent}, {"empty", d.Empty}, {"failed", d.Failed},
		{"late", d.Late}, {"skipped", d.Skipped}, {"paused", d.Paused}, {"unknown", d.Unknown},
	} {
		ch <- prometheus.MustNewConstMetric(digestsDesc, prometheus.CounterValue, float64(o.n), o.outcome)
	}
	ch <- prometheus.MustNewConstMetric(digestQueueDesc, prometheus.GaugeValue, float64(d.Queue))
}

// feedCollector exports the feeds' health read at scrape time, and the
// count of failed reads, which therefore includes this scrape's.
type feedCollector struct {
	m       *Metrics
	timeout time.Duration
}

func (c feedCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- feedsDesc
	c.m.scrapeErrors.Describe(ch)
}

func (c feedCollector) Collect(ch chan<- prometheus.Metric) {
	defer c.m.scrapeErrors.Collect(ch)
	read := c.m.feeds.Load()
	if read == nil {
		return
	}
	h, err := c.read(*read)
	if err != nil {
		c.m.scrapeErrors.WithLabelValues("feeds").Inc()
		// An invalid metric has the handler log the error and serve
		// every other series.
		ch <- prometheus.NewInvalidMetric(feedsDesc, fmt.Errorf("feed health: %w", err))
		return
	}
	for _, s := range []struct {
		state string
		n     int
	}{{"healthy", h.Healthy}, {"failing", h.Failing}, {"disabled", h.Disabled}} {
		ch <- prometheus.MustNewConstMetric(feedsDesc, prometheus.GaugeValue, float64(s.n), s.state)
	}
}

// read calls read with a context bounded by c.timeout, and stops waiting
// at the time-out even if read does not heed its context. A panic in read
// is returned as an error.
func (c feedCollector) read(read func(context.Context) (FeedHealth, error)) (FeedHealth, error) {
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	type result struct {
		h   FeedHealth
		err error
	}
	done := make(chan result, 1) // buffered: a late answer does not block
	go func() {
		var r result
		defer func() {
			if p := recover(); p != nil {
				r.err = fmt.Errorf("panic: %v", p)
			}
			done <- r
		}()
		r.h, r.err = read(ctx)
	}()
	select {
	case r := <-done:
		return r.h, r.err
	case <-ctx.Done():
		return FeedHealth{}, fmt.Errorf("no answer within %v: %w", c.timeout, ctx.Err())
	}
}

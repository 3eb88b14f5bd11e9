// Package ops is the operator's window into a running briefbot: the
// /metrics, /healthz and /readyz endpoints. It is the only importer of the
// Prometheus client library; the rest of the program reports to it through
// plain method calls and read functions set at wiring, and knows nothing
// of Prometheus.
package ops

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics holds every series briefbot exports. All methods are safe for
// concurrent use. A nil *Metrics is valid and records nothing, so any part
// of the program can be wired without ops.
type Metrics struct {
	reg *prometheus.Registry

	ingestArticles  *prometheus.CounterVec
	ingestDuration  *prometheus.HistogramVec
	summarize       prometheus.Histogram
	panics          *prometheus.CounterVec
	commandDuration *prometheus.HistogramVec
	commands        *prometheus.CounterVec
	rateLimited     *prometheus.CounterVec
	platformUp      *prometheus.GaugeVec
	feedPolls       *prometheus.CounterVec
	scrapeErrors    *prometheus.CounterVec

	digests atomic.Pointer[func() DigestCounts]
	feeds   atomic.Pointer[func(context.Context) (FeedHealth, error)]

	mu        sync.Mutex
	connected map[string]bool // platform -> connected, for readiness
}

// Histogram buckets, in seconds.
var (
	// A file ingest reads a directory, a feed ingest one poll's new items.
	ingestBuckets = []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120}
	// One article takes about half a millisecond.
	summarizeBuckets = []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1}
	// A command searches the store, then the platform delivers the reply.
	commandBuckets = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}
)

// NewMetrics returns Metrics on a registry of its own, with the Go runtime
// and process collectors.
func NewMetrics() *Metrics {
	return newMetrics(prometheus.NewRegistry())
}

func newMetrics(reg *prometheus.Registry) *Metrics {
	m := &Metrics{reg: reg, connected: map[string]bool{}}
	m.ingestArticles = counterVec("briefbot_ingest_articles_total",
		"Articles read by ingestion, by source (file, feed) and outcome (added, duplicate, failed).", "via", "outcome")
	m.ingestDuration = histogramVec("briefbot_ingest_duration_seconds",
		"Time taken by one ingestion run, by source.", ingestBuckets, "via")
	m.summarize = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "briefbot_summarize_duration_seconds",
		Help:    "Time taken to summarize one article.",
		Buckets: summarizeBuckets,
	})
	m.panics = counterVec("briefbot_panics_recovered_total",
		"Panics contained and recovered from, by stage.", "stage")
	m.commandDuration = histogramVec("briefbot_command_duration_seconds",
		"Time taken to answer one chat command, by platform and command.", commandBuckets, "platform", "command")
	m.commands = counterVec("briefbot_commands_total",
		"Chat commands answered, by platform, command and outcome (ok, error).", "platform", "command", "outcome")
	m.rateLimited = counterVec("briefbot_platform_rate_limited_total",
		"Requests the platform refused as too many (HTTP 429).", "platform")
	m.platformUp = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "briefbot_platform_up",
		Help: "1 while briefbot is connected to the platform, else 0.",
	}, []string{"platform"})
	m.feedPolls = counterVec("briefbot_feed_polls_total",
		"Feed fetches, by outcome (ok, not_modified, error).", "outcome")
	m.scrapeErrors = counterVec("briefbot_scrape_errors_total",
		"Failures while collecting metrics for a scrape, by source.", "source")
	m.initSeries()
	reg.MustRegister(
		m.ingestArticles, m.ingestDuration, m.summarize, m.panics,
		m.commandDuration, m.commands, m.rateLimited, m.platformUp, m.feedPolls,
		digestCollector{m}, feedCollector{m: m, timeout: feedTimeout}, // the latter exports scrapeErrors
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

func counterVec(name, help string, labels ...string) *prometheus.CounterVec {
	return prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help}, labels)
}

func histogramVec(name, help string, buckets []float64, labels ...string) *prometheus.HistogramVec {
	return prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: name, Help: help, Buckets: buckets}, labels)
}

// initSeries makes the series of known label values exist from the start
// at zero, so that rates and alerts see them before the first event.
func (m *Metrics) initSeries() {
	for _, via := range []string{"file", "feed"} {
		for _, outcome := range []string{"added", "duplicate", "failed"} {
			m.ingestArticles.WithLabelValues(via, outcome)
		}
	}
	for _, outcome := range []string{"ok", "not_modified", "error"} {
		m.feedPolls.WithLabelValues(outcome)
	}
	m.scrapeErrors.WithLabelValues("feeds")
}

// Ingested records one ingestion run: via is "file" or "feed"; the counts
// are articles added, skipped as duplicates and failed; d is the run's time.
func (m *Metrics) Ingested(via string, added, duplicates, failed int, d time.Duration) {
	if m == nil {
		return
	}
	via = label(via)
	add(m.ingestArticles.WithLabelValues(via, "added"), added)
	add(m.ingestArticles.WithLabelValues(via, "duplicate"), duplicates)
	add(m.ingestArticles.WithLabelValues(via, "failed"), failed)
	m.ingestDuration.WithLabelValues(via).Observe(seconds(d))
}

// Summarized records the time taken to summarize one article.
func (m *Metrics) Summarized(d time.Duration) {
	if m == nil {
		return
	}
	m.summarize.Observe(seconds(d))
}

// Recovered records a panic contained at a stage such as "summarize",
// "extract" or "command".
func (m *Metrics) Recovered(stage string) {
	if m == nil {
		return
	}
	m.panics.WithLabelValues(label(stage)).Inc()
}

// Command records one chat command answered on a platform. The command is
// one of a small set the caller chooses (brief, ask, subscribe, ...); a
// name that is not 1 to 20 of [a-z_] is recorded as "other".
func (m *Metrics) Command(platform, command string, d time.Duration, failed bool) {
	if m == nil {
		return
	}
	platform, command = label(platform), label(command)
	outcome := "ok"
	if failed {
		outcome = "error"
	}
	m.commandDuration.WithLabelValues(platform, command).Observe(seconds(d))
	m.commands.WithLabelValues(platform, command, outcome).Inc()
}

// RateLimited records a request the platform refused as too many (429).
func (m *Metrics) RateLimited(platform string) {
	if m == nil {
		return
	}
	m.rateLimited.WithLabelValues(label(platform)).Inc()
}

// PlatformConnected records whether briefbot is connected to a platform;
// PlatformCheck reads the same state for readiness.
func (m *Metrics) PlatformConnected(platform string, up bool) {
	if m == nil {
		return
	}
	platform = label(platform)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.connected[platform] = up
	v := 0.0
	if up {
		v = 1
	}
	m.platformUp.WithLabelValues(platform).Set(v)
}

// FeedPolled records one feed fetch: outcome is "ok", "not_modified" or
// "error"; anything else is recorded as "other".
func (m *Metrics) FeedPolled(outcome string) {
	if m == nil {
		return
	}
	switch outcome {
	case "ok", "not_modified", "error":
	default:
		outcome = "other"
	}
	m.feedPolls.WithLabelValues(outcome).Inc()
}

// isConnected reports the last state PlatformConnected recorded.
func (m *Metrics) isConnected(platform string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.connected[label(platform)]
}

// label returns v if it is a safe label value, 1 to 20 of [a-z_], else
// "other": label values come from callers, and each new value is a new
// series kept for ever.
func label(v string) string {
	if len(v) == 0 || len(v) > 20 {
		return "other"
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; (c < 'a' || c > 'z') && c != '_' {
			return "other"
		}
	}
	return v
}

// add adds n to c; a count below one adds nothing (a counter only grows).
func add(c prometheus.Counter, n int) {
	if n > 0 {
		c.Add(float64(n))
	}
}

// seconds is d in seconds, never below zero.
func seconds(d time.Duration) float64 {
	return max(d, 0).Seconds()
}

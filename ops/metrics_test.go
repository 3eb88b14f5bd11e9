package ops

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// MustScrape serves m and returns the body of one GET /metrics.
func MustScrape(tb testing.TB, m *Metrics) string {
	tb.Helper()
	return MustScrapeServer(tb, &Server{Metrics: m})
}

// MustScrapeServer serves s and returns the body of one GET /metrics.
func MustScrapeServer(tb testing.TB, s *Server) string {
	tb.Helper()
	code, body := MustGet(tb, "GET", MustServe(tb, s)+"/metrics")
	if code != 200 {
		tb.Fatalf("GET /metrics = %d %q; want 200", code, body)
	}
	return body
}

// sample returns the value of the series, written as in the text format
// (name{labels sorted by name}), and whether it is in body.
func sample(body, series string) (float64, bool) {
	for line := range strings.Lines(body) {
		rest, ok := strings.CutPrefix(line, series+" ")
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(rest), 64)
		return v, err == nil
	}
	return 0, false
}

// checkSamples reports each series of want whose value in body differs.
func checkSamples(tb testing.TB, body string, want map[string]float64) {
	tb.Helper()
	for series, w := range want {
		if got, ok := sample(body, series); !ok {
			tb.Errorf("no sample %s", series)
		} else if got != w {
			tb.Errorf("%s = %v; want %v", series, got, w)
		}
	}
}

func TestEvents(t *testing.T) {
	m := NewMetrics()
	m.Ingested("file", 3, 2, 1, 40*time.Millisecond)
	m.Ingested("feed", 5, 0, 0, time.Second)
	m.Ingested("feed", 1, 1, -1, -time.Second)
	m.Summarized(300 * time.Microsecond)
	m.Summarized(2 * time.Millisecond)
	m.Recovered("summarize")
	m.Recovered("summarize")
	m.Command("telegram", "brief", 20*time.Millisecond, false)
	m.Command("telegram", "ask", time.Millisecond, true)
	m.Command("console", "brief", time.Millisecond, false)
	m.RateLimited("telegram")
	m.PlatformConnected("telegram", true)
	m.PlatformConnected("discord", true)
	m.PlatformConnected("discord", false)
	m.FeedPolled("ok")
	m.FeedPolled("ok")
	m.FeedPolled("not_modified")
	m.FeedPolled("exploded")

	body := MustScrape(t, m)
	checkSamples(t, body, map[string]float64{
		`briefbot_ingest_articles_total{outcome="added",via="file"}`:     3,
		`briefbot_ingest_articles_total{outcome="duplicate",via="file"}`: 2,
		`briefbot_ingest_articles_total{outcome="failed",via="file"}`:    1,
		`briefbot_ingest_articles_total{outcome="added",via="feed"}`:     6,
		`briefbot_ingest_articles_total{outcome="duplicate",via="feed"}`: 1,
		`briefbot_ingest_articles_total{outcome="failed",via="feed"}`:    0,
		`briefbot_ingest_duration_seconds_count{via="feed"}`:             2,
		`briefbot_ingest_duration_seconds_sum{via="feed"}`:               1,
		`briefbot_ingest_duration_seconds_bucket{via="file",le="0.05"}`:  1,
		`briefbot_ingest_duration_seconds_bucket{via="file",le="0.025"}`: 0,
		`briefbot_summarize_duration_seconds_count`:                      2,
		`briefbot_summarize_duration_seconds_bucket{le="0.0005"}`:        1,
		`briefbot_summarize_duration_seconds_bucket{le="0.0001"}`:        0,
		`briefbot_panics_recovered_total{stage="summarize"}`:             2,

		`briefbot_command_duration_seconds_count{command="brief",platform="telegram"}`: 1,
		`briefbot_command_duration_seconds_count{command="brief",platform="console"}`:  1,
		`briefbot_commands_total{command="brief",outcome="ok",platform="telegram"}`:    1,
		`briefbot_commands_total{command="ask",outcome="error",platform="telegram"}`:   1,

		`briefbot_platform_rate_limited_total{platform="telegram"}`: 1,
		`briefbot_platform_up{platform="telegram"}`:                 1,
		`briefbot_platform_up{platform="discord"}`:                  0,
		`briefbot_feed_polls_total{outcome="ok"}`:                   2,
		`briefbot_feed_polls_total{outcome="not_modified"}`:         1,
		`briefbot_feed_polls_total{outcome="error"}`:                0,
		`briefbot_feed_polls_total{outcome="other"}`:                1,
		`briefbot_scrape_errors_total{source="feeds"}`:              0,
	})
	for _, name := range []string{"go_goroutines", "process_start_time_seconds"} {
		if !strings.Contains(body, "\n"+name+" ") {
			t.Errorf("no %s series", name)
		}
	}
}

func TestOnlyOwnNamesOrStandard(t *testing.T) {
	body := MustScrape(t, NewMetrics())
	for line := range strings.Lines(body) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		if !strings.HasPrefix(line, "briefbot_") && !strings.HasPrefix(line, "go_") && !strings.HasPrefix(line, "process_") {
			t.Errorf("series outside briefbot_, go_ and process_: %s", line)
		}
	}
}

func TestLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"brief", "brief"},
		{"not_modified", "not_modified"},
		{"Brief!!", "other"},
		{"Brief", "other"},
		{"", "other"},
		{"brief2", "other"},
		{"ask me", "other"},
		{"abcdefghijklmnopqrst", "abcdefghijklmnopqrst"},
		{"abcdefghijklmnopqrstu", "other"},
		{"brïef", "other"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := label(tc.in); got != tc.want {
				t.Errorf("label(%q) = %q; want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCommandLabelGuard(t *testing.T) {
	m := NewMetrics()
	m.Command("telegram", "Brief!!", time.Millisecond, false)
	m.Command("Telegram", "brief", time.Millisecond, false)
	body := MustScrape(t, m)
	checkSamples(t, body, map[string]float64{
		`briefbot_commands_total{command="other",outcome="ok",platform="telegram"}`: 1,
		`briefbot_commands_total{command="brief",outcome="ok",platform="other"}`:    1,
	})
	if strings.Contains(body, "Brief!!") || strings.Contains(body, "Telegram") {
		t.Error("a refused label value was exported")
	}
}

func TestDigests(t *testing.T) {
	m := NewMetrics()
	if body := MustScrape(t, m); strings.Contains(body, "\nbriefbot_digest") {
		t.Error("digest series exported before SetDigests")
	}
	m.SetDigests(func() DigestCounts {
		return DigestCounts{Due: 10, Sent: 7, Empty: 1, Failed: 1, Late: 2, Skipped: 3, Paused: 4, Queue: 5}
	})
	checkSamples(t, MustScrape(t, m), map[string]float64{
		`briefbot_digests_total{outcome="due"}`:     10,
		`briefbot_digests_total{outcome="sent"}`:    7,
		`briefbot_digests_total{outcome="empty"}`:   1,
		`briefbot_digests_total{outcome="failed"}`:  1,
		`briefbot_digests_total{outcome="late"}`:    2,
		`briefbot_digests_total{outcome="skipped"}`: 3,
		`briefbot_digests_total{outcome="paused"}`:  4,
		`briefbot_digest_queue`:                     5,
	})
	if body := MustScrape(t, m); !strings.Contains(body, "# TYPE briefbot_digests_total counter\n") ||
		!strings.Contains(body, "# TYPE briefbot_digest_queue gauge\n") {
		t.Error("digest series have the wrong types")
	}
}

func TestFeeds(t *testing.T) {
	m := NewMetrics()
	m.SetFeeds(func(ctx context.Context) (FeedHealth, error) {
		if dl, ok := ctx.Deadline(); !ok || time.Until(dl) > feedTimeout {
			return FeedHealth{}, errors.New("no 2 s deadline")
		}
		return FeedHealth{Healthy: 12, Failing: 2, Disabled: 1}, nil
	})
	checkSamples(t, MustScrape(t, m), map[string]float64{
		`briefbot_feeds{state="healthy"}`:              12,
		`briefbot_feeds{state="failing"}`:              2,
		`briefbot_feeds{state="disabled"}`:             1,
		`briefbot_scrape_errors_total{source="feeds"}`: 0,
	})
}

// syncBuffer is a bytes.Buffer that a server goroutine may write while a
// test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func TestFeedsError(t *testing.T) {
	m := NewMetrics()
	m.SetFeeds(func(context.Context) (FeedHealth, error) {
		return FeedHealth{Healthy: 1}, errors.New("database is locked")
	})
	m.FeedPolled("ok")
	var logs syncBuffer
	s := &Server{Metrics: m, Log: slog.New(slog.NewTextHandler(&logs, nil))}
	body := MustScrapeServer(t, s)
	if strings.Contains(body, "briefbot_feeds{") {
		t.Error("feed series exported although reading them failed")
	}
	checkSamples(t, body, map[string]float64{
		`briefbot_feed_polls_total{outcome="ok"}`:      1,
		`briefbot_scrape_errors_total{source="feeds"}`: 1,
	})
	checkSamples(t, MustScrapeServer(t, s), map[string]float64{`briefbot_scrape_errors_total{source="feeds"}`: 2})
	if !strings.Contains(logs.String(), "feed health: database is locked") {
		t.Errorf("log = %q; want the feed health error", logs.String())
	}
}

func TestFeedsGivesUp(t *testing.T) {
	never := make(chan struct{})
	defer close(never)
	c := feedCollector{timeout: time.Nanosecond}
	_, err := c.read(func(context.Context) (FeedHealth, error) {
		<-never
		return FeedHealth{}, nil
	})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("read of a deaf function = %v; want a deadline error", err)
	}
}

func TestFeedsPanic(t *testing.T) {
	c := feedCollector{timeout: feedTimeout}
	_, err := c.read(func(context.Context) (FeedHealth, error) { panic("boom") })
	if err == nil || err.Error() != "panic: boom" {
		t.Errorf("read of a panicking function = %v; want panic: boom", err)
	}
}

// TestConsistent gathers every series through a registry that checks
// each against its description.
func TestConsistent(t *testing.T) {
	m := newMetrics(prometheus.NewPedanticRegistry())
	m.Ingested("file", 1, 1, 1, time.Millisecond)
	m.Summarized(time.Millisecond)
	m.Recovered("extract")
	m.Command("telegram", "brief", time.Millisecond, true)
	m.RateLimited("telegram")
	m.PlatformConnected("telegram", true)
	m.FeedPolled("error")
	m.SetDigests(func() DigestCounts { return DigestCounts{Due: 1} })
	m.SetFeeds(func(context.Context) (FeedHealth, error) { return FeedHealth{Healthy: 1}, nil })
	if _, err := m.reg.Gather(); err != nil {
		t.Error(err)
	}
}

func TestNilMetrics(t *testing.T) {
	var m *Metrics
	m.Ingested("feed", 1, 1, 1, time.Second)
	m.Summarized(time.Millisecond)
	m.Recovered("command")
	m.Command("telegram", "brief", time.Millisecond, false)
	m.RateLimited("telegram")
	m.PlatformConnected("telegram", true)
	m.FeedPolled("ok")
	m.SetDigests(func() DigestCounts { return DigestCounts{} })
	m.SetFeeds(func(context.Context) (FeedHealth, error) { return FeedHealth{}, nil })
	if err := m.PlatformCheck("telegram").Check(context.Background()); err == nil {
		t.Error("PlatformCheck on nil Metrics passed; want not connected")
	}
	base := MustServe(t, &Server{Metrics: m})
	if code, _ := MustGet(t, "GET", base+"/metrics"); code != 404 {
		t.Errorf("GET /metrics with nil Metrics = %d; want 404", code)
	}
	if code, _ := MustGet(t, "GET", base+"/healthz"); code != 200 {
		t.Errorf("GET /healthz with nil Metrics = %d; want 200", code)
	}
}

func TestConcurrentUse(t *testing.T) {
	m := NewMetrics()
	m.SetDigests(func() DigestCounts { return DigestCounts{Sent: 1} })
	base := MustServe(t, &Server{Metrics: m})
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 50 {
				m.Command("telegram", "brief", time.Millisecond, false)
				m.PlatformConnected("telegram", true)
			}
		})
	}
	code, _ := MustGet(t, "GET", base+"/metrics")
	wg.Wait()
	if code != 200 {
		t.Errorf("GET /metrics = %d; want 200", code)
	}
	checkSamples(t, MustScrape(t, m), map[string]float64{
		`briefbot_commands_total{command="brief",outcome="ok",platform="telegram"}`: 200,
	})
}

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"briefbot"
	"briefbot/ask"
	"briefbot/brief"
	"briefbot/geo"
	"briefbot/internal/synth"
	"briefbot/storage/sqlite"
	"briefbot/storage/teststore"
	"briefbot/topics"
)

// benchTopics are what one round of BenchmarkBrief asks: countries, a
// capital, a two-word country, other windows, and a topic the corpus has
// no story on.
var benchTopics = []string{"korea", "japan", "south korea", "france 3d", "washington", "germany 30d", "brazil", "climate"}

// benchRounds is how many times an iteration asks every topic.
const benchRounds = 25

// BenchmarkBrief measures /brief on generated corpora of 100k and 1M
// articles (cached under os.TempDir(); the first run generates them),
// next to the raw full-text query each brief issues: the index's matches
// from the window's first id on, counted, not ranked or read. -short
// leaves out the 1M corpus.
func BenchmarkBrief(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			if testing.Short() && n > 100_000 {
				b.Skip("1M articles: not with -short")
			}
			store, now := benchCorpus(b, n)
			br := &brief.Briefer{Store: store, Topics: topics.New(nil), Now: func() time.Time { return now }, Window: 7 * 24 * time.Hour, MaxItems: 5}
			b.Run("brief", func(b *testing.B) {
				benchLatency(b, func(ctx context.Context, topic string) error {
					_, err := br.Run(ctx, topic)
					return err
				})
			})
			b.Run("ask-after-brief", func(b *testing.B) {
				benchAsk(b, store, br, now)
			})
			b.Run("raw-fts5", func(b *testing.B) {
				benchLatency(b, func(ctx context.Context, topic string) error {
					q, err := br.ParseArgs(topic)
					if err != nil {
						return err
					}
					m, err := br.Topics.Match(q.Topic)
					if err != nil {
						return err
					}
					_, err = store.MatchCount(ctx, briefbot.Search{Match: m, Since: now.Add(-q.Window)})
					return err
				})
			})
		})
	}
}

// benchQuestions are the follow-ups asked after each brief, in turn.
var benchQuestions = []string{"who announced it?", "what did the minister say?", "where did it happen?", "when was the vote?", "how many people were there?"}

// benchAsk measures /ask after a brief: each topic's brief is remembered
// for the chat first (not timed), then a follow-up question is answered
// from it and, failing that, from the store.
func benchAsk(b *testing.B, store *sqlite.DB, br *brief.Briefer, now time.Time) {
	asker := &ask.Asker{Store: store, Memory: store, Topics: br.Topics, Now: br.Now}
	chat := briefbot.ChatRef{Platform: "bench", ID: "ask"}
	briefs := map[string]brief.Briefing{}
	for _, topic := range benchTopics {
		q, err := br.ParseArgs(topic)
		if err != nil {
			b.Fatal(err)
		}
		if briefs[topic], err = br.Brief(context.Background(), q.Topic, q.Window, q.Count); err != nil {
			b.Fatal(err)
		}
	}
	n := 0
	remember := func(ctx context.Context, topic string) error {
		return brief.RememberBriefing(ctx, store, chat, briefs[topic], now)
	}
	benchTimed(b, remember, func(ctx context.Context, topic string) error {
		n++
		_, err := asker.Answer(ctx, chat, benchQuestions[n%len(benchQuestions)])
		return err
	})
}

// benchLatency asks every topic benchRounds times an iteration and reports
// the median and 99th percentile of one ask.
func benchLatency(b *testing.B, ask func(ctx context.Context, topic string) error) {
	benchTimed(b, nil, ask)
}

// benchTimed is benchLatency with prepare, when not nil, run before each
// ask and left out of its time.
func benchTimed(b *testing.B, prepare, ask func(ctx context.Context, topic string) error) {
	ctx := context.Background()
	geo.Load()
	for _, topic := range benchTopics { // warm the page cache
		if err := ask(ctx, topic); err != nil {
			b.Fatal(err)
		}
	}
	var took []time.Duration
	byTopic := map[string][]time.Duration{}
	b.ResetTimer()
	for range b.N {
		for range benchRounds {
			for _, topic := range benchTopics {
				if prepare != nil {
					if err := prepare(ctx, topic); err != nil {
						b.Fatal(err)
					}
				}
				start := time.Now()
				if err := ask(ctx, topic); err != nil {
					b.Fatal(err)
				}
				took = append(took, time.Since(start))
				byTopic[topic] = append(byTopic[topic], time.Since(start))
			}
		}
	}
	b.StopTimer()
	for _, topic := range benchTopics {
		d := byTopic[topic]
		slices.Sort(d)
		b.Logf("%-12s median %v", topic, d[len(d)/2])
	}
	slices.Sort(took)
	ms := func(q float64) float64 { return float64(took[int(q*float64(len(took)-1))]) / 1e6 }
	b.ReportMetric(ms(0.50), "p50-ms")
	b.ReportMetric(ms(0.99), "p99-ms")
	b.ReportMetric(0, "ns/op")
}

// benchCorpus opens the cached corpus of n articles, generating it first
// when absent, and returns it with the time of its newest article.
func benchCorpus(b *testing.B, n int) (*sqlite.DB, time.Time) {
	ctx := context.Background()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("briefbot-bench-v3-%d.db", n))
	if _, err := os.Stat(path); err != nil {
		b.Logf("generating %d articles into %s", n, path)
		if err := genCorpusFile(ctx, b, path, n); err != nil {
			b.Fatal(err)
		}
	}
	store := teststore.OpenPath(b, path)
	latest, err := store.RecentArticles(ctx, time.Time{}, 1)
	if err != nil || len(latest) == 0 {
		b.Fatalf("corpus %s: %v (%d articles)", path, err, len(latest))
	}
	return store, latest[0].Seen()
}

// genCorpusFile writes the corpus `briefbot gen -n n` writes into path,
// through a temporary file so that an interrupted run leaves none.
func genCorpusFile(ctx context.Context, tb testing.TB, path string, n int) error {
	tmp := path + ".tmp"
	os.Remove(tmp)
	store := teststore.OpenPath(tb, tmp)
	_, err := synth.Write(ctx, store, synth.NewNews(1, n, 1200, time.Now()), io.Discard)
	if cerr := store.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

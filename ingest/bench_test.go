package ingest_test

import (
	"context"
	"testing"
	"time"

	"briefbot"
	"briefbot/ingest"
	"briefbot/internal/synth"
	"briefbot/storage/teststore"
	"briefbot/summarize"
)

// BenchmarkIngestPipeline stores 10,000 generated 3 KB articles per
// iteration through the whole pipeline a user's `briefbot ingest` runs:
// cleaning, summarizing, dedup and the full-text index on a real SQLite file.
// Compare with storage's BenchmarkRawInsert of the same size of rows.
func BenchmarkIngestPipeline(b *testing.B) {
	const n = 10_000
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	ctx := context.Background()
	for i := range b.N {
		b.StopTimer()
		db := teststore.Open(b)
		g := synth.New(uint64(i+1), 20_000)
		arts := make([]briefbot.Article, n)
		for j := range arts {
			arts[j] = g.Article(j, 3000, now)
		}
		in := &ingest.Ingester{Store: db, Summarizer: summarize.New(), Clean: summarize.Clean, DeriveTitle: summarize.DeriveTitle, Now: func() time.Time { return now }}
		b.StartTimer()
		rep, err := in.IngestArticles(ctx, arts)
		b.StopTimer()
		if err != nil || rep.Added != n {
			b.Fatalf("added %d of %d: %v (%d failed)", rep.Added, n, err, len(rep.Failed))
		}
		db.Close()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

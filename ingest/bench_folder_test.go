package ingest_test

import (
	"context"
	"os"
	"testing"
	"time"

	"briefbot/ingest"
	"briefbot/storage/teststore"
	"briefbot/summarize"
)

// bbcCorpus is the BBC News corpus of the evaluation data: 2,225 plain
// text files in five folders, read at benchmark time, never copied;
// $BRIEFBOT_BENCH_CORPUS names another folder.
const bbcCorpus = "../../shared/eval/bbc-news-greene2006"

// benchCorpus is the folder BenchmarkIngestFolder reads.
func benchCorpus() string {
	if dir := os.Getenv("BRIEFBOT_BENCH_CORPUS"); dir != "" {
		return dir
	}
	return bbcCorpus
}

// BenchmarkIngestFolder ingests the BBC corpus as `briefbot ingest` does,
// into a new SQLite file per iteration: walking the folders, reading and
// parsing the files, cleaning, summarizing, keying and storing. The
// whole process, start included, is timed against a raw insert of the
// same texts by scripts/bench-ingest.sh.
func BenchmarkIngestFolder(b *testing.B) {
	corpus := benchCorpus()
	if _, err := os.Stat(corpus); err != nil {
		b.Skip("no corpus at", corpus)
	}
	ctx := context.Background()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	added := 0
	for b.Loop() {
		b.StopTimer()
		db := teststore.Open(b)
		in := &ingest.Ingester{Store: db, Summarizer: summarize.New(), Clean: summarize.Clean,
			DeriveTitle: summarize.DeriveTitle, Now: func() time.Time { return now }}
		b.StartTimer()
		rep, err := in.IngestPaths(ctx, []string{corpus}, nil, ingest.Options{})
		if err != nil || len(rep.Failed) > 0 {
			b.Fatalf("ingest: %v (%d failed)", err, len(rep.Failed))
		}
		added += rep.Added + rep.Duplicates
	}
	b.ReportMetric(float64(added)/b.Elapsed().Seconds(), "articles/s")
}

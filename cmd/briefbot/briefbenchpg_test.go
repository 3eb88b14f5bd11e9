package main

import (
	"context"
	"testing"
	"time"

	"briefbot"
	"briefbot/brief"
	"briefbot/storage/postgres"
	"briefbot/storage/postgres/pgtest"
	"briefbot/topics"
)

// benchPGName is the database BenchmarkBriefPostgres copies the 100k
// corpus into, on the test server; it is kept for later runs.
const benchPGName = "briefbot_bench_v3_100000"

// BenchmarkBriefPostgres measures /brief on the 100k corpus of
// BenchmarkBrief copied into PostgreSQL (as briefbot migrate-store copies
// it), next to the raw query each brief issues there: its condition on
// the GIN indexes, the newest 500 matches counted, nothing ranked or read.
func BenchmarkBriefPostgres(b *testing.B) {
	src, now := benchCorpus(b, 100_000)
	store := benchPostgres(b, src)
	br := &brief.Briefer{Store: store, Topics: topics.New(nil), Now: func() time.Time { return now }, Window: 7 * 24 * time.Hour, MaxItems: 5}
	b.Run("brief", func(b *testing.B) {
		benchLatency(b, func(ctx context.Context, topic string) error {
			_, err := br.Run(ctx, topic)
			return err
		})
	})
	b.Run("raw-query", func(b *testing.B) {
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
}

// benchPostgres opens the copy of src in PostgreSQL, copying it first
// when the test server has none (or an unfinished one).
func benchPostgres(b *testing.B, src tableCopier) *postgres.DB {
	ctx := context.Background()
	server := pgtest.Server(b)
	url, err := postgres.WithDatabase(server, benchPGName)
	if err != nil {
		b.Fatal(err)
	}
	want, err := src.ArticleStats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if db, err := postgres.Open(ctx, url, postgres.Options{}); err == nil {
		if st, err := db.ArticleStats(ctx); err == nil && st.Articles == want.Articles {
			b.Cleanup(func() { db.Close() })
			return db
		}
		db.Close()
	}
	b.Logf("copying %d articles into PostgreSQL", want.Articles)
	if err := postgres.DropDatabase(ctx, server, benchPGName); err != nil {
		b.Fatal(err)
	}
	if err := postgres.CreateDatabase(ctx, server, benchPGName); err != nil {
		b.Fatal(err)
	}
	db := pgtest.OpenURL(b, url)
	for _, t := range copyTables {
		if _, err := copyTable(ctx, src, db, t.name, t.cols); err != nil {
			b.Fatal(err)
		}
	}
	if err := db.FinishCopy(ctx); err != nil {
		b.Fatal(err)
	}
	return db
}

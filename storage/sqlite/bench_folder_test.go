package sqlite

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"briefbot"
)

// bbcCorpus is the BBC News corpus of the evaluation data, read at
// benchmark time, never copied; $BRIEFBOT_BENCH_CORPUS names another
// folder (scripts/bench-ingest.sh sets it).
const bbcCorpus = "../../../shared/eval/bbc-news-greene2006"

// benchCorpus is the folder the folder benchmarks read.
func benchCorpus() string {
	if dir := os.Getenv("BRIEFBOT_BENCH_CORPUS"); dir != "" {
		return dir
	}
	return bbcCorpus
}

// BenchmarkRawInsertFolder is the floor `briefbot ingest` of the BBC corpus
// is compared with (scripts/bench-ingest.sh): its texts, read beforehand
// (first line the title), stored by plain INSERTs into a bare table and its
// FTS5 index (the store's tokenizer), 200 rows a transaction, into a new
// file per iteration. Nothing is summarized, deduplicated or keyed.
func BenchmarkRawInsertFolder(b *testing.B) {
	as := readCorpus(b, benchCorpus())
	total := 0
	for b.Loop() {
		b.StopTimer()
		db := MustOpenPath(b, filepath.Join(b.TempDir(), "raw.db"))
		b.StartTimer()
		rawInsertIndexed(b, db, as)
		total += len(as)
	}
	reportRate(b, total, "articles/s")
}

// rawInsertIndexed inserts as into a bare table and its FTS5 index, perTx
// rows to a transaction.
func rawInsertIndexed(b *testing.B, db *DB, as []briefbot.Article) {
	ctx := context.Background()
	for _, ddl := range []string{
		`CREATE TABLE raw_articles (id INTEGER PRIMARY KEY, source TEXT, url TEXT, title TEXT,
			lang TEXT, ingested INTEGER, text TEXT, content_hash TEXT)`,
		`CREATE VIRTUAL TABLE raw_fts USING fts5 (title, text, content = 'raw_articles',
			content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')`,
	} {
		if _, err := db.write.ExecContext(ctx, ddl); err != nil {
			b.Fatal(err)
		}
	}
	for chunk := range slices.Chunk(as, perTx) {
		rawInsertIndexedTx(b, db, chunk)
	}
}

// rawInsertIndexedTx inserts as and their index rows in one transaction,
// through two statements prepared once.
func rawInsertIndexedTx(b *testing.B, db *DB, as []briefbot.Article) {
	ctx := context.Background()
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	row, err := tx.PrepareContext(ctx, `INSERT INTO raw_articles (source, url, title, lang, ingested, text,
		content_hash) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		b.Fatal(err)
	}
	index, err := tx.PrepareContext(ctx, `INSERT INTO raw_fts (rowid, title, text) VALUES (?, ?, ?)`)
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range as {
		res, err := row.ExecContext(ctx, a.Source, a.URL, a.Title, a.Lang, a.Ingested.Unix(), a.Text, briefbot.ContentHash(a.Text))
		if err != nil {
			b.Fatal(err)
		}
		id, _ := res.LastInsertId()
		if _, err := index.ExecContext(ctx, id, a.Title, a.Text); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}

// readCorpus reads every .txt file under dir as an article: its first
// line the title, the rest the text. It skips the benchmark when dir is
// absent.
func readCorpus(b *testing.B, dir string) []briefbot.Article {
	if _, err := os.Stat(dir); err != nil {
		b.Skip("no corpus at", dir)
	}
	var as []briefbot.Article
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		title, text, _ := strings.Cut(strings.TrimSpace(string(data)), "\n")
		as = append(as, briefbot.Article{Source: "bbc", URL: "file://" + path, Title: title, Lang: "en",
			Ingested: now, Text: strings.TrimSpace(text)})
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	slices.SortFunc(as, func(x, y briefbot.Article) int { return strings.Compare(x.URL, y.URL) })
	return as
}

// BenchmarkAddArticlesFolder stores the texts BenchmarkRawInsertFolder
// inserts through AddArticles, perTx articles a call, into a new file per
// iteration: what the store adds to the floor (fingerprints, dedup
// indexes, stories, the index of more columns), without summaries or keys.
func BenchmarkAddArticlesFolder(b *testing.B) {
	as := readCorpus(b, benchCorpus())
	ctx := context.Background()
	total := 0
	for b.Loop() {
		b.StopTimer()
		db := MustOpenPath(b, filepath.Join(b.TempDir(), "add.db"))
		b.StartTimer()
		for chunk := range slices.Chunk(as, perTx) {
			if _, err := db.AddArticles(ctx, chunk); err != nil {
				b.Fatal(err)
			}
		}
		total += len(as)
	}
	reportRate(b, total, "articles/s")
}

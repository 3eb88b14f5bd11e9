package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"briefbot"
)

// batch is how many articles one iteration of an ingest benchmark stores.
const batch = 10_000

// topical words are placed in the generated vocabulary at fixed ranks, so
// searches for them have known, varied selectivity.
var topical = map[int]string{
	3: "Paris", 40: "Korea", 41: "Corée", 300: "election", 2000: "Panmunjom", 9000: "Séoul",
}

// vocabulary is a deterministic list of invented words, most frequent
// first, with the topical words at their ranks.
func vocabulary(n int) []string {
	syllables := strings.Fields("ka ri to mu sen ta lo vi ne da po shi ru gan mel bor tes qui an el ur ya zo fe")
	r := rand.New(rand.NewPCG(1, 2))
	words := make([]string, n)
	for i := range words {
		var w strings.Builder
		for range 2 + r.IntN(3) {
			w.WriteString(syllables[r.IntN(len(syllables))])
		}
		words[i] = w.String()
	}
	for rank, w := range topical {
		words[rank] = w
	}
	return words
}

// corpus generates n articles deterministically from seed: about 3 KB of
// text each, words drawn by a Zipf law, so every text and URL differs.
func corpus(n int, seed uint64) []briefbot.Article {
	words := vocabulary(20_000)
	r := rand.New(rand.NewPCG(seed, 7))
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(words)-1))
	next := func() string { return words[zipf.Uint64()] }
	as := make([]briefbot.Article, n)
	for i := range as {
		as[i] = briefbot.Article{
			Source:    "bench",
			URL:       fmt.Sprintf("https://news.example/%d/%d", seed, i),
			Title:     sentence(r, next, 6),
			Lang:      "en",
			Published: day0.Add(-time.Duration(r.IntN(30*24*60)) * time.Minute),
			Ingested:  day0,
			Text:      text(r, next, 3000),
		}
	}
	return as
}

// text is paragraphs of sentences, at least size bytes long.
func text(r *rand.Rand, next func() string, size int) string {
	var b strings.Builder
	for b.Len() < size {
		for range 3 + r.IntN(4) {
			b.WriteString(sentence(r, next, 8+r.IntN(12)))
			b.WriteByte(' ')
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// sentence is n words, capitalised, with a full stop.
func sentence(r *rand.Rand, next func() string, n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = next()
	}
	s := strings.Join(ws, " ")
	if r.IntN(5) == 0 {
		s = strings.Replace(s, " ", ", ", 1)
	}
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// reportRate reports n items per second of measured time.
func reportRate(b *testing.B, n int, unit string) {
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), unit)
}

// BenchmarkAddArticle stores batch articles into a new database per
// iteration through AddArticle: one transaction per article, with the
// dedup indexes and the full-text index maintained.
func BenchmarkAddArticle(b *testing.B) {
	benchStore(b, func(ctx context.Context, db *DB, as []briefbot.Article) error {
		for _, a := range as {
			if _, err := db.AddArticle(ctx, a); err != nil {
				return err
			}
		}
		return nil
	})
}

// BenchmarkAddArticles stores the same rows as BenchmarkAddArticle through
// AddArticles, perTx articles to a transaction.
func BenchmarkAddArticles(b *testing.B) {
	benchStore(b, func(ctx context.Context, db *DB, as []briefbot.Article) error {
		for chunk := range slices.Chunk(as, perTx) {
			if _, err := db.AddArticles(ctx, chunk); err != nil {
				return err
			}
		}
		return nil
	})
}

// benchStore times store on a fresh corpus of batch articles and a new
// database per iteration, and reports articles per second.
func benchStore(b *testing.B, store func(context.Context, *DB, []briefbot.Article) error) {
	ctx := context.Background()
	seed, total := uint64(0), 0
	for b.Loop() {
		b.StopTimer()
		as := corpus(batch, seed)
		seed++
		db := MustOpenPath(b, filepath.Join(b.TempDir(), "add.db"))
		b.StartTimer()
		if err := store(ctx, db, as); err != nil {
			b.Fatal(err)
		}
		total += len(as)
	}
	reportRate(b, total, "articles/s")
}

// perTx is how many articles one transaction of BenchmarkAddArticles and
// BenchmarkRawInsertBatched stores.
const perTx = 200

// BenchmarkRawInsert stores the same rows as BenchmarkAddArticle with a
// plain prepared INSERT into a table with no index and no full-text index,
// also one transaction per row: the floor that AddArticle compares to.
func BenchmarkRawInsert(b *testing.B) { benchRawInsert(b, 1) }

// BenchmarkRawInsertBatched is BenchmarkRawInsert with perTx rows to a
// transaction: the floor that AddArticles compares to.
func BenchmarkRawInsertBatched(b *testing.B) { benchRawInsert(b, perTx) }

func benchRawInsert(b *testing.B, n int) {
	seed, total := uint64(0), 0
	for b.Loop() {
		b.StopTimer()
		as := corpus(batch, seed)
		seed++
		db := MustOpenPath(b, filepath.Join(b.TempDir(), "raw.db"))
		b.StartTimer()
		rawInsert(b, db, as, n)
		total += len(as)
	}
	reportRate(b, total, "articles/s")
}

// rawInsert inserts as into a bare table, n rows to a transaction.
func rawInsert(b *testing.B, db *DB, as []briefbot.Article, n int) {
	ctx := context.Background()
	_, err := db.write.ExecContext(ctx, `CREATE TABLE raw_articles (
		id INTEGER PRIMARY KEY, source TEXT, url TEXT, title TEXT, lang TEXT,
		published INTEGER, ingested INTEGER, text TEXT, content_hash TEXT, sample INTEGER,
		who TEXT, what TEXT, where_ TEXT, when_date TEXT, when_text TEXT, summary TEXT,
		summary_lang TEXT)`)
	if err != nil {
		b.Fatal(err)
	}
	stmt, err := db.write.PrepareContext(ctx, `INSERT INTO raw_articles (source, url, title,
		lang, published, ingested, text, content_hash, sample, who, what, where_, when_date,
		when_text, summary, summary_lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		b.Fatal(err)
	}
	defer stmt.Close()
	for chunk := range slices.Chunk(as, n) {
		rawInsertTx(b, db, stmt, chunk)
	}
}

// rawInsertTx inserts as in one transaction.
func rawInsertTx(b *testing.B, db *DB, stmt *sql.Stmt, as []briefbot.Article) {
	ctx := context.Background()
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	txStmt := tx.StmtContext(ctx, stmt)
	for _, a := range as {
		_, err = txStmt.ExecContext(ctx, a.Source, a.URL, a.Title, a.Lang,
			nullUnix(a.Published), a.Ingested.Unix(), a.Text, briefbot.ContentHash(a.Text), a.Sample,
			"[]", "", "[]", "", "", "", "")
		if err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}

// searchesPerOp is how many searches one iteration of BenchmarkSearch runs.
const searchesPerOp = 100

// BenchmarkSearch searches 20,000 stored articles.
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	db := MustOpen(b)
	for seed := range uint64(2) {
		for _, a := range corpus(batch, 100+seed) {
			if _, err := db.AddArticle(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
	}
	week := day0.AddDate(0, 0, -7)
	for _, q := range []struct {
		name string
		s    briefbot.Search
	}{
		{"frequent word", briefbot.Search{Match: terms("paris")}},
		{"common word", briefbot.Search{Match: terms("korea")}},
		{"rare word", briefbot.Search{Match: terms("panmunjom")}},
		{"accent folded", briefbot.Search{Match: terms("seoul")}},
		{"OR group", briefbot.Search{Match: briefbot.Match{{{Phrase: "korea"}, {Phrase: "coree"}}}}},
		{"two groups", briefbot.Search{Match: terms("korea", "election")}},
		{"prefix", briefbot.Search{Match: briefbot.Match{{{Phrase: "elect", Prefix: true}}}}},
		{"last week", briefbot.Search{Match: terms("korea"), Since: week, Until: day0}},
	} {
		b.Run(q.name, func(b *testing.B) { benchSearch(b, db, q.s) })
	}
}

// benchSearch runs s searchesPerOp times per iteration.
func benchSearch(b *testing.B, db *DB, s briefbot.Search) {
	ctx := context.Background()
	n, hits := 0, 0
	for b.Loop() {
		for range searchesPerOp {
			hs, err := db.SearchArticles(ctx, s)
			if err != nil {
				b.Fatal(err)
			}
			n, hits = n+1, len(hs)
		}
	}
	reportRate(b, n, "searches/s")
	b.ReportMetric(float64(hits), "hits")
}

// BenchmarkStoryNearest measures story assignment for one new article
// against a week of fingerprints at the density of a million articles a
// year (about 2,700 a day), all in memory.
func BenchmarkStoryNearest(b *testing.B) {
	const perDay, days = 2700, 7
	r := rand.New(rand.NewPCG(3, 4))
	x := &storyIndex{days: map[int64][]fingerprint{}}
	base := day0.Unix()
	for i := range perDay * days {
		seen := base - int64(days/2*daySeconds) + int64(i)*daySeconds/perDay
		x.days[dayOf(seen)] = append(x.days[dayOf(seen)],
			fingerprint{id: int64(i + 1), seen: seen, story: int64(i + 1), simhash: r.Uint64()})
	}
	t := &storyTx{x: x}
	for b.Loop() {
		t.nearest(base, r.Uint64())
	}
}

package postgres

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"

	"briefbot"

	"github.com/jackc/pgx/v5"
)

// Limits on how many items one call returns: those of the store contract.
const (
	DefaultLimit = briefbot.DefaultLimit
	MaxLimit     = briefbot.MaxLimit
)

// articlesLock is the key of the advisory lock held by each transaction
// that adds articles. Adding is serialised across every process that
// shares the database, so that a new article sees every article stored
// before it when it looks for its near-duplicate, and so that ids rise in
// the order articles are committed (searches take the highest ids as the
// latest stored). Reads never wait for it.
const articlesLock = 0x6272696566617274 // "briefart"

// AddArticle stores a, unless an article with the same canonical URL or
// the same content is stored already; then it returns that article's id
// and Duplicate. It joins the story of its nearest near-duplicate.
func (db *DB) AddArticle(ctx context.Context, a briefbot.Article) (_ briefbot.AddResult, err error) {
	defer annotate(&err, "storage: add article")
	res, err := db.addArticles(ctx, []briefbot.Article{a})
	if err != nil {
		return briefbot.AddResult{}, err
	}
	return res[0], nil
}

// AddArticles stores as in one transaction, each as AddArticle would; when
// one is invalid nothing is stored.
func (db *DB) AddArticles(ctx context.Context, as []briefbot.Article) (_ []briefbot.AddResult, err error) {
	defer annotate(&err, "storage: add articles")
	return db.addArticles(ctx, as)
}

func (db *DB) addArticles(ctx context.Context, as []briefbot.Article) ([]briefbot.AddResult, error) {
	rows, err := newArticleRows(as)
	if err != nil {
		return nil, err
	}
	results := make([]briefbot.AddResult, len(rows))
	if len(rows) == 0 {
		return results, nil
	}
	err = db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(articlesLock)); err != nil {
			return err
		}
		for i, r := range rows {
			if results[i], err = addRow(ctx, tx, r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return results, nil
}

// articleRow is an article ready to insert, with what is derived from it.
type articleRow struct {
	briefbot.Article
	hash    string    // briefbot.ContentHash of the text
	simhash uint64    // briefbot.SimHash of the text
	seen    int64     // Seen, in unix seconds
	doc     [5]string // the searched fields as words (see docFields)
}

// newArticleRows canonicalises and checks every article before anything
// is written, then hashes and splits their texts on every core, outside
// the transaction. The SimHash covers the text alone, as in SQLite: a
// republished wire story keeps its body and rewrites its headline.
func newArticleRows(as []briefbot.Article) ([]articleRow, error) {
	rows := make([]articleRow, len(as))
	for i, a := range as {
		a.URL = briefbot.CanonicalURL(a.URL)
		if err := briefbot.CheckArticle(a); err != nil {
			return nil, err
		}
		rows[i] = articleRow{Article: a, seen: a.Seen().Unix()}
	}
	parallel(len(rows), func(i int) {
		r := &rows[i]
		r.hash, r.simhash = briefbot.Fingerprints(r.Text)
		r.doc = docFields(r.Article)
	})
	return rows, nil
}

// parallel calls f(0) to f(n-1) on up to GOMAXPROCS goroutines.
func parallel(n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		})
	}
	wg.Wait()
}

// insertArticleSQL inserts one article, unless it duplicates a stored
// one (no row is returned then). Its id is drawn first, so that an article
// that starts a story names itself as the story. Its story is that of its
// nearest near-duplicate (see nearestSQL), read in the same statement.
var insertArticleSQL = `
	INSERT INTO articles (id, source, url, title, lang, published, ingested, text,
		content_hash, sample, who, what, where_, when_date, when_text, summary, summary_lang,
		feed_id, story_id, simhash, summary_error, keys, keys_version, words, where_inferred)
	SELECT n.id, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
		$17, coalesce(near.story_id, n.id), $18, $19, $20, $21, ` + documentSQL(23) + `, $28
	FROM (SELECT nextval(pg_get_serial_sequence('articles', 'id')) AS id) AS n
	LEFT JOIN LATERAL (` + nearestSQL + `) AS near ON true
	ON CONFLICT DO NOTHING
	RETURNING id`

// addRow inserts r, or finds the article it duplicates.
func addRow(ctx context.Context, tx pgx.Tx, r articleRow) (briefbot.AddResult, error) {
	var id int64
	err := tx.QueryRow(ctx, insertArticleSQL,
		r.Source, r.URL, r.Title, r.Lang, nullUnix(r.Published), r.Ingested.Unix(), r.Text,
		r.hash, r.Sample, list(r.Summary.Who), r.Summary.What, list(r.Summary.Where),
		r.Summary.When, r.Summary.WhenText, r.Summary.Summary, r.Summary.Lang,
		nullID(r.FeedID), int64(r.simhash), r.SummaryError, list(r.Keys), r.KeysVersion,
		r.seen, r.doc[0], r.doc[1], r.doc[2], r.doc[3], r.doc[4], r.Summary.WhereInferred).Scan(&id)
	switch {
	case noRows(err):
		id, err := duplicateOf(ctx, tx, r.URL, r.hash)
		return briefbot.AddResult{ID: id, Duplicate: true}, err
	case hasCode(err, foreignKeyViolation):
		return briefbot.AddResult{}, briefbot.Errorf(briefbot.EInvalid,
			"article %q: feed %d is not followed", clip(r.Title), r.FeedID)
	}
	return briefbot.AddResult{ID: id}, err
}

// duplicateOf is the id of the stored article with the canonical URL url,
// or else with the content hash.
func duplicateOf(ctx context.Context, tx pgx.Tx, url, hash string) (int64, error) {
	var id int64
	if url != "" {
		err := tx.QueryRow(ctx, `SELECT id FROM articles WHERE url = $1 AND url <> ''`, url).Scan(&id)
		if !noRows(err) {
			return id, err
		}
	}
	err := tx.QueryRow(ctx, `SELECT id FROM articles WHERE content_hash = $1`, hash).Scan(&id)
	return id, err
}

package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

// Limits on how many items one call returns: those of the store contract.
const (
	DefaultLimit = briefbot.DefaultLimit
	MaxLimit     = briefbot.MaxLimit
)

// AddArticle stores a, unless an article with the same canonical URL or the
// same content (see briefbot.ContentHash) is stored already; then it
// returns that article's id and Duplicate. The URL is stored canonical, and
// times are kept to the second. The article joins the story of its nearest
// near-duplicate (see AddArticles).
func (db *DB) AddArticle(ctx context.Context, a briefbot.Article) (_ briefbot.AddResult, err error) {
	defer annotate(&err, "storage: add article")
	res, err := db.addArticles(ctx, []briefbot.Article{a})
	if err != nil {
		return briefbot.AddResult{}, err
	}
	return res[0], nil
}

// AddArticles stores as in one transaction, each as AddArticle would:
// a duplicate of a stored article, or of one earlier in as, is reported as
// such with that article's id, and the others are stored. Results are in
// the order of as.
//
// Each new article joins the story of its nearest near-duplicate: the
// stored article, seen within briefbot.StoryWindow of it, whose text's
// briefbot.SimHash is at most briefbot.NearDuplicate bits away. Without one
// it starts a story of its own, whose id is its own.
//
// When an article is invalid (no text, no ingested time, a bad summary
// date, a FeedID that names no feed), nothing is stored and the EInvalid
// error names the article.
func (db *DB) AddArticles(ctx context.Context, as []briefbot.Article) (_ []briefbot.AddResult, err error) {
	defer annotate(&err, "storage: add articles")
	return db.addArticles(ctx, as)
}

func (db *DB) addArticles(ctx context.Context, as []briefbot.Article) ([]briefbot.AddResult, error) {
	rows, err := newArticleRows(as)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return []briefbot.AddResult{}, nil
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	w, err := db.newArticleWriter(ctx, tx, rows)
	if err != nil {
		return nil, err
	}
	defer w.close()
	results := make([]briefbot.AddResult, len(rows))
	for i, r := range rows {
		if results[i], err = w.add(ctx, r); err != nil {
			return nil, err
		}
	}
	if err := w.indexAdded(ctx); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	w.committed()
	return results, nil
}

// articleRow is an article ready to insert, with what is derived from it.
type articleRow struct {
	briefbot.Article
	hash    string // briefbot.ContentHash of the text
	simhash uint64 // briefbot.SimHash of the text
	seen    int64  // Seen, in unix seconds
}

// newArticleRows canonicalises and checks every article before anything is
// written, so that an invalid one stores nothing, then hashes their texts
// on every core, outside the write transaction.
//
// The SimHash is taken over the text alone, not the headline: the same
// wire story is often republished under a rewritten headline, while its
// body stays nearly word for word the same. It is also what the content
// hash covers.
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
		rows[i].hash, rows[i].simhash = briefbot.Fingerprints(rows[i].Text)
	})
	return rows, nil
}

// parallel calls f(0) to f(n-1) on up to runtime.GOMAXPROCS goroutines and
// returns when all have returned.
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

// articleWriter inserts the articles of one write transaction.
type articleWriter struct {
	tx      *sql.Tx
	insert  *sql.Stmt // insertArticleSQL in tx
	index   *sql.Stmt // indexArticlesSQL in tx
	stories *storyTx
	firstID int64 // the id of the transaction's first inserted article; 0: none yet
}

func (db *DB) newArticleWriter(ctx context.Context, tx *sql.Tx, rows []articleRow) (*articleWriter, error) {
	seens := make([]int64, len(rows))
	for i, r := range rows {
		seens[i] = r.seen
	}
	stories, err := db.stories.begin(ctx, tx, seens)
	if err != nil {
		return nil, err
	}
	return &articleWriter{
		tx:      tx,
		insert:  tx.StmtContext(ctx, db.insertArticle),
		index:   tx.StmtContext(ctx, db.indexArticles),
		stories: stories,
	}, nil
}

// indexArticlesSQL adds the articles from an id on to the full-text index.
const indexArticlesSQL = `
	INSERT INTO articles_fts (rowid, title, text, summary, who, where_, keys)
	SELECT id, title, text, summary, who, where_, keys FROM articles WHERE id >= ?`

// indexAdded adds the articles inserted in the transaction to the
// full-text index, in one statement (see migration 0002). They are the
// rows from firstID on: the transaction holds the write lock, and each
// insert takes the next id.
func (w *articleWriter) indexAdded(ctx context.Context) error {
	if w.firstID == 0 {
		return nil
	}
	_, err := w.index.ExecContext(ctx, w.firstID)
	return err
}

// committed tells the writer that its transaction was committed.
func (w *articleWriter) committed() { w.stories.commit() }

// close releases the statement and the story index; the articles it added
// to the index are forgotten unless committed was called.
func (w *articleWriter) close() {
	w.insert.Close()
	w.index.Close()
	w.stories.end()
}

// insertArticleSQL inserts one article. Its id is chosen in the statement
// (one more than the largest), so that an article that starts a story can
// name itself as the story in the same row: the ?17 story parameter is NULL
// for a new story.
const insertArticleSQL = `
	INSERT INTO articles (id, source, url, title, lang, published, ingested, text,
		content_hash, sample, who, what, where_, when_date, when_text, summary, summary_lang,
		feed_id, story_id, simhash, summary_error, keys, keys_version, where_inferred)
	SELECT next.id, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
		?18, coalesce(?17, next.id), ?19, ?20, ?21, ?22, ?23
	FROM (SELECT ifnull(max(id), 0) + 1 AS id FROM articles) AS next`

// add inserts r, or finds the article it duplicates.
func (w *articleWriter) add(ctx context.Context, r articleRow) (briefbot.AddResult, error) {
	story := w.stories.nearest(r.seen, r.simhash)
	res, err := w.insert.ExecContext(ctx,
		r.Source, r.URL, r.Title, r.Lang, nullUnix(r.Published), r.Ingested.Unix(), r.Text,
		r.hash, r.Sample, encodeList(r.Summary.Who), r.Summary.What, encodeList(r.Summary.Where),
		r.Summary.When, r.Summary.WhenText, r.Summary.Summary, r.Summary.Lang,
		nullID(story), nullID(r.FeedID), int64(r.simhash), r.SummaryError,
		strings.Join(r.Keys, " "), r.KeysVersion, r.Summary.WhereInferred)
	switch {
	case isUniqueViolation(err):
		id, err := duplicateOf(ctx, w.tx, r.URL, r.hash)
		return briefbot.AddResult{ID: id, Duplicate: true}, err
	case isForeignKeyViolation(err):
		return briefbot.AddResult{}, briefbot.Errorf(briefbot.EInvalid,
			"article %q: feed %d is not followed", clip(r.Title), r.FeedID)
	case err != nil:
		return briefbot.AddResult{}, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return briefbot.AddResult{}, err
	}
	if story == 0 {
		story = id
	}
	w.stories.add(fingerprint{id: id, seen: r.seen, story: story, simhash: r.simhash})
	if w.firstID == 0 {
		w.firstID = id
	}
	return briefbot.AddResult{ID: id}, nil
}

// duplicateOf is the id of the stored article with the canonical URL url,
// or else with the content hash.
func duplicateOf(ctx context.Context, tx *sql.Tx, url, hash string) (int64, error) {
	var id int64
	if url != "" {
		err := tx.QueryRowContext(ctx,
			`SELECT id FROM articles WHERE url = ? AND url <> ''`, url).Scan(&id)
		if !errors.Is(err, sql.ErrNoRows) {
			return id, err
		}
	}
	err := tx.QueryRowContext(ctx,
		`SELECT id FROM articles WHERE content_hash = ?`, hash).Scan(&id)
	return id, err
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// clip shortens s for an error message.
func clip(s string) string {
	const n = 40
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"time"

	"briefbot"
)

// GetArticle returns the article with the given id.
func (db *DB) GetArticle(ctx context.Context, id int64) (_ briefbot.Article, err error) {
	defer annotate(&err, "storage: get article")
	row := db.read.QueryRowContext(ctx,
		`SELECT `+articleColumns+` FROM articles AS a WHERE a.id = ?`, id)
	a, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) {
		return a, briefbot.Errorf(briefbot.ENotFound, "article %d not found", id)
	}
	return a, err
}

// SetSummary replaces the summary of the article with the given id, and
// its summary error ("" once the summary is written).
func (db *DB) SetSummary(ctx context.Context, id int64, s briefbot.Summary, summaryErr string) (err error) {
	defer annotate(&err, "storage: set summary")
	if err := briefbot.CheckSummary(s); err != nil {
		return err
	}
	res, err := db.write.ExecContext(ctx, `
		UPDATE articles SET who = ?, what = ?, where_ = ?, when_date = ?, when_text = ?,
			summary = ?, summary_lang = ?, summary_error = ?, where_inferred = ?
		WHERE id = ?`,
		encodeList(s.Who), s.What, encodeList(s.Where), s.When, s.WhenText, s.Summary, s.Lang, summaryErr,
		s.WhereInferred, id)
	if err != nil {
		return err
	}
	return mustAffect(res, "article %d not found", id)
}

// ArticlesAfter returns up to limit articles whose id is above afterID, in
// id order; only those whose summary could not be written when failedOnly.
func (db *DB) ArticlesAfter(ctx context.Context, afterID int64, failedOnly bool, limit int) (_ []briefbot.Article, err error) {
	defer annotate(&err, "storage: articles after")
	if limit, err = resolveLimit(limit); err != nil {
		return nil, err
	}
	query := `SELECT ` + articleColumns + ` FROM articles AS a WHERE a.id > ?`
	if failedOnly {
		query += ` AND a.summary_error <> ''`
	}
	rows, err := db.read.QueryContext(ctx, query+` ORDER BY a.id LIMIT ?`, afterID, limit)
	if err != nil {
		return nil, err
	}
	return scanArticles(rows)
}

// ArticlesToKey returns up to limit articles whose keys were written by a
// version below version (or never), with ids above afterID, in id order.
// It reads each older version in turn through the index on (keys_version,
// id), then keeps the lowest ids: a query for "below version" in id order
// would walk the whole table by id, and find nothing, on a store whose
// articles are all keyed.
func (db *DB) ArticlesToKey(ctx context.Context, version int, afterID int64, limit int) (_ []briefbot.Article, err error) {
	defer annotate(&err, "storage: articles to key")
	if limit, err = resolveLimit(limit); err != nil {
		return nil, err
	}
	var out []briefbot.Article
	for v := range max(version, 0) {
		rows, err := db.read.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles AS a
			WHERE a.keys_version = ? AND a.id > ? ORDER BY a.id LIMIT ?`, v, afterID, limit)
		if err != nil {
			return nil, err
		}
		as, err := scanArticles(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, as...)
	}
	slices.SortFunc(out, func(a, b briefbot.Article) int { return cmp.Compare(a.ID, b.ID) })
	return out[:min(len(out), limit)], nil
}

// SetKeys replaces the search keys of the articles named and their
// version, in one statement; the update trigger indexes them again.
func (db *DB) SetKeys(ctx context.Context, ks []briefbot.ArticleKeys) (err error) {
	defer annotate(&err, "storage: set keys")
	if len(ks) > MaxLimit {
		return briefbot.Errorf(briefbot.EInvalid, "keys for %d articles at once, more than %d", len(ks), MaxLimit)
	}
	for _, k := range ks {
		if err := briefbot.CheckKeys(k.Keys, k.Version); err != nil {
			return err
		}
	}
	type row struct {
		ID      int64  `json:"id"`
		Keys    string `json:"keys"`
		Version int    `json:"v"`
	}
	rows := make([]row, len(ks))
	for i, k := range ks {
		rows[i] = row{k.ID, strings.Join(k.Keys, " "), k.Version}
	}
	list, err := json.Marshal(rows)
	if err != nil {
		return err
	}
	_, err = db.write.ExecContext(ctx, setKeysSQL, string(list))
	return err
}

// setKeysSQL writes the keys of a JSON array of articles in one statement:
// FTS5 writes what a statement indexed as one segment, where a statement
// an article would write one segment each.
const setKeysSQL = `
	UPDATE articles SET keys = k.keys, keys_version = k.v
	FROM (SELECT value ->> 'id' AS id, value ->> 'keys' AS keys, value ->> 'v' AS v
		FROM json_each(?)) AS k
	WHERE articles.id = k.id`

// mustAffect turns an update of no row into a not-found error.
func mustAffect(res sql.Result, format string, args ...any) error {
	n, err := res.RowsAffected()
	if err == nil && n == 0 {
		return briefbot.Errorf(briefbot.ENotFound, format, args...)
	}
	return err
}

// RecentArticles returns the articles seen at or after since (the zero time:
// all), newest first, at most limit (0: DefaultLimit; at most MaxLimit).
func (db *DB) RecentArticles(ctx context.Context, since time.Time, limit int) (_ []briefbot.Article, err error) {
	defer annotate(&err, "storage: recent articles")
	if limit, err = resolveLimit(limit); err != nil {
		return nil, err
	}
	lo, _ := boundsUnix(since, time.Time{})
	rows, err := db.read.QueryContext(ctx, `
		SELECT `+articleColumns+` FROM articles AS a
		WHERE a.seen >= ?
		ORDER BY a.seen DESC, a.id DESC
		LIMIT ?`, lo, limit)
	if err != nil {
		return nil, err
	}
	return scanArticles(rows)
}

// ArticleStats counts the stored articles.
func (db *DB) ArticleStats(ctx context.Context) (_ briefbot.ArticleStats, err error) {
	defer annotate(&err, "storage: article stats")
	var st briefbot.ArticleStats
	err = db.read.QueryRowContext(ctx, `
		SELECT (SELECT count(*) FROM articles),
		       (SELECT count(*) FROM articles WHERE sample = 1),
		       (SELECT count(*) FROM articles WHERE summary_error <> '')`).Scan(&st.Articles, &st.Samples, &st.Unsummarized)
	return st, err
}

// resolveLimit applies the default and the maximum to a requested limit.
func resolveLimit(n int) (int, error) {
	switch {
	case n < 0:
		return 0, briefbot.Errorf(briefbot.EInvalid, "limit %d is negative", n)
	case n == 0:
		return DefaultLimit, nil
	}
	return min(n, MaxLimit), nil
}

package postgres

import (
	"context"
	"time"

	"briefbot"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// GetArticle returns the article with the given id.
func (db *DB) GetArticle(ctx context.Context, id int64) (_ briefbot.Article, err error) {
	defer annotate(&err, "storage: get article")
	a, err := scanArticle(db.pool.QueryRow(ctx, `SELECT `+articleColumns+` FROM articles AS a WHERE a.id = $1`, id))
	if noRows(err) {
		return a, briefbot.Errorf(briefbot.ENotFound, "article %d not found", id)
	}
	return a, err
}

// SetSummary replaces the summary of an article and its summary error,
// and its document, so that searches find the new summary.
func (db *DB) SetSummary(ctx context.Context, id int64, s briefbot.Summary, summaryErr string) (err error) {
	defer annotate(&err, "storage: set summary")
	if err := briefbot.CheckSummary(s); err != nil {
		return err
	}
	return db.inTx(ctx, func(tx pgx.Tx) error {
		var title, text string
		err := tx.QueryRow(ctx, `SELECT title, text FROM articles WHERE id = $1 FOR UPDATE`, id).Scan(&title, &text)
		if noRows(err) {
			return briefbot.Errorf(briefbot.ENotFound, "article %d not found", id)
		} else if err != nil {
			return err
		}
		doc := docFields(briefbot.Article{Title: title, Text: text, Summary: s})
		_, err = tx.Exec(ctx, `
			UPDATE articles SET who = $1, what = $2, where_ = $3, when_date = $4, when_text = $5,
				summary = $6, summary_lang = $7, summary_error = $8, words = `+documentSQL(10)+`,
				where_inferred = $15
			WHERE id = $9`,
			list(s.Who), s.What, list(s.Where), s.When, s.WhenText, s.Summary, s.Lang, summaryErr, id,
			doc[0], doc[1], doc[2], doc[3], doc[4], s.WhereInferred)
		return err
	})
}

// ArticlesAfter returns up to limit articles whose id is above afterID, in
// id order; only those whose summary could not be written when failedOnly.
func (db *DB) ArticlesAfter(ctx context.Context, afterID int64, failedOnly bool, limit int) (_ []briefbot.Article, err error) {
	defer annotate(&err, "storage: articles after")
	if limit, err = resolveLimit(limit); err != nil {
		return nil, err
	}
	return scanArticles(db.pool.Query(ctx, `SELECT `+articleColumns+` FROM articles AS a
		WHERE a.id > $1 AND (NOT $2 OR a.summary_error <> '') ORDER BY a.id LIMIT $3`, afterID, failedOnly, limit))
}

// ArticlesToKey returns up to limit articles whose keys were written by a
// version below version (or never), with ids above afterID, in id order.
func (db *DB) ArticlesToKey(ctx context.Context, version int, afterID int64, limit int) (_ []briefbot.Article, err error) {
	defer annotate(&err, "storage: articles to key")
	if limit, err = resolveLimit(limit); err != nil {
		return nil, err
	}
	return scanArticles(db.pool.Query(ctx, `SELECT `+articleColumns+` FROM articles AS a
		WHERE a.keys_version < $1 AND a.id > $2 ORDER BY a.id LIMIT $3`, version, afterID, limit))
}

// SetKeys replaces the search keys of the articles named and their
// version, in one statement over arrays.
func (db *DB) SetKeys(ctx context.Context, ks []briefbot.ArticleKeys) (err error) {
	defer annotate(&err, "storage: set keys")
	if len(ks) > MaxLimit {
		return briefbot.Errorf(briefbot.EInvalid, "keys for %d articles at once, more than %d", len(ks), MaxLimit)
	}
	ids, versions := make([]int64, len(ks)), make([]int32, len(ks))
	keys := make([]string, len(ks)) // each article's keys, space-separated
	for i, k := range ks {
		if err := briefbot.CheckKeys(k.Keys, k.Version); err != nil {
			return err
		}
		ids[i], versions[i], keys[i] = k.ID, int32(k.Version), joinKeys(k.Keys)
	}
	_, err = db.pool.Exec(ctx, `
		UPDATE articles AS a SET keys = coalesce(string_to_array(nullif(k.keys, ''), ' '), '{}'), keys_version = k.v
		FROM unnest($1::bigint[], $2::text[], $3::integer[]) AS k (id, keys, v)
		WHERE a.id = k.id`, ids, keys, versions)
	return err
}

// joinKeys joins valid keys (which hold no space) with spaces, to pass an
// array of lists as one text array.
func joinKeys(keys []string) string {
	s := ""
	for i, k := range keys {
		if i > 0 {
			s += " "
		}
		s += k
	}
	return s
}

// mustAffect turns an update of no row into a not-found error.
func mustAffect(tag pgconn.CommandTag, err error, format string, args ...any) error {
	if err == nil && tag.RowsAffected() == 0 {
		return briefbot.Errorf(briefbot.ENotFound, format, args...)
	}
	return err
}

// RecentArticles returns the articles seen at or after since (the zero
// time: all), newest first, at most limit.
func (db *DB) RecentArticles(ctx context.Context, since time.Time, limit int) (_ []briefbot.Article, err error) {
	defer annotate(&err, "storage: recent articles")
	if limit, err = resolveLimit(limit); err != nil {
		return nil, err
	}
	lo, _ := boundsUnix(since, time.Time{})
	return scanArticles(db.pool.Query(ctx, `SELECT `+articleColumns+` FROM articles AS a
		WHERE a.seen >= $1 ORDER BY a.seen DESC, a.id DESC LIMIT $2`, lo, limit))
}

// ArticleStats counts the stored articles.
func (db *DB) ArticleStats(ctx context.Context) (_ briefbot.ArticleStats, err error) {
	defer annotate(&err, "storage: article stats")
	var st briefbot.ArticleStats
	err = db.pool.QueryRow(ctx, `
		SELECT count(*), count(*) FILTER (WHERE sample), count(*) FILTER (WHERE summary_error <> '')
		FROM articles`).Scan(&st.Articles, &st.Samples, &st.Unsummarized)
	return st, err
}

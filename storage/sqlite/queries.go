package sqlite

import (
	"context"
	"database/sql"
	"errors"
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
	if err := validateSummary(s); err != nil {
		return err
	}
	res, err := db.write.ExecContext(ctx, `
		UPDATE articles SET who = ?, what = ?, where_ = ?, when_date = ?, when_text = ?,
			summary = ?, summary_lang = ?, summary_error = ?
		WHERE id = ?`,
		encodeList(s.Who), s.What, encodeList(s.Where), s.When, s.WhenText, s.Summary, s.Lang, summaryErr, id)
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

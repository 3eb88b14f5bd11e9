package storage

import (
	"context"
	"database/sql"
	"errors"
	"time"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

// Limits on how many articles one call returns.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

// AddArticle stores a, unless an article with the same canonical URL or the
// same content (see briefbot.ContentHash) is stored already; then it
// returns that article's id and Duplicate. The URL is stored canonical, and
// times are kept to the second.
func (db *DB) AddArticle(ctx context.Context, a briefbot.Article) (_ briefbot.AddResult, err error) {
	defer annotate(&err, "storage: add article")
	a.URL = briefbot.CanonicalURL(a.URL)
	if err := validateArticle(a); err != nil {
		return briefbot.AddResult{}, err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return briefbot.AddResult{}, err
	}
	defer tx.Rollback()
	res, err := insertArticle(ctx, tx, a)
	if err != nil || res.Duplicate {
		return res, err
	}
	return res, tx.Commit()
}

// insertArticle inserts a, or finds the article it duplicates.
func insertArticle(ctx context.Context, tx *sql.Tx, a briefbot.Article) (briefbot.AddResult, error) {
	hash := briefbot.ContentHash(a.Text)
	res, err := tx.ExecContext(ctx, `
		INSERT INTO articles (source, url, title, lang, published, ingested, text,
			content_hash, sample, who, what, where_, when_date, when_text, summary, summary_lang)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.Source, a.URL, a.Title, a.Lang, nullUnix(a.Published), a.Ingested.Unix(), a.Text,
		hash, a.Sample, encodeList(a.Summary.Who), a.Summary.What, encodeList(a.Summary.Where),
		a.Summary.When, a.Summary.WhenText, a.Summary.Summary, a.Summary.Lang)
	if isUniqueViolation(err) {
		id, err := duplicateOf(ctx, tx, a.URL, hash)
		return briefbot.AddResult{ID: id, Duplicate: true}, err
	}
	if err != nil {
		return briefbot.AddResult{}, err
	}
	id, err := res.LastInsertId()
	return briefbot.AddResult{ID: id}, err
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

// validateArticle checks what the schema cannot express to a user.
func validateArticle(a briefbot.Article) error {
	if !hasWord(a.Text) {
		return briefbot.Errorf(briefbot.EInvalid, "article %q has no text", clip(a.Title))
	}
	if a.Ingested.IsZero() {
		return briefbot.Errorf(briefbot.EInvalid, "article %q has no ingested time", clip(a.Title))
	}
	return validateSummary(a.Summary)
}

// validateSummary checks the summary's date.
func validateSummary(s briefbot.Summary) error {
	if s.When == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, s.When); err != nil {
		return briefbot.Errorf(briefbot.EInvalid, "summary date %q is not YYYY-MM-DD", clip(s.When))
	}
	return nil
}

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

// UpdateSummary replaces the summary of the article with the given id.
func (db *DB) UpdateSummary(ctx context.Context, id int64, s briefbot.Summary) (err error) {
	defer annotate(&err, "storage: update summary")
	if err := validateSummary(s); err != nil {
		return err
	}
	res, err := db.write.ExecContext(ctx, `
		UPDATE articles SET who = ?, what = ?, where_ = ?, when_date = ?, when_text = ?,
			summary = ?, summary_lang = ?
		WHERE id = ?`,
		encodeList(s.Who), s.What, encodeList(s.Where), s.When, s.WhenText, s.Summary, s.Lang, id)
	if err != nil {
		return err
	}
	return mustAffect(res, "article %d not found", id)
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
		       (SELECT count(*) FROM articles WHERE sample = 1)`).Scan(&st.Articles, &st.Samples)
	return st, err
}

// DeleteSamples removes the articles of the bundled sample corpus and
// returns how many it removed.
func (db *DB) DeleteSamples(ctx context.Context) (_ int, err error) {
	defer annotate(&err, "storage: delete samples")
	res, err := db.write.ExecContext(ctx, `DELETE FROM articles WHERE sample = 1`)
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	return int(n), err
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

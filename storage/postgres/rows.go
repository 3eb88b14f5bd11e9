package postgres

import (
	"time"

	"briefbot"

	"github.com/jackc/pgx/v5"
)

// articleColumns lists the articles columns that scanArticle reads, in its
// order, for a query that names the table "a".
const articleColumns = `a.id, a.source, a.url, a.title, a.lang, a.published, a.ingested,
	a.text, a.sample, a.who, a.what, a.where_, a.when_date, a.when_text,
	a.summary, a.summary_lang, a.feed_id, a.story_id, a.summary_error, a.keys, a.keys_version,
	a.where_inferred`

// scanArticle reads the articleColumns of one row.
func scanArticle(row pgx.Row) (briefbot.Article, error) {
	var (
		a         briefbot.Article
		published *int64
		ingested  int64
		feed      *int64
	)
	err := row.Scan(&a.ID, &a.Source, &a.URL, &a.Title, &a.Lang, &published, &ingested,
		&a.Text, &a.Sample, &a.Summary.Who, &a.Summary.What, &a.Summary.Where, &a.Summary.When,
		&a.Summary.WhenText, &a.Summary.Summary, &a.Summary.Lang, &feed, &a.StoryID, &a.SummaryError,
		&a.Keys, &a.KeysVersion, &a.Summary.WhereInferred)
	if err != nil {
		return briefbot.Article{}, err
	}
	if published != nil {
		a.Published = fromUnix(*published)
	}
	if feed != nil {
		a.FeedID = *feed
	}
	a.Ingested = fromUnix(ingested)
	a.Summary.Who, a.Summary.Where, a.Keys = orNil(a.Summary.Who), orNil(a.Summary.Where), orNil(a.Keys)
	return a, nil
}

// scanArticles reads every row of rows with scanArticle.
func scanArticles(rows pgx.Rows, err error) ([]briefbot.Article, error) {
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (briefbot.Article, error) { return scanArticle(r) })
}

// list is ss for an array column: never NULL.
func list(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}

// orNil is ss, or nil when it is empty, as the store contract returns an
// empty list.
func orNil(ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	return ss
}

// fromUnix is the UTC time of unix seconds.
func fromUnix(sec int64) time.Time { return time.Unix(sec, 0).UTC() }

// unixTime is the time of unix seconds, the zero time for 0.
func unixTime(sec int64) time.Time {
	if sec == 0 {
		return time.Time{}
	}
	return fromUnix(sec)
}

// timeOf is the time of nullable unix seconds; NULL is the zero time.
func timeOf(sec *int64) time.Time {
	if sec == nil {
		return time.Time{}
	}
	return fromUnix(*sec)
}

// nullUnix is t in unix seconds, or NULL for the zero time.
func nullUnix(t time.Time) *int64 {
	if t.IsZero() {
		return nil
	}
	u := t.Unix()
	return &u
}

// unixOrZero stores the zero time as 0.
func unixOrZero(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

// nullID is id, or NULL for 0 (no such row).
func nullID(id int64) *int64 {
	if id == 0 {
		return nil
	}
	return &id
}

// boundsUnix turns a window into unix seconds: since inclusive, until
// exclusive, the zero time meaning no bound. Stored times are whole
// seconds, so both bounds round up.
func boundsUnix(since, until time.Time) (lo, hi int64) {
	lo, hi = minInt64, maxInt64
	if !since.IsZero() {
		lo = ceilUnix(since)
	}
	if !until.IsZero() {
		hi = ceilUnix(until)
	}
	return lo, hi
}

// ceilUnix is t in unix seconds, rounded up.
func ceilUnix(t time.Time) int64 {
	if t.Nanosecond() > 0 {
		return t.Unix() + 1
	}
	return t.Unix()
}

const (
	minInt64 int64 = -1 << 63
	maxInt64 int64 = 1<<63 - 1
)

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

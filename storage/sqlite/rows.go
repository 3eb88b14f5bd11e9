package sqlite

import (
	"database/sql"
	"encoding/json"
	"strings"
	"time"

	"briefbot"
)

// articleColumns lists the articles columns that scanArticle reads, in its
// order, for a query that names the table "a".
const articleColumns = `a.id, a.source, a.url, a.title, a.lang, a.published, a.ingested,
	a.text, a.sample, a.who, a.what, a.where_, a.when_date, a.when_text,
	a.summary, a.summary_lang, a.feed_id, a.story_id, a.summary_error, a.keys, a.keys_version,
	a.where_inferred`

// scanner is a *sql.Row or *sql.Rows.
type scanner interface {
	Scan(dest ...any) error
}

// scanArticle reads the articleColumns of one row, followed by extra.
func scanArticle(s scanner, extra ...any) (briefbot.Article, error) {
	var (
		a         briefbot.Article
		published sql.NullInt64
		ingested  int64
		who       string
		where     string
		feed      sql.NullInt64
		keys      string
	)
	dest := []any{&a.ID, &a.Source, &a.URL, &a.Title, &a.Lang, &published, &ingested,
		&a.Text, &a.Sample, &who, &a.Summary.What, &where, &a.Summary.When,
		&a.Summary.WhenText, &a.Summary.Summary, &a.Summary.Lang, &feed, &a.StoryID, &a.SummaryError, &keys, &a.KeysVersion,
		&a.Summary.WhereInferred}
	if err := s.Scan(append(dest, extra...)...); err != nil {
		return briefbot.Article{}, err
	}
	if published.Valid {
		a.Published = fromUnix(published.Int64)
	}
	a.Ingested = fromUnix(ingested)
	a.FeedID = feed.Int64
	a.Keys = strings.Fields(keys)
	if len(a.Keys) == 0 {
		a.Keys = nil
	}
	var err error
	if a.Summary.Who, err = decodeList(who); err != nil {
		return briefbot.Article{}, err
	}
	a.Summary.Where, err = decodeList(where)
	return a, err
}

// scanArticles reads every row of rows with scanArticle.
func scanArticles(rows *sql.Rows) ([]briefbot.Article, error) {
	defer rows.Close()
	var as []briefbot.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, err
		}
		as = append(as, a)
	}
	return as, rows.Err()
}

// fromUnix is the UTC time of unix seconds.
func fromUnix(sec int64) time.Time { return time.Unix(sec, 0).UTC() }

// nullUnix is t in unix seconds, or NULL for the zero time.
func nullUnix(t time.Time) sql.NullInt64 {
	if t.IsZero() {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: t.Unix(), Valid: true}
}

// nullID is id, or NULL for 0 (no such row).
func nullID(id int64) sql.NullInt64 {
	return sql.NullInt64{Int64: id, Valid: id != 0}
}

// encodeList is the JSON array of ss; nil encodes as [].
func encodeList(ss []string) string {
	if len(ss) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(ss) // a []string always marshals
	return string(b)
}

// decodeList reads a JSON array of strings; an empty array is nil.
func decodeList(s string) ([]string, error) {
	ss, err := appendList(nil, s)
	if len(ss) == 0 {
		return nil, err
	}
	return ss, err
}

// appendList appends the strings of the JSON array s to dst. The lists
// that encodeList writes without escapes, such as ["Kim Jong Un","Yoon"],
// are read without the JSON decoder, and into one slice for many lists (a
// search reads the people and places of hundreds of candidates).
func appendList(dst []string, s string) ([]string, error) {
	switch {
	case s == "[]":
		return dst, nil
	case plainList(s):
		for e := range strings.SplitSeq(s[2:len(s)-2], `","`) {
			dst = append(dst, e)
		}
		return dst, nil
	}
	var ss []string
	if err := json.Unmarshal([]byte(s), &ss); err != nil {
		return dst, err
	}
	return append(dst, ss...), nil
}

// plainList reports whether s is a list of strings with no escapes in
// them. Without a backslash, a quote only ever delimits a string, so each
// quote inside the outer two belongs to a "," between two strings.
func plainList(s string) bool {
	if len(s) < 4 || !strings.HasPrefix(s, `["`) || !strings.HasSuffix(s, `"]`) || strings.IndexByte(s, '\\') >= 0 {
		return false
	}
	inner := s[2 : len(s)-2]
	return strings.Count(inner, `"`) == 2*strings.Count(inner, `","`)
}

// boundsUnix turns a window into unix seconds: since inclusive, until
// exclusive, the zero time meaning no bound. Stored times are whole seconds,
// so both bounds round up: a second counts when it is at or after since and
// before until.
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

package sqlite

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"

	"briefbot"
)

// ScanLimit is how many of the newest matches of a search are ranked: a
// topic in the news every day has thousands of matches in a month, and
// the newest of them are the ones a brief shows, so the cost of a search
// stays bounded however large the window and the store.
const ScanLimit = 500

// SearchArticles returns the articles that match s.Match and were seen in
// the window [s.Since, s.Until), most relevant first (equally relevant:
// newest first), at most s.Limit (0: DefaultLimit; at most MaxLimit). Only
// the ScanLimit newest matches (by id, which follows arrival) are ranked,
// by where they name the topic (see relevance).
func (db *DB) SearchArticles(ctx context.Context, s briefbot.Search) (_ []briefbot.Hit, err error) {
	defer annotate(&err, "storage: search articles")
	expr, err := matchExpr(s.Match)
	if err != nil {
		return nil, err
	}
	limit, err := resolveLimit(s.Limit)
	if err != nil {
		return nil, err
	}
	lo, hi := boundsUnix(s.Since, s.Until)
	first, last, err := db.idRange(ctx, lo, hi)
	if err != nil {
		return nil, err
	}
	cands, err := db.candidates(ctx, expr, lo, hi, first, last)
	if err != nil {
		return nil, err
	}
	ps := phrases(s.Match)
	for i := range cands {
		cands[i].score = relevance(cands[i], ps)
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(b.seen, a.seen), cmp.Compare(b.id, a.id))
	})
	return db.hits(ctx, cands[:min(limit, len(cands))])
}

// candidates are the newest matches of the full-text query expr in the id
// range [first, last] (at most ScanLimit), seen in [lo, hi), with the
// short fields that relevance reads.
func (db *DB) candidates(ctx context.Context, expr string, lo, hi, first, last int64) ([]candidate, error) {
	rows, err := db.read.QueryContext(ctx, candidatesSQL, expr, lo, hi, first, last, ScanLimit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []candidate
	for rows.Next() {
		var c candidate
		if err := rows.Scan(&c.id, &c.seen, &c.title, &c.summary, &c.who, &c.where); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// candidatesSQL reads the newest matches of the full-text index in an id
// range (the index walks its lists from the top of the range down and
// stops at the limit), then applies the exact window.
const candidatesSQL = `
	SELECT a.id, a.seen, a.title, a.summary, a.who, a.where_
	FROM (
		SELECT rowid AS id FROM articles_fts
		WHERE articles_fts MATCH ?1 AND rowid >= ?4 AND rowid <= ?5
		ORDER BY rowid DESC
		LIMIT ?6
	) AS f
	JOIN articles AS a ON a.id = f.id
	WHERE a.seen >= ?2 AND a.seen < ?3`

// hits reads the candidates' articles in full, in the candidates' order.
func (db *DB) hits(ctx context.Context, cands []candidate) ([]briefbot.Hit, error) {
	if len(cands) == 0 {
		return nil, nil
	}
	ids := make([]string, len(cands))
	pos := make(map[int64]int, len(cands))
	for i, c := range cands {
		ids[i] = strconv.FormatInt(c.id, 10)
		pos[c.id] = i
	}
	rows, err := db.read.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles AS a
		WHERE a.id IN (SELECT value FROM json_each(?))`, "["+strings.Join(ids, ",")+"]")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	hits := make([]briefbot.Hit, len(cands))
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, err
		}
		i := pos[a.ID]
		hits[i] = briefbot.Hit{Article: a, Relevance: cands[i].score}
	}
	// An article deleted since it was a candidate leaves an empty hit.
	return slices.DeleteFunc(hits, func(h briefbot.Hit) bool { return h.Article.ID == 0 }), rows.Err()
}

// idRange bounds the ids of the articles seen in [lo, hi) (unix seconds):
// from the first id of lo's day to the last id of the day before hi's.
func (db *DB) idRange(ctx context.Context, lo, hi int64) (first, last int64, err error) {
	first, last = minInt64, maxInt64
	if lo != minInt64 {
		err = db.read.QueryRowContext(ctx, `SELECT coalesce(min(first_id), ?2) FROM article_days WHERE day >= ?1`,
			floorDiv(lo, 86400), maxInt64).Scan(&first)
	}
	if err == nil && hi != maxInt64 {
		err = db.read.QueryRowContext(ctx, `SELECT coalesce(max(last_id), ?2) FROM article_days WHERE day <= ?1`,
			floorDiv(hi, 86400)+1, minInt64).Scan(&last)
	}
	return first, last, err
}

// floorDiv is a/b rounded down. SQLite's division, which article_days
// uses, truncates toward zero, so a day from floorDiv is never after the
// recorded day of a time before 1970 (the bounds stay bounds).
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// MatchCount counts the matches of the full-text query a search for s
// issues (the newest ScanLimit in the window's id range), without ranking,
// windowing or reading them: the least a search for s can cost.
func (db *DB) MatchCount(ctx context.Context, s briefbot.Search) (_ int, err error) {
	defer annotate(&err, "storage: match count")
	expr, err := matchExpr(s.Match)
	if err != nil {
		return 0, err
	}
	lo, hi := boundsUnix(s.Since, s.Until)
	first, last, err := db.idRange(ctx, lo, hi)
	if err != nil {
		return 0, err
	}
	var n int
	err = db.read.QueryRowContext(ctx, `
		SELECT count(*) FROM (
			SELECT rowid FROM articles_fts
			WHERE articles_fts MATCH ?1 AND rowid >= ?2 AND rowid <= ?3
			ORDER BY rowid DESC LIMIT ?4)`, expr, first, last, ScanLimit).Scan(&n)
	return n, err
}

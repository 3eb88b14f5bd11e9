package sqlite

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"briefbot"
)

// SearchCandidates returns the articles that match s.Match and were seen in
// the window [s.Since, s.Until), those with the highest ids first, at most
// s.Limit (0: DefaultLimit; at most MaxLimit), with the fields ranking
// reads.
func (db *DB) SearchCandidates(ctx context.Context, s briefbot.Search) (_ []briefbot.Candidate, err error) {
	defer annotate(&err, "storage: search candidates")
	return db.candidates(ctx, s)
}

// SearchArticles returns the full articles of SearchCandidates(s), in its
// order, with no relevance: ranking is the caller's.
func (db *DB) SearchArticles(ctx context.Context, s briefbot.Search) (_ []briefbot.Hit, err error) {
	defer annotate(&err, "storage: search articles")
	cands, err := db.candidates(ctx, s)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(cands))
	for i, c := range cands {
		ids[i] = c.ID
	}
	as, err := db.articles(ctx, ids)
	if err != nil {
		return nil, err
	}
	hits := make([]briefbot.Hit, len(as))
	for i, a := range as {
		hits[i] = briefbot.Hit{Article: a}
	}
	return hits, nil
}

// GetArticles returns the stored articles among ids, each once, in the
// order of ids.
func (db *DB) GetArticles(ctx context.Context, ids []int64) (_ []briefbot.Article, err error) {
	defer annotate(&err, "storage: get articles")
	if len(ids) > MaxLimit {
		return nil, briefbot.Errorf(briefbot.EInvalid, "%d articles asked for at once, more than %d", len(ids), MaxLimit)
	}
	return db.articles(ctx, ids)
}

// candidates reads the candidates for s.
func (db *DB) candidates(ctx context.Context, s briefbot.Search) ([]briefbot.Candidate, error) {
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
	rows, err := db.findMatches.QueryContext(ctx, expr, lo, hi, first, last, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []briefbot.Candidate
	var r candidateRow
	dest := r.dest()
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		c, err := r.candidate()
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// candidatesSQL reads the matches of the full-text index in an id range,
// from the top of the range down (the index walks its lists in that order),
// keeps those seen in the window, and stops at the limit. The CROSS JOIN
// keeps the index as the outer loop, so the order needs no sorting and
// the limit ends the walk.
const candidatesSQL = `
	SELECT a.id, a.story_id, a.seen, a.title, a.summary, a.who, a.where_
	FROM articles_fts CROSS JOIN articles AS a ON a.id = articles_fts.rowid
	WHERE articles_fts MATCH ?1 AND articles_fts.rowid >= ?4 AND articles_fts.rowid <= ?5
		AND a.seen >= ?2 AND a.seen < ?3
	ORDER BY articles_fts.rowid DESC
	LIMIT ?6`

// candidateRow holds one row of candidatesSQL. Its fields are scanned
// into again for each row, and the people and places of all rows share
// names, so a search allocates little more than what it returns.
type candidateRow struct {
	id, story, seen            int64
	title, summary, who, where string
	names                      []string
}

// dest is where rows.Scan writes a row.
func (r *candidateRow) dest() []any {
	return []any{&r.id, &r.story, &r.seen, &r.title, &r.summary, &r.who, &r.where}
}

// candidate is the row as a candidate.
func (r *candidateRow) candidate() (briefbot.Candidate, error) {
	c := briefbot.Candidate{ID: r.id, StoryID: r.story, Seen: fromUnix(r.seen), Title: r.title, Summary: r.summary}
	var err error
	if c.Who, err = r.list(r.who); err != nil {
		return c, err
	}
	c.Where, err = r.list(r.where)
	return c, err
}

// list reads a list of names into r.names; an empty list is nil. The
// list's capacity ends with it, so that appending to it never writes over
// the next list.
func (r *candidateRow) list(s string) ([]string, error) {
	n := len(r.names)
	var err error
	if r.names, err = appendList(r.names, s); err != nil || len(r.names) == n {
		return nil, err
	}
	return r.names[n:len(r.names):len(r.names)], nil
}

// articles reads the stored articles among ids, each once, in the order of
// ids.
func (db *DB) articles(ctx context.Context, ids []int64) ([]briefbot.Article, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list := make([]string, len(ids))
	pos := make(map[int64]int, len(ids))
	for i, id := range slices.Backward(ids) {
		list[i] = strconv.FormatInt(id, 10)
		pos[id] = i // the first place of an id given twice
	}
	rows, err := db.readArticles.QueryContext(ctx, "["+strings.Join(list, ",")+"]")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	as := make([]briefbot.Article, len(ids))
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, err
		}
		as[pos[a.ID]] = a
	}
	// An id with no article, or given again, leaves an empty place.
	return slices.DeleteFunc(as, func(a briefbot.Article) bool { return a.ID == 0 }), rows.Err()
}

// articlesSQL reads the articles whose ids are in a JSON array.
const articlesSQL = `SELECT ` + articleColumns + ` FROM articles AS a
	WHERE a.id IN (SELECT value FROM json_each(?))`

// idRange bounds the ids of the articles seen in [lo, hi) (unix seconds):
// from the first id of lo's day to the last id of the day before hi's.
func (db *DB) idRange(ctx context.Context, lo, hi int64) (first, last int64, err error) {
	first, last = minInt64, maxInt64
	if lo != minInt64 {
		err = db.firstIDFrom.QueryRowContext(ctx, floorDiv(lo, 86400), maxInt64).Scan(&first)
	}
	if err == nil && hi != maxInt64 {
		err = db.lastIDTo.QueryRowContext(ctx, floorDiv(hi, 86400)+1, minInt64).Scan(&last)
	}
	return first, last, err
}

// firstIDSQL and lastIDSQL read the bounds of idRange: the first id from a
// day on, the last id up to a day, or the second parameter when there is
// none.
const (
	firstIDSQL = `SELECT coalesce(min(first_id), ?2) FROM article_days WHERE day >= ?1`
	lastIDSQL  = `SELECT coalesce(max(last_id), ?2) FROM article_days WHERE day <= ?1`
)

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
// issues (the newest MaxLimit in the window's id range), without the
// window, the articles or their fields: the least a search for s can cost.
// It is a yardstick for benchmarks, not part of the store contract.
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
			ORDER BY rowid DESC LIMIT ?4)`, expr, first, last, MaxLimit).Scan(&n)
	return n, err
}

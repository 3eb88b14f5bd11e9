package postgres

import (
	"context"
	"slices"
	"strings"

	"briefbot"

	"github.com/jackc/pgx/v5"
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

// matchSQL renders m as a condition on the articles "a", with its
// parameters numbered from $n: each group is its words' tsquery on the
// document, or its keys overlapping the article's, and every group must
// hold. Only the shape comes from m (how many groups, which have words,
// which keys); every word and key is a parameter.
func matchSQL(m briefbot.Match, n int) (string, []any, error) {
	groups, keys, err := queryText(m)
	if err != nil {
		return "", nil, err
	}
	var b strings.Builder
	var args []any
	for i, text := range groups {
		if i > 0 {
			b.WriteString(" AND ")
		}
		var parts []string
		if text != "" {
			args = append(args, text)
			parts = append(parts, "a.words @@ to_tsquery('briefbot', $"+itoa(n+len(args)-1)+"::text)")
		}
		if len(keys[i]) > 0 {
			args = append(args, keys[i])
			parts = append(parts, "a.keys && $"+itoa(n+len(args)-1)+"::text[]")
		}
		b.WriteString("(" + strings.Join(parts, " OR ") + ")")
	}
	return b.String(), args, nil
}

// candidates reads the candidates for s: the matches seen in the window,
// the highest ids first, up to the limit.
func (db *DB) candidates(ctx context.Context, s briefbot.Search) ([]briefbot.Candidate, error) {
	cond, args, err := matchSQL(s.Match, 4)
	if err != nil {
		return nil, err
	}
	limit, err := resolveLimit(s.Limit)
	if err != nil {
		return nil, err
	}
	lo, hi := boundsUnix(s.Since, s.Until)
	rows, err := db.pool.Query(ctx, `
		SELECT a.id, a.story_id, a.seen, a.title, a.summary, a.who, a.where_
		FROM articles AS a
		WHERE `+cond+` AND a.seen >= $1 AND a.seen < $2
		ORDER BY a.id DESC
		LIMIT $3`, append([]any{lo, hi, limit}, args...)...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (briefbot.Candidate, error) {
		var c briefbot.Candidate
		var seen int64
		err := r.Scan(&c.ID, &c.StoryID, &seen, &c.Title, &c.Summary, &c.Who, &c.Where)
		c.Seen, c.Who, c.Where = fromUnix(seen), orNil(c.Who), orNil(c.Where)
		return c, err
	})
}

// articles reads the stored articles among ids, each once, in the order
// of ids.
func (db *DB) articles(ctx context.Context, ids []int64) ([]briefbot.Article, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	pos := make(map[int64]int, len(ids))
	for i, id := range slices.Backward(ids) {
		pos[id] = i // the first place of an id given twice
	}
	found, err := scanArticles(db.pool.Query(ctx, `SELECT `+articleColumns+` FROM articles AS a
		WHERE a.id = ANY ($1::bigint[])`, ids))
	if err != nil {
		return nil, err
	}
	as := make([]briefbot.Article, len(ids))
	for _, a := range found {
		as[pos[a.ID]] = a
	}
	// An id with no article, or given again, leaves an empty place.
	return slices.DeleteFunc(as, func(a briefbot.Article) bool { return a.ID == 0 }), nil
}

// MatchCount counts the matches of the condition a search for s issues in
// its window (the newest MaxLimit), reading no field of them: the least a
// search for s can cost, as SQLite's MatchCount is for SQLite. It is a
// yardstick for benchmarks, not part of the store contract.
func (db *DB) MatchCount(ctx context.Context, s briefbot.Search) (_ int, err error) {
	defer annotate(&err, "storage: match count")
	cond, args, err := matchSQL(s.Match, 4)
	if err != nil {
		return 0, err
	}
	lo, hi := boundsUnix(s.Since, s.Until)
	var n int
	err = db.pool.QueryRow(ctx, `SELECT count(*) FROM (
		SELECT a.id FROM articles AS a WHERE `+cond+` AND a.seen >= $1 AND a.seen < $2
		ORDER BY a.id DESC LIMIT $3) AS m`,
		append([]any{lo, hi, MaxLimit}, args...)...).Scan(&n)
	return n, err
}

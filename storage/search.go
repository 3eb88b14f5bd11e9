package storage

import (
	"context"

	"briefbot"
)

// bm25Weights weighs the columns of articles_fts (title, text, summary, who,
// where_) for relevance: a word in the headline counts most, then the
// one-line summary and its people and places, then the body.
const bm25Weights = `10.0, 1.0, 4.0, 3.0, 3.0`

// SearchArticles returns the articles that match s.Match and were seen in
// the window [s.Since, s.Until), most relevant first (equally relevant:
// newest first), at most s.Limit (0: DefaultLimit; at most MaxLimit).
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
	rows, err := db.read.QueryContext(ctx, searchSQL, expr, lo, hi, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []briefbot.Hit
	for rows.Next() {
		var score float64
		a, err := scanArticle(rows, &score)
		if err != nil {
			return nil, err
		}
		hits = append(hits, briefbot.Hit{Article: a, Relevance: -score})
	}
	return hits, rows.Err()
}

// searchSQL finds the hits of a search. Candidates come from the full-text
// index with their bm25 score (lower is better); the articles table applies
// the window; only the best ones are then read in full, so a common word
// never drags every matching text through the sort.
const searchSQL = `
	WITH best AS (
		SELECT f.id, f.score, a.seen
		FROM (
			SELECT rowid AS id, bm25(articles_fts, ` + bm25Weights + `) AS score
			FROM articles_fts
			WHERE articles_fts MATCH ?1
		) AS f
		JOIN articles AS a ON a.id = f.id
		WHERE a.seen >= ?2 AND a.seen < ?3
		ORDER BY f.score, a.seen DESC, a.id DESC
		LIMIT ?4
	)
	SELECT ` + articleColumns + `, best.score
	FROM best JOIN articles AS a ON a.id = best.id
	ORDER BY best.score, best.seen DESC, best.id DESC`

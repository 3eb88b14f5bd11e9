package brief

import (
	"cmp"
	"context"
	"slices"

	"briefbot"
	"briefbot/topics"
)

// search returns the s.Limit articles most relevant to s, by the words
// of words (see Relevant).
func (b *Briefer) search(ctx context.Context, s briefbot.Search, words briefbot.Match) ([]briefbot.Hit, error) {
	return Relevant(ctx, b.Store, s, words)
}

// match is the condition a store searches for topic (its keys, or its
// words while the store has articles not keyed yet: see
// topics.AllKeyed) and the words ranking looks for in each candidate
// (see topics.Matcher.Expand).
func (b *Briefer) match(ctx context.Context, topic string) (search, words briefbot.Match, err error) {
	if words, err = b.Topics.Expand(topic); err != nil || !topics.AllKeyed(ctx, b.Store) {
		return words, words, err
	}
	search, err = b.Topics.Match(topic)
	return search, words, err
}

// Relevant returns the s.Limit (0: briefbot.DefaultLimit) articles most
// relevant to words (nil: the words of s.Match), best first, with their
// relevance. It scores the
// store's briefbot.MaxLimit candidates for s (the latest stored matches in
// the window: a topic in the news every day has thousands of matches in a
// month, and the newest of them are the ones a brief shows, so the cost of
// a brief stays bounded however large the window and the store), then
// reads the full articles of the best only. Equally relevant candidates:
// the newest seen first, then the latest stored.
func Relevant(ctx context.Context, store briefbot.ArticleStore, s briefbot.Search, words briefbot.Match) ([]briefbot.Hit, error) {
	n := cmp.Or(s.Limit, briefbot.DefaultLimit)
	s.Limit = briefbot.MaxLimit
	cands, err := store.SearchCandidates(ctx, s)
	if err != nil {
		return nil, err
	}
	if words == nil {
		words = s.Match
	}
	best := mostRelevant(cands, words, n)
	ids := make([]int64, len(best))
	for i, c := range best {
		ids[i] = c.ID
	}
	as, err := store.GetArticles(ctx, ids)
	if err != nil {
		return nil, err
	}
	score := make(map[int64]float64, len(best))
	for _, c := range best {
		score[c.ID] = c.score
	}
	hits := make([]briefbot.Hit, len(as)) // an article deleted meanwhile is left out
	for i, a := range as {
		hits[i] = briefbot.Hit{Article: a, Relevance: score[a.ID]}
	}
	return hits, nil
}

// scored is a candidate with its relevance.
type scored struct {
	*briefbot.Candidate
	score float64
}

// mostRelevant returns the n candidates most relevant to m, best first.
func mostRelevant(cands []briefbot.Candidate, m briefbot.Match, n int) []scored {
	ps := phrases(m)
	out := make([]scored, len(cands))
	var line []byte
	for i := range cands {
		out[i] = scored{&cands[i], relevance(cands[i], ps, &line)}
	}
	slices.SortFunc(out, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.score, a.score), b.Seen.Compare(a.Seen), cmp.Compare(b.ID, a.ID))
	})
	return out[:min(n, len(out))]
}

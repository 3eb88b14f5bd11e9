package brief

import (
	"context"
	"time"

	"briefbot"
)

// FirstSeen returns the top stories on topic that briefbot first saw in
// [since, until), best first, at most MaxItems. "First saw" is when the
// story's first article was ingested, so an article published earlier but
// fetched late still counts, and a story that only gains a source in the
// span does not.
func (b *Briefer) FirstSeen(ctx context.Context, topic string, since, until time.Time) ([]briefbot.Story, error) {
	match, words, err := b.match(ctx, topic)
	if err != nil {
		return nil, err
	}
	search := briefbot.Search{Match: match, Since: since.Add(-briefbot.StoryWindow), Until: until, Limit: briefCandidates}
	hits, err := b.search(ctx, search, words)
	if err != nil {
		return nil, err
	}
	fresh, err := b.firstSeenSince(ctx, hits, since)
	if err != nil {
		return nil, err
	}
	return rank(fresh, until, b.MaxItems), nil
}

// firstSeenSince keeps the hits ingested at or after since whose story was
// also first ingested then.
func (b *Briefer) firstSeenSince(ctx context.Context, hits []briefbot.Hit, since time.Time) ([]briefbot.Hit, error) {
	known := map[int64]time.Time{} // article id → ingested
	for _, h := range hits {
		known[h.Article.ID] = h.Article.Ingested
	}
	var out []briefbot.Hit
	for _, h := range hits {
		if h.Article.Ingested.Before(since) {
			continue
		}
		first, ok := known[h.Article.StoryID]
		if !ok && h.Article.StoryID != 0 {
			a, err := b.Store.GetArticle(ctx, h.Article.StoryID)
			if err != nil && briefbot.ErrorCode(err) != briefbot.ENotFound {
				return nil, err
			}
			first, known[h.Article.StoryID] = a.Ingested, a.Ingested // a deleted first article reads as zero: kept
		}
		if !first.Before(since) || first.IsZero() {
			out = append(out, h)
		}
	}
	return out, nil
}

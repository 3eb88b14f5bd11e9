package bot

import (
	"context"
	"fmt"
	"time"

	"briefbot"
)

// FirstDigestWindow is how far back a subscription's first digest looks.
const FirstDigestWindow = 24 * time.Hour

// Digest is one subscription's digest: the stories seen since its previous
// digest, up to Until.
type Digest struct {
	Sub     briefbot.Subscription
	Since   time.Time
	Until   time.Time
	Stories []briefbot.Story
}

// Digest builds the subscription's digest at now: the top stories on its
// topic that briefbot first saw since its last digest (the last
// FirstDigestWindow for its first one). "First saw" is when the story's
// first article was ingested, so an article published earlier but fetched
// late still comes, and a story that only gains a source is not repeated.
func (b *Briefer) Digest(ctx context.Context, s briefbot.Subscription, now time.Time) (Digest, error) {
	d := Digest{Sub: s, Since: s.LastDigest, Until: now}
	if d.Since.IsZero() {
		d.Since = now.Add(-FirstDigestWindow)
	}
	match, err := b.Topics.Match(s.Topic)
	if err != nil {
		return d, err
	}
	search := briefbot.Search{Match: match, Since: d.Since.Add(-briefbot.StoryWindow), Until: now, Limit: briefCandidates}
	hits, err := b.Store.SearchArticles(ctx, search)
	if err != nil {
		return d, fmt.Errorf("digest %q: %w", s.Topic, err)
	}
	fresh, err := b.firstSeenSince(ctx, hits, d.Since)
	if err != nil {
		return d, fmt.Errorf("digest %q: %w", s.Topic, err)
	}
	d.Stories = rank(fresh, now, b.MaxItems)
	return d, nil
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

// DigestMessage renders a digest; ok is false for a digest with no story
// whose subscription asked for no "nothing new" note.
func DigestMessage(d Digest, loc *time.Location) (msg Message, ok bool) {
	since := d.Since.In(loc).Format("Mon 2 Jan 15:04")
	topic := displayTopic(d.Sub.Topic)
	if len(d.Stories) == 0 {
		if !d.Sub.NotifyEmpty {
			return Message{}, false
		}
		return Text(fmt.Sprintf("Your %s digest: nothing new since %s.", topic, since)), true
	}
	msg = Message{Title: fmt.Sprintf("Your %s digest: %s since %s", topicTitle(topic), countStories(len(d.Stories)), since)}
	for _, s := range d.Stories {
		msg.Items = append(msg.Items, storyItem(s, false))
	}
	msg.Footer = []string{"/unsubscribe " + d.Sub.Topic + " stops this digest."}
	return msg, true
}

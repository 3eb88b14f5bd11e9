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
// topic seen since its last digest (the last FirstDigestWindow for its
// first one).
func (b *Briefer) Digest(ctx context.Context, s briefbot.Subscription, now time.Time) (Digest, error) {
	d := Digest{Sub: s, Since: s.LastDigest, Until: now}
	if d.Since.IsZero() {
		d.Since = now.Add(-FirstDigestWindow)
	}
	match, err := b.Topics.Match(s.Topic)
	if err != nil {
		return d, err
	}
	hits, err := b.Store.SearchArticles(ctx, briefbot.Search{Match: match, Since: d.Since, Until: now, Limit: briefCandidates})
	if err != nil {
		return d, fmt.Errorf("digest %q: %w", s.Topic, err)
	}
	d.Stories = rank(hits, now, b.MaxItems)
	return d, nil
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

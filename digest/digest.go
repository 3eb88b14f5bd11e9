package digest

import (
	"context"
	"fmt"
	"time"

	"briefbot/bot"
	"briefbot/brief"
	"briefbot/topics"

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

// Builder builds digests from the briefs' search and ranking.
type Builder struct{ Briefer *brief.Briefer }

// Digest builds the subscription's digest at now: the top stories on its
// topic that briefbot first saw since its last digest (the last
// FirstDigestWindow for its first one); see brief.Briefer.FirstSeen.
func (b Builder) Digest(ctx context.Context, s briefbot.Subscription, now time.Time) (Digest, error) {
	d := Digest{Sub: s, Since: s.LastDigest, Until: now}
	if d.Since.IsZero() {
		d.Since = now.Add(-FirstDigestWindow)
	}
	stories, err := b.Briefer.FirstSeen(ctx, s.Topic, d.Since, now)
	if err != nil {
		return d, fmt.Errorf("digest %q: %w", s.Topic, err)
	}
	d.Stories = stories
	return d, nil
}

// DigestMessage renders a digest; ok is false for a digest with no story
// whose subscription asked for no "nothing new" note.
func DigestMessage(d Digest, loc *time.Location) (msg bot.Message, ok bool) {
	since := d.Since.In(loc).Format("Mon 2 Jan 15:04")
	topic := topics.Display(d.Sub.Topic)
	if len(d.Stories) == 0 {
		if !d.Sub.NotifyEmpty {
			return bot.Message{}, false
		}
		return bot.Text(fmt.Sprintf("Your %s digest: nothing new since %s.", topic, since)), true
	}
	msg = bot.Message{Title: fmt.Sprintf("Your %s digest: %s since %s", brief.TopicTitle(topic), brief.CountStories(len(d.Stories)), since)}
	for _, s := range d.Stories {
		msg.Items = append(msg.Items, brief.StoryItem(s, false))
	}
	msg.Footer = []string{"/unsubscribe " + d.Sub.Topic + " stops this digest."}
	return msg, true
}

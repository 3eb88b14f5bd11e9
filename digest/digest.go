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

// DigestMessage renders a digest in the language lang; ok is false for a
// digest with no story whose subscription asked for no "nothing new" note.
func DigestMessage(d Digest, loc *time.Location, lang string) (msg bot.Message, ok bool) {
	l := bot.LabelsFor(lang)
	since := l.StampOf(d.Since.In(loc))
	topic := topics.Display(d.Sub.Topic)
	if len(d.Stories) == 0 {
		if !d.Sub.NotifyEmpty {
			return bot.Message{}, false
		}
		msg = bot.Text(fmt.Sprintf(l.Digest.NothingNew, topic, since))
		msg.Lang = l.Lang
		return msg, true
	}
	msg = bot.Message{Title: fmt.Sprintf(l.Digest.Title, brief.TopicTitle(topic), l.Stories(len(d.Stories)), since), Lang: l.Lang}
	for _, s := range d.Stories {
		msg.Items = append(msg.Items, brief.StoryItem(s, false, l.Lang))
	}
	msg.Footer = []string{fmt.Sprintf(l.Digest.Footer, d.Sub.Topic)}
	return msg, true
}

package digest

import (
	"context"
	"fmt"
	"strings"
	"time"

	"briefbot/bot"
	"briefbot/topics"

	"briefbot"
)

// Subscriber answers the digest commands of a chat.
type Subscriber struct {
	Store   briefbot.SubscriptionStore
	Digests Builder
	Now     func() time.Time
}

// notifyEmptyWord asks for a "nothing new" note on days with no new story.
const notifyEmptyWord = "notify-empty"

// Commands are the digest feature's chat commands: /subscribe,
// /unsubscribe, /subscriptions, /timezone and /digest.
func Commands(s *Subscriber) []bot.Command {
	return []bot.Command{
		{Name: "subscribe", Args: "<topic> [HH:MM] [Zone/City] [notify-empty]",
			Help: "a daily digest of what is new on a topic, e.g. /subscribe korea 07:30 Europe/Paris", Run: s.subscribe,
			Options: s.subscribeOptions()},
		{Name: "unsubscribe", Args: "<topic>|all", Help: "stop a daily digest", Run: s.unsubscribe,
			Options: []bot.Option{{Name: "topic", Help: "the digest's topic, or all", Required: true, Complete: s.completeSubscribed(true)}}},
		{Name: "subscriptions", Help: "this chat's daily digests and when the next ones come", Run: s.list},
		{Name: "timezone", Args: "[Zone/City]", Help: "this chat's time zone, e.g. /timezone Asia/Seoul", Run: s.timezone,
			Options: []bot.Option{zoneOption}},
		{Name: "digest", Args: "<topic>", Help: "preview the next digest on a topic", Run: s.preview,
			Options: []bot.Option{{Name: "topic", Help: "the digest's topic", Required: true, Complete: s.completeDigest}}},
	}
}

func (s *Subscriber) subscribe(ctx context.Context, req bot.Request, args string) (bot.Message, error) {
	if err := mayChangeChat(ctx, req); err != nil {
		return bot.Message{}, err
	}
	sub, zone, err := subscribeArgs(args)
	if err != nil {
		return bot.Message{}, err
	}
	if _, err := s.Digests.Briefer.Topics.Match(sub.Topic); err != nil {
		return bot.Message{}, err
	}
	loc, err := s.zone(ctx, req.Chat, zone)
	if err != nil {
		return bot.Message{}, err
	}
	sub.Chat, sub.Zone, sub.Created, sub.Lang = req.Chat, loc.String(), s.Now(), req.Lang
	if sub.LocalTime == "" {
		sub.LocalTime = briefbot.DefaultDigestTime
	}
	if sub, err = s.Store.Subscribe(ctx, sub); err != nil {
		return bot.Message{}, err
	}
	l := bot.LabelsFor(req.Lang)
	line := fmt.Sprintf(l.Digest.Subscribed, topics.Display(sub.Topic), sub.LocalTime, sub.Zone)
	if sub.NotifyEmpty {
		line += l.Digest.WithNotes
	}
	return bot.Text(line+".", fmt.Sprintf(l.Digest.Next, s.next(sub, loc, l))), nil
}

// zone resolves the zone a command names, else the chat's, else UTC.
func (s *Subscriber) zone(ctx context.Context, chat briefbot.ChatRef, name string) (*time.Location, error) {
	if name == "" {
		saved, err := s.Store.ChatZone(ctx, chat)
		if err != nil || saved == "" {
			return time.UTC, err
		}
		name = saved
	}
	loc, _, err := LoadZone(name)
	return loc, err
}

// next says when the subscription's next digest comes.
func (s *Subscriber) next(sub briefbot.Subscription, loc *time.Location, l *bot.Labels) string {
	now := s.Now()
	at, err := NextDigest(sub, loc, now)
	if err != nil {
		return l.Digest.Unknown
	}
	return l.StampOf(at.In(loc)) + " " + at.In(loc).Format("MST") + " (" + l.Ago(at, now) + ")"
}

func (s *Subscriber) unsubscribe(ctx context.Context, req bot.Request, args string) (bot.Message, error) {
	if err := mayChangeChat(ctx, req); err != nil {
		return bot.Message{}, err
	}
	topic := strings.ToLower(strings.Join(strings.Fields(args), " "))
	switch topic {
	case "":
		return bot.Message{}, briefbot.Errorf(briefbot.EInvalid, "Tell me which digest to stop, like /unsubscribe korea, or /unsubscribe all.")
	case "all":
		topic = ""
	}
	n, err := s.Store.Unsubscribe(ctx, req.Chat, topic)
	switch {
	case err != nil:
		return bot.Message{}, err
	case n == 0 && topic != "":
		return bot.Message{}, briefbot.Errorf(briefbot.ENotFound, "This chat has no digest on %q; /subscriptions lists them.", topic)
	case topic == "":
		return bot.Text(fmt.Sprintf(bot.LabelsFor(req.Lang).Digest.StoppedAll, n)), nil
	}
	return bot.Text(fmt.Sprintf(bot.LabelsFor(req.Lang).Digest.Stopped, topics.Display(topic))), nil
}

func (s *Subscriber) list(ctx context.Context, req bot.Request, _ string) (bot.Message, error) {
	subs, err := s.Store.Subscriptions(ctx, req.Chat)
	if err != nil {
		return bot.Message{}, err
	}
	l := bot.LabelsFor(req.Lang)
	if len(subs) == 0 {
		return bot.Text(l.Digest.NoneYet), nil
	}
	title := fmt.Sprintf(l.Digest.NDigests, len(subs))
	if len(subs) == 1 {
		title = l.Digest.OneDigest
	}
	msg := bot.Message{Title: title}
	for _, sub := range subs {
		msg.Lines = append(msg.Lines, s.describe(sub, l))
	}
	return msg, nil
}

// describe is one line of /subscriptions.
func (s *Subscriber) describe(sub briefbot.Subscription, l *bot.Labels) string {
	line := fmt.Sprintf("%s — %s %s", topics.Display(sub.Topic), sub.LocalTime, sub.Zone)
	if sub.NotifyEmpty {
		line += l.Digest.NotesOnEmptyDays
	}
	if sub.Paused != "" {
		return line + fmt.Sprintf(l.Digest.Paused, sub.Paused)
	}
	loc, _, err := LoadZone(sub.Zone)
	if err != nil {
		return line
	}
	return line + fmt.Sprintf(l.Digest.NextAt, s.next(sub, loc, l))
}

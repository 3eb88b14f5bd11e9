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
	sub.Chat, sub.Zone, sub.Created = req.Chat, loc.String(), s.Now()
	if sub.LocalTime == "" {
		sub.LocalTime = briefbot.DefaultDigestTime
	}
	if sub, err = s.Store.Subscribe(ctx, sub); err != nil {
		return bot.Message{}, err
	}
	line := fmt.Sprintf("Subscribed to %s: every day at %s %s", topics.Display(sub.Topic), sub.LocalTime, sub.Zone)
	if sub.NotifyEmpty {
		line += ", with a note on days with nothing new"
	}
	return bot.Text(line+".", "Next digest: "+s.next(sub, loc)+"."), nil
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
func (s *Subscriber) next(sub briefbot.Subscription, loc *time.Location) string {
	now := s.Now()
	at, err := NextDigest(sub, loc, now)
	if err != nil {
		return "unknown"
	}
	return at.In(loc).Format("Mon 2 Jan 15:04 MST") + " (" + bot.Ago(at, now) + ")"
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
		return bot.Text(fmt.Sprintf("Stopped all %d daily digests of this chat.", n)), nil
	}
	return bot.Text("Stopped the daily digest on " + topics.Display(topic) + "."), nil
}

func (s *Subscriber) list(ctx context.Context, req bot.Request, _ string) (bot.Message, error) {
	subs, err := s.Store.Subscriptions(ctx, req.Chat)
	if err != nil {
		return bot.Message{}, err
	}
	if len(subs) == 0 {
		return bot.Text("No daily digests yet. Start one with /subscribe korea 07:30."), nil
	}
	title := fmt.Sprintf("%d daily digests", len(subs))
	if len(subs) == 1 {
		title = "1 daily digest"
	}
	msg := bot.Message{Title: title}
	for _, sub := range subs {
		msg.Lines = append(msg.Lines, s.describe(sub))
	}
	return msg, nil
}

// describe is one line of /subscriptions.
func (s *Subscriber) describe(sub briefbot.Subscription) string {
	line := fmt.Sprintf("%s — %s %s", topics.Display(sub.Topic), sub.LocalTime, sub.Zone)
	if sub.NotifyEmpty {
		line += ", notes on empty days"
	}
	if sub.Paused != "" {
		return line + " — paused: " + sub.Paused
	}
	loc, _, err := LoadZone(sub.Zone)
	if err != nil {
		return line
	}
	return line + " — next " + s.next(sub, loc)
}

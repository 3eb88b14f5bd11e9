package digest

import (
	"context"
	"strings"

	"briefbot"
	"briefbot/bot"
)

// completeZone suggests IANA zone names for what the user typed: a city
// ("paris" gives Europe/Paris) or the start of a name.
func completeZone(_ context.Context, _ bot.Request, typed string) []string {
	return bot.PrefixMatches(zoneNames, strings.ReplaceAll(strings.TrimSpace(typed), " ", "_"))
}

// completeSubscribed suggests the topics this chat subscribes to, then,
// with all, the word "all".
func (s *Subscriber) completeSubscribed(all bool) bot.Completer {
	return func(ctx context.Context, req bot.Request, typed string) []string {
		subs, err := s.Store.Subscriptions(ctx, req.Chat)
		if err != nil {
			return nil
		}
		var topics []string
		for _, sub := range subs {
			topics = append(topics, sub.Topic)
		}
		if all {
			topics = append(topics, "all")
		}
		return bot.PrefixMatches(topics, typed)
	}
}

// completeTopic suggests, for a new subscription, the topics that have
// stories.
func (s *Subscriber) completeTopic(ctx context.Context, req bot.Request, typed string) []string {
	if s.Digests.Briefer == nil {
		return nil
	}
	return s.Digests.Briefer.CompleteTopic(ctx, req, typed)
}

// completeDigest suggests the topics this chat subscribes to, then the
// topics that have stories.
func (s *Subscriber) completeDigest(ctx context.Context, req bot.Request, typed string) []string {
	out := append(s.completeSubscribed(false)(ctx, req, typed), s.completeTopic(ctx, req, typed)...)
	return bot.PrefixMatches(out, typed)
}

// zoneOption is a chat's time zone as a typed argument.
var zoneOption = bot.Option{Name: "timezone", Help: "an IANA time zone such as Europe/Paris (the chat's zone when left out)", Complete: completeZone}

func (s *Subscriber) subscribeOptions() []bot.Option {
	return []bot.Option{
		{Name: "topic", Help: "what the digest is about, like korea", Required: true, Complete: s.completeTopic},
		{Name: "time", Help: "when it comes each day, HH:MM in 24 hours (" + briefbot.DefaultDigestTime + " when left out)"},
		zoneOption,
		{Name: "notify_empty", Help: "also say so on days with nothing new", Kind: bot.FlagOption, Word: notifyEmptyWord},
	}
}

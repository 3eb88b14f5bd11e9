package digest

import (
	"context"
	"fmt"
	"strings"

	"briefbot/bot"

	"briefbot"
)

func (s *Subscriber) timezone(ctx context.Context, req bot.Request, args string) (bot.Message, error) {
	l := bot.LabelsFor(req.Lang)
	if strings.TrimSpace(args) == "" {
		zone, err := s.Store.ChatZone(ctx, req.Chat)
		if err != nil {
			return bot.Message{}, err
		}
		if zone == "" {
			return bot.Text(l.Digest.NoZone), nil
		}
		return bot.Text(fmt.Sprintf(l.Digest.Zone, zone)), nil
	}
	if err := mayChangeChat(ctx, req); err != nil {
		return bot.Message{}, err
	}
	_, zone, err := LoadZone(args)
	if err != nil {
		return bot.Message{}, err
	}
	if err := s.Store.SetChatZone(ctx, req.Chat, zone); err != nil {
		return bot.Message{}, err
	}
	return bot.Text(fmt.Sprintf(l.Digest.ZoneSet, zone)), nil
}

// preview answers /digest: what the next digest on a topic would hold now.
func (s *Subscriber) preview(ctx context.Context, req bot.Request, args string) (bot.Message, error) {
	topic := strings.ToLower(strings.Join(strings.Fields(args), " "))
	if topic == "" {
		return bot.Message{}, briefbot.Errorf(briefbot.EInvalid, "Tell me a topic, like /digest korea.")
	}
	sub, err := s.subscriptionOrDefault(ctx, req.Chat, topic)
	if err != nil {
		return bot.Message{}, err
	}
	loc, err := s.zone(ctx, req.Chat, sub.Zone)
	if err != nil {
		return bot.Message{}, err
	}
	d, err := s.Digests.Digest(ctx, sub, s.Now())
	if err != nil {
		return bot.Message{}, err
	}
	sub.NotifyEmpty = true // a preview always answers
	d.Sub = sub
	msg, _ := DigestMessage(d, loc, req.Lang)
	if sub.ID == 0 {
		msg.Footer = []string{fmt.Sprintf(bot.LabelsFor(req.Lang).Digest.NotSubscribed, topic)}
	}
	return msg, nil
}

// subscriptionOrDefault returns the chat's subscription to topic, or a new
// one that was never delivered.
func (s *Subscriber) subscriptionOrDefault(ctx context.Context, chat briefbot.ChatRef, topic string) (briefbot.Subscription, error) {
	subs, err := s.Store.Subscriptions(ctx, chat)
	if err != nil {
		return briefbot.Subscription{}, err
	}
	for _, sub := range subs {
		if sub.Topic == topic {
			return sub, nil
		}
	}
	return briefbot.Subscription{Chat: chat, Topic: topic, LocalTime: briefbot.DefaultDigestTime}, nil
}

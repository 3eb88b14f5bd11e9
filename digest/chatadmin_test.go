package digest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"briefbot/bot"
	"briefbot/brief"
	"briefbot/topics"

	"briefbot"
)

// subStore is a SubscriptionStore that records the changes asked of it;
// the methods the commands here do not call are left out.
type subStore struct {
	briefbot.SubscriptionStore
	changes []string
	zone    string
}

func (s *subStore) Subscribe(_ context.Context, sub briefbot.Subscription) (briefbot.Subscription, error) {
	s.changes = append(s.changes, "subscribe "+sub.Topic)
	return sub, nil
}

func (s *subStore) Unsubscribe(_ context.Context, _ briefbot.ChatRef, topic string) (int, error) {
	s.changes = append(s.changes, "unsubscribe "+topic)
	return 1, nil
}

func (s *subStore) Subscriptions(context.Context, briefbot.ChatRef) ([]briefbot.Subscription, error) {
	return nil, nil
}

func (s *subStore) AllSubscriptions(context.Context) ([]briefbot.Subscription, error) {
	return nil, nil
}

func (s *subStore) SetChatZone(_ context.Context, _ briefbot.ChatRef, zone string) error {
	s.changes = append(s.changes, "zone "+zone)
	s.zone = zone
	return nil
}

func (s *subStore) ChatZone(context.Context, briefbot.ChatRef) (string, error) { return s.zone, nil }

func TestOnlyAGroupsAdminsChangeItsDigests(t *testing.T) {
	now := func() time.Time { return time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC) }
	chat := briefbot.ChatRef{Platform: "telegram", ID: "-100"}
	changes := []string{"/subscribe korea 07:00", "/unsubscribe all", "/unsubscribe korea", "/timezone Asia/Seoul"}
	reads := []string{"/subscriptions", "/timezone"}
	tests := []struct {
		name    string
		shared  bool
		admin   func(context.Context) (bool, error)
		changed bool
		reply   string
	}{
		{"member of a group", true, func(context.Context) (bool, error) { return false, nil }, false, NotChatAdmin},
		{"no way to tell", true, nil, false, NotChatAdmin},
		{"lookup fails", true, func(context.Context) (bool, error) { return false, errors.New("Bot API down") }, false, "Something went wrong"},
		{"admin of a group", true, func(context.Context) (bool, error) { return true, nil }, true, ""},
		{"private chat", false, nil, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := &subStore{}
			r := bot.NewRouter(nil)
			r.Add(Commands(&Subscriber{Store: store, Digests: Builder{Briefer: &brief.Briefer{Topics: topics.New(nil), Now: now}}, Now: now})...)
			asked := 0
			req := bot.Request{Chat: chat, UserID: "11", Shared: tt.shared}
			if tt.admin != nil {
				req.ChatAdmin = func(ctx context.Context) (bool, error) { asked++; return tt.admin(ctx) }
			}
			for _, line := range reads {
				req.Text = line
				if got := r.Handle(context.Background(), req).Plain(); strings.Contains(got, NotChatAdmin) {
					t.Errorf("%s refused: %q", line, got)
				}
			}
			if asked != 0 {
				t.Errorf("reading the chat's digests asked %d times whether the sender is an admin", asked)
			}
			for _, line := range changes {
				req.Text = line
				got := r.Handle(context.Background(), req).Plain()
				if tt.reply != "" && !strings.Contains(got, tt.reply) {
					t.Errorf("%s: %q, want %q", line, got, tt.reply)
				}
			}
			if got := len(store.changes) > 0; got != tt.changed {
				t.Errorf("changes made: %q; want changes %v", store.changes, tt.changed)
			}
		})
	}
}

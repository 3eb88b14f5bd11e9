package digest_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/digest"
)

// option is the named option of the named digest command.
func option(t *testing.T, s *digest.Subscriber, command, name string) bot.Option {
	t.Helper()
	for _, c := range digest.Commands(s) {
		if c.Name != command {
			continue
		}
		for _, o := range c.Options {
			if o.Name == name {
				return o
			}
		}
	}
	t.Fatalf("/%s has no option %q", command, name)
	return bot.Option{}
}

func TestDigestOptionsComplete(t *testing.T) {
	placed := article("Port strike in Busan", "Dockworkers walked out in Busan on Monday.", time.Hour)
	placed.Summary = briefbot.Summary{Where: []string{"Busan", "South Korea"}}
	db := mustStore(t, placed)
	s := &digest.Subscriber{Store: db, Digests: builder(db), Now: func() time.Time { return now }}
	ctx := context.Background()
	chat := briefbot.ChatRef{Platform: "discord", ID: "42"}
	req := bot.Request{Chat: chat, Admin: true}
	for _, topic := range []string{"korea", "japan"} {
		if _, err := db.Subscribe(ctx, briefbot.Subscription{Chat: chat, Topic: topic, LocalTime: "07:00", Zone: "UTC", Created: now}); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		command, option, typed string
		want                   []string
	}{
		{"subscribe", "timezone", "paris", []string{"Europe/Paris"}},
		{"subscribe", "timezone", "america/new y", []string{"America/New_York"}},
		{"timezone", "timezone", "europe/pa", []string{"Europe/Paris"}},
		{"subscribe", "topic", "bu", []string{"Busan"}},
		{"unsubscribe", "topic", "", []string{"japan", "korea", "all"}},
		{"unsubscribe", "topic", "j", []string{"japan"}},
		{"digest", "topic", "", []string{"japan", "korea", "Busan", "South Korea"}},
	}
	for _, tt := range tests {
		o := option(t, s, tt.command, tt.option)
		if got := o.Complete(ctx, req, tt.typed); !slices.Equal(got, tt.want) {
			t.Errorf("/%s %s: %q suggests %q, want %q", tt.command, tt.option, tt.typed, got, tt.want)
		}
	}
	line := bot.CommandInfo{Name: "subscribe", Options: subscribeOptions(t, s)}.Line(map[string]string{
		"topic": "korea", "time": "07:30", "timezone": "Europe/Paris", "notify_empty": "true"})
	if line != "/subscribe korea 07:30 Europe/Paris notify-empty" {
		t.Errorf("typed /subscribe reads %q", line)
	}
}

func subscribeOptions(t *testing.T, s *digest.Subscriber) []bot.Option {
	t.Helper()
	for _, c := range digest.Commands(s) {
		if c.Name == "subscribe" {
			return c.Options
		}
	}
	t.Fatal("no /subscribe")
	return nil
}

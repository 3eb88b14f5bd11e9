package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
)

func TestDigestHoldsOnlyStoriesSinceThePrevious(t *testing.T) {
	db := mustStore(t,
		article("Seoul opens a subway line", "South Korea opened a subway line in Seoul.", 30*time.Hour),
		article("Korean summit in Busan", "Leaders met in Busan, South Korea.", 5*time.Hour),
	)
	b := briefer(db)
	sub := briefbot.Subscription{Topic: "korea", LocalTime: "08:00", Zone: "UTC", LastDigest: now.Add(-24 * time.Hour)}
	d, err := b.Digest(context.Background(), sub, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Stories) != 1 || d.Stories[0].Headline != "Korean summit in Busan" {
		t.Errorf("digest stories %+v, want only the one seen since the last digest", d.Stories)
	}
	sub.LastDigest = now
	d, err = b.Digest(context.Background(), sub, now.Add(24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := bot.DigestMessage(d, time.UTC); ok {
		t.Errorf("an empty digest without notes is sent")
	}
	sub.NotifyEmpty = true
	d.Sub = sub
	msg, ok := bot.DigestMessage(d, time.UTC)
	if !ok || !strings.Contains(strings.Join(msg.Lines, " "), "nothing new since") {
		t.Errorf("an empty digest with notes: %v %+v", ok, msg)
	}
}

func TestLoadZoneSuggests(t *testing.T) {
	tests := []struct {
		name, want string
		suggest    []string
	}{
		{"Asia/Seoul", "Asia/Seoul", nil},
		{"asia/seoul", "Asia/Seoul", nil},
		{"Europe/Pariss", "", []string{"Europe/Paris"}},
		{"Seoul", "", []string{"Asia/Seoul"}},
		{"Mars/Olympus", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got, err := bot.LoadZone(tt.name)
			if got != tt.want {
				t.Fatalf("LoadZone(%q) = %q, %v; want %q", tt.name, got, err, tt.want)
			}
			if tt.want != "" {
				return
			}
			if briefbot.ErrorCode(err) != briefbot.EInvalid {
				t.Errorf("error %v, want invalid", err)
			}
			for _, s := range tt.suggest {
				if !strings.Contains(briefbot.ErrorMessage(err), s) {
					t.Errorf("message %q does not suggest %s", briefbot.ErrorMessage(err), s)
				}
			}
			if n := strings.Count(briefbot.ErrorMessage(err), ", ") + 1; strings.Contains(briefbot.ErrorMessage(err), "Did you mean") && n > 3 {
				t.Errorf("more than 3 suggestions: %q", briefbot.ErrorMessage(err))
			}
		})
	}
}

package digest_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"briefbot/digest"

	"briefbot"
)

// fetched is an article ingested a few minutes after it was published.
func fetched(title, text string, age time.Duration) briefbot.Article {
	a := article(title, text, age)
	a.Ingested = a.Published.Add(5 * time.Minute)
	return a
}

func TestDigestHoldsOnlyStoriesSinceThePrevious(t *testing.T) {
	db := mustStore(t,
		fetched("Seoul opens a subway line", "South Korea opened a subway line in Seoul.", 30*time.Hour),
		fetched("Korean summit in Busan", "Leaders met in Busan, South Korea.", 5*time.Hour),
	)
	b := builder(db)
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
	if _, ok := digest.DigestMessage(d, time.UTC, "en"); ok {
		t.Errorf("an empty digest without notes is sent")
	}
	sub.NotifyEmpty = true
	d.Sub = sub
	msg, ok := digest.DigestMessage(d, time.UTC, "en")
	if !ok || !strings.Contains(strings.Join(msg.Lines, " "), "nothing new since") {
		t.Errorf("an empty digest with notes: %v %+v", ok, msg)
	}
}

func TestDigestTakesLateArticlesAndNeverRepeatsAStory(t *testing.T) {
	wire := "Leaders of South Korea and Japan met in Busan on Monday and agreed to resume regular summits, officials in Seoul said, after a two-year pause in high-level talks between the neighbours."
	late := article("Korea opens a rail link", "A rail link opened between Seoul and Gangneung, the transport ministry said.", 30*time.Hour)
	late.Ingested = now.Add(-time.Hour) // published before the last digest, fetched after it
	first := fetched("Korea and Japan resume summits", wire, 28*time.Hour)
	again := fetched("Seoul and Tokyo to resume summits", wire+" Reporting by the desk.", 2*time.Hour)
	again.Source = "Other Gazette"
	db := mustStore(t, late, first, again)
	sub := briefbot.Subscription{Topic: "korea", LocalTime: "08:00", Zone: "UTC", LastDigest: now.Add(-24 * time.Hour)}
	d, err := builder(db).Digest(context.Background(), sub, now)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Stories {
		got = append(got, s.Headline)
	}
	if strings.Join(got, "|") != "Korea opens a rail link" {
		t.Errorf("digest = %q; want the late-fetched article only, not the summit story the previous digest had", got)
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
			_, got, err := digest.LoadZone(tt.name)
			if got != tt.want {
				t.Fatalf("digest.LoadZone(%q) = %q, %v; want %q", tt.name, got, err, tt.want)
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

package brief_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/brief"
)

func TestAMistypedTopicGetsWhatWasMeant(t *testing.T) {
	placed := func(title, text string, where ...string) briefbot.Article {
		a := article(title, text, time.Hour)
		a.Summary = briefbot.Summary{Where: where}
		return a
	}
	db := mustStore(t,
		placed("North Korea fires a missile", "North Korea fired a missile into the sea.", "North Korea"),
		placed("Daejeon opens a chip lab", "Chipmakers opened a lab in Daejeon.", "Daejeon", "South Korea"),
		placed("Grève à Lyon", "Les transports de Lyon sont en grève.", "Lyon", "France"),
		placed("Un séisme frappe le Chili", "Un tremblement de terre a secoué le nord du Chili.", "Chili"),
	)
	tests := []struct{ topic, want string }{
		{"koera", "korea"},    // a headline's name
		{"daejon", "daejeon"}, // a summary's place
		{"frnace", "france"},  // a country's name
		{"japn", ""},          // Japan is near, but has no story
		{"xyzzy", ""},         // nothing is near
		{"quantum flux", ""},  // nothing is near
	}
	for _, tt := range tests {
		br, err := briefer(db).Brief(context.Background(), tt.topic, 7*24*time.Hour, 5)
		if err != nil {
			t.Fatal(err)
		}
		if br.DidYouMean != tt.want {
			t.Errorf("%q: did you mean %q, want %q", tt.topic, br.DidYouMean, tt.want)
		}
		msg := strings.Join(brief.BriefMessage(br, "en").Lines, " ")
		if tt.want != "" && !strings.Contains(msg, "Did you mean /brief "+tt.want+"?") {
			t.Errorf("%q: the reply %q does not say what was meant", tt.topic, msg)
		}
		if tt.want == "" && strings.Contains(msg, "Did you mean") {
			t.Errorf("%q: the reply %q guesses", tt.topic, msg)
		}
	}
	if br, _ := briefer(db).Brief(context.Background(), "korea", 7*24*time.Hour, 5); br.DidYouMean != "" || len(br.Stories) == 0 {
		t.Errorf("a topic with stories: %d stories, did you mean %q", len(br.Stories), br.DidYouMean)
	}
}

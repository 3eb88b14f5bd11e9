package digest

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
)

// TestTryTakeSpendsEachMessageOnce: workers asking at once for the same
// moment get one message between them, whether the platform's or the
// chat's limit is the one that binds.
func TestTryTakeSpendsEachMessageOnce(t *testing.T) {
	now := time.Date(2026, 6, 2, 5, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		limits bot.Limits
		chats  int
	}{
		{"platform", bot.Limits{Overall: bot.Rate{N: 50, Per: time.Second}}, 100},
		{"chat", bot.Limits{PerChat: bot.Rate{N: 5, Per: 5 * time.Second}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLimiter(map[string]bot.Limits{"discord": tt.limits})
			var wg sync.WaitGroup
			var mu sync.Mutex
			taken := 0
			for i := range 100 {
				wg.Go(func() {
					chat := briefbot.ChatRef{Platform: "discord", ID: fmt.Sprint(i % tt.chats)}
					if _, ok := l.tryTake(chat, now); ok {
						mu.Lock()
						taken++
						mu.Unlock()
					}
				})
			}
			wg.Wait()
			if taken != 1 {
				t.Errorf("%d messages taken at one moment, want 1", taken)
			}
			chat := briefbot.ChatRef{Platform: "discord", ID: "0"}
			want := now.Add(tt.limits.Overall.Interval() + tt.limits.PerChat.Interval())
			if at, ok := l.tryTake(chat, now); ok || !at.Equal(want) {
				t.Errorf("tryTake again = %v, %v; want false and the next message at %v", at, ok, want)
			}
		})
	}
}

package digest_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"briefbot"
	"briefbot/digest"
)

// fanOutChats subscribes n digests due at 07:00 Paris: most in private
// chats of one, some private chats with ten topics, and groups of twenty.
func fanOutChats(tb testing.TB, db digest.Store, n int) {
	tb.Helper()
	i := 0
	add := func(chat briefbot.ChatRef, topics int) {
		for k := 0; k < topics && i < n; k++ {
			mustSubscribe(tb, db, chat, fmt.Sprintf("topic %d", k), "07:00", "Europe/Paris", created)
			i++
		}
	}
	for g := 0; g < n/200; g++ {
		add(briefbot.ChatRef{Platform: "telegram", ID: fmt.Sprint(-100 - g)}, 20)
	}
	for c := 0; c < n/100; c++ {
		add(chatN(1_000_000+c), 10)
	}
	for c := 0; i < n; c++ {
		add(chatN(c), 1)
	}
}

// fanOut ticks once at 07:00 and returns the platform and the rate reached:
// messages per second from the tick to the last message.
func fanOut(tb testing.TB, db digest.Store) (*platform, float64) {
	tb.Helper()
	clock := &fakeClock{now: at0700}
	p := newPlatform(clock)
	p.throttleAt[5000] = 3 * time.Second
	s := newScheduler(db, p, clock)
	if err := s.Tick(context.Background(), clock.Now()); err != nil {
		tb.Fatal(err)
	}
	elapsed := p.sent[len(p.sent)-1].at.Sub(at0700) + telegramLimits.Overall.Per/time.Duration(telegramLimits.Overall.N)
	return p, float64(len(p.sent)) / elapsed.Seconds()
}

func TestFanOut10000SameMinute(t *testing.T) {
	const n = 10_000
	db := newMemStore()
	fanOutChats(t, db, n)
	p, rate := fanOut(t, db)
	limit := float64(telegramLimits.Overall.N)
	t.Logf("%d digests at %.2f msg/s, %.1f%% of the %v msg/s limit (including one 3 s retry_after)", len(p.sent), rate, 100*rate/limit, limit)
	counts := countByTopic(p.sent)
	if len(counts) != n {
		t.Errorf("%d distinct digests delivered, want %d (losses)", len(counts), n)
	}
	for _, k := range sortedKeys(counts) {
		if counts[k] != 1 {
			t.Errorf("%s delivered %d times", k, counts[k])
		}
	}
	if p.violations > 0 {
		t.Errorf("%d messages broke the platform's limits", p.violations)
	}
	if rate < 0.95*limit {
		t.Errorf("rate %.2f msg/s, want ≥ 95%% of %v", rate, limit)
	}
	assertNoPending(t, db)
}

// BenchmarkFanOut reports the fan-out rate (in the fake clock's time)
// against Telegram's 30 msg/s, and how many digests a second the scheduler
// itself handles in real time, over SQLite and over memory.
func BenchmarkFanOut(b *testing.B) {
	const n = 10_000
	stores := []struct {
		name string
		open func(testing.TB) digest.Store
	}{
		{"sqlite", func(tb testing.TB) digest.Store { return mustOpen(tb, dbPath(tb)) }},
		{"memory", func(testing.TB) digest.Store { return newMemStore() }},
	}
	for _, st := range stores {
		b.Run(st.name, func(b *testing.B) {
			var rate float64
			for b.Loop() {
				b.StopTimer()
				db := st.open(b)
				fanOutChats(b, db, n)
				b.StartTimer()
				_, rate = fanOut(b, db)
			}
			b.ReportMetric(rate, "msg/s")
			b.ReportMetric(float64(telegramLimits.Overall.N), "limit-msg/s")
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "digests/s-real")
		})
	}
}

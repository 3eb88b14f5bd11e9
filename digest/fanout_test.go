package digest_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/digest"
)

// target is a platform the fan-out sends to: the limits the fake enforces
// and the scheduler keeps to, and how long each call takes.
type target struct {
	name    string
	limits  bot.Limits
	latency time.Duration
}

// rate is the platform's overall limit, in messages a second.
func (tg target) rate() float64 {
	return float64(tg.limits.Overall.N) / tg.limits.Overall.Per.Seconds()
}

func (tg target) String() string { return fmt.Sprintf("%s/%dms", tg.name, tg.latency.Milliseconds()) }

// targets are Telegram and Discord, with calls that take no time and
// calls that take 150 ms (a round trip to the platform).
var targets = []target{
	{"telegram", telegramLimits, 0},
	{"telegram", telegramLimits, 150 * time.Millisecond},
	{"discord", discordLimits, 0},
	{"discord", discordLimits, 150 * time.Millisecond},
}

// chatOn is chat id of platform.
func chatOn(platform string, id int) briefbot.ChatRef {
	return briefbot.ChatRef{Platform: platform, ID: fmt.Sprint(id)}
}

// groupOn is the g-th group chat of platform: on Telegram a group (a
// negative id), on Discord a channel.
func groupOn(platform string, g int) briefbot.ChatRef {
	if platform == "telegram" {
		return chatOn(platform, -100-g)
	}
	return chatOn(platform, 1_003_000+g)
}

// fanOutChats subscribes n digests on platform due at 07:00 Paris: most
// in private chats of one, some private chats with ten topics, and groups
// (on Discord, channels) of twenty.
func fanOutChats(tb testing.TB, db digest.Store, platform string, n int) {
	tb.Helper()
	i := 0
	add := func(chat briefbot.ChatRef, topics int) {
		for k := 0; k < topics && i < n; k++ {
			mustSubscribe(tb, db, chat, fmt.Sprintf("topic %d", k), "07:00", "Europe/Paris", created)
			i++
		}
	}
	for g := 0; g < n/200; g++ {
		add(groupOn(platform, g), 20)
	}
	for c := 0; c < n/100; c++ {
		add(chatOn(platform, 1_001_000+c), 10)
	}
	for c := 0; i < n; c++ {
		add(chatOn(platform, 1000+c), 1)
	}
}

// fanOut ticks once at 07:00 with the scheduler's default workers and
// returns the platform and the rate reached: messages per second from the
// tick to the last message.
func fanOut(tb testing.TB, db digest.Store, tg target, setup func(*platform)) (*platform, float64) {
	tb.Helper()
	clock := &fakeClock{now: at0700}
	p := newPlatform(clock)
	p.limits, p.latency = tg.limits, tg.latency
	p.throttleAt[5000] = 3 * time.Second
	if setup != nil {
		setup(p)
	}
	s := newScheduler(db, p, clock)
	s.Limits = map[string]bot.Limits{tg.name: tg.limits}
	if err := s.Tick(context.Background(), clock.Now()); err != nil {
		tb.Fatal(err)
	}
	elapsed := p.sent[len(p.sent)-1].at.Sub(at0700) + tg.limits.Overall.Interval()
	return p, float64(len(p.sent)) / elapsed.Seconds()
}

func TestFanOut10000SameMinute(t *testing.T) {
	const n = 10_000
	db := newMemStore()
	tg := targets[0]
	fanOutChats(t, db, tg.name, n)
	p, rate := fanOut(t, db, tg, nil)
	t.Logf("%d digests at %.2f msg/s, %.1f%% of the %v msg/s limit (including one 3 s retry_after)", len(p.sent), rate, 100*rate/tg.rate(), tg.rate())
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
	if rate < 0.95*tg.rate() {
		t.Errorf("rate %.2f msg/s, want ≥ 95%% of %v", rate, tg.rate())
	}
	assertNoPending(t, db)
}

// slowCallChats subscribes 600 digests on platform due at 07:00 Paris:
// five groups (on Discord, channels) and ten private chats with five
// topics each, long private chats whose digest is three messages long
// (see threeLongParts), and private chats of one short digest.
func slowCallChats(tb testing.TB, db digest.Store, platform string, long int) {
	tb.Helper()
	for c := range 5 {
		for k := range 5 {
			topic := fmt.Sprintf("topic %d", k)
			mustSubscribe(tb, db, groupOn(platform, c), topic, "07:00", "Europe/Paris", created)
			mustSubscribe(tb, db, chatOn(platform, 1_001_000+c), topic, "07:00", "Europe/Paris", created)
			mustSubscribe(tb, db, chatOn(platform, 1_002_000+c), topic, "07:00", "Europe/Paris", created)
		}
	}
	for c := range long {
		mustSubscribe(tb, db, chatOn(platform, 2000+c), "long read", "07:00", "Europe/Paris", created)
	}
	for c := range 600 - 75 - long {
		mustSubscribe(tb, db, chatOn(platform, 1000+c), "korea", "07:00", "Europe/Paris", created)
	}
}

// threeLongParts sends the "long read" digests as three messages.
func threeLongParts(m bot.Message) int {
	if strings.Contains(strings.ToLower(m.Title), "long read") {
		return 3
	}
	return 1
}

// TestFanOutKeepsTheRateWhenEachCallTakes150ms shows the workers at
// work: with each call taking 150 ms, one at a time would reach 6.7
// messages a second.
func TestFanOutKeepsTheRateWhenEachCallTakes150ms(t *testing.T) {
	for _, tg := range targets {
		if tg.latency == 0 {
			continue
		}
		t.Run(tg.name, func(t *testing.T) {
			db := newMemStore()
			slowCallChats(t, db, tg.name, 0)
			p, rate := fanOut(t, db, tg, nil)
			t.Logf("%d messages at %.2f msg/s, %.1f%% of the %v msg/s limit, up to %d calls in flight",
				len(p.sent), rate, 100*rate/tg.rate(), tg.rate(), p.maxCalling)
			if rate < 0.95*tg.rate() {
				t.Errorf("rate %.2f msg/s, want ≥ 95%% of %v", rate, tg.rate())
			}
			assertFannedOut(t, db, p, 600)
		})
		// Forty digests of three messages: each chat takes them a second
		// apart, so those that start last end the fan-out later whatever
		// the calls take; slow calls cost nothing more.
		t.Run(tg.name+"/parts", func(t *testing.T) {
			rates := map[time.Duration]float64{}
			for _, latency := range []time.Duration{0, tg.latency} {
				db := newMemStore()
				slowCallChats(t, db, tg.name, 40)
				at := tg
				at.latency = latency
				p, rate := fanOut(t, db, at, func(p *platform) { p.parts = threeLongParts })
				rates[latency] = rate
				assertFannedOut(t, db, p, 600)
			}
			t.Logf("%.2f msg/s with calls of %s, %.2f with calls of no time", rates[tg.latency], tg.latency, rates[0])
			if rates[tg.latency] < 0.95*rates[0] {
				t.Errorf("rate %.2f msg/s with calls of %s, want ≥ 95%% of the %.2f with calls of no time", rates[tg.latency], tg.latency, rates[0])
			}
		})
	}
}

// assertFannedOut checks that n digests arrived, each part once and in
// order, none while another call to its chat was in flight, none over the
// platform's limits, and that none is left pending.
func assertFannedOut(t *testing.T, db digest.Store, p *platform, n int) {
	t.Helper()
	if p.violations > 0 {
		t.Errorf("%d messages broke the platform's limits", p.violations)
	}
	if p.overlaps > 0 {
		t.Errorf("%d calls to a chat while another to it was in flight", p.overlaps)
	}
	assertEachPartOnceInOrder(t, p, n)
	assertNoPending(t, db)
}

// assertEachPartOnceInOrder checks that each of n digests arrived, each
// part once and in order.
func assertEachPartOnceInOrder(t *testing.T, p *platform, n int) {
	t.Helper()
	parts := map[string][]int{}
	for _, m := range p.sent {
		k := m.chat.String() + " " + m.topic
		parts[k] = append(parts[k], m.part)
	}
	if len(parts) != n {
		t.Errorf("%d distinct digests delivered, want %d", len(parts), n)
	}
	for _, k := range sortedKeys(countByTopic(p.sent)) {
		want := []int{0}
		if strings.Contains(strings.ToLower(k), "long read") {
			want = []int{0, 1, 2}
		}
		if !slices.Equal(parts[k], want) {
			t.Errorf("%s got parts %v, want %v", k, parts[k], want)
		}
	}
}

// BenchmarkFanOut reports the fan-out rate (in the fake clock's time)
// against each platform's limit, Telegram's and Discord's, with calls
// that take no time and calls that take 150 ms, the messages the platform
// refused and the most calls in flight at once, and how many digests a
// second the scheduler itself handles in real time, over SQLite and over
// memory. A digest lost or sent twice fails it.
func BenchmarkFanOut(b *testing.B) {
	const n = 10_000
	stores := []struct {
		name string
		open func(testing.TB) digest.Store
	}{
		{"sqlite", func(tb testing.TB) digest.Store { return mustOpen(tb, dbPath(tb)) }},
		{"memory", func(testing.TB) digest.Store { return newMemStore() }},
	}
	for _, tg := range targets {
		for _, st := range stores {
			b.Run(tg.String()+"/"+st.name, func(b *testing.B) {
				var p *platform
				var rate float64
				for b.Loop() {
					b.StopTimer()
					db := st.open(b)
					fanOutChats(b, db, tg.name, n)
					b.StartTimer()
					p, rate = fanOut(b, db, tg, nil)
				}
				counts := countByTopic(p.sent)
				for _, k := range sortedKeys(counts) {
					if counts[k] != 1 {
						b.Errorf("%s delivered %d times", k, counts[k])
					}
				}
				if len(counts) != n {
					b.Errorf("%d distinct digests delivered, want %d", len(counts), n)
				}
				b.ReportMetric(rate, "msg/s")
				b.ReportMetric(100*rate/tg.rate(), "%-of-limit")
				b.ReportMetric(float64(p.violations), "refused")
				b.ReportMetric(float64(p.maxCalling), "max-in-flight")
				b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "digests/s-real")
			})
		}
	}
}

// TestOneChatHasOneDigestInFlight: on a platform with no per-chat limit,
// and calls slower than the fan-out's turns (a second each), the limiter
// would let a chat's digests go together; the fan-out still sends its
// chats one digest at a time.
func TestOneChatHasOneDigestInFlight(t *testing.T) {
	db := newMemStore()
	busy := chatOn("telegram", 1)
	for k := range 5 {
		mustSubscribe(t, db, busy, fmt.Sprintf("topic %d", k), "07:00", "Europe/Paris", created)
	}
	for c := range 20 {
		mustSubscribe(t, db, chatOn("telegram", 100+c), "korea", "07:00", "Europe/Paris", created)
	}
	overallOnly := target{"telegram", bot.Limits{Overall: telegramLimits.Overall}, time.Second}
	p, _ := fanOut(t, db, overallOnly, nil)
	if p.overlaps > 0 {
		t.Errorf("%d calls to a chat while another to it was in flight", p.overlaps)
	}
	var at []time.Time
	for _, m := range p.sent {
		if m.chat == busy {
			at = append(at, m.at)
		}
	}
	for i := 1; i < len(at); i++ {
		if gap := at[i].Sub(at[i-1]); gap < overallOnly.latency {
			t.Errorf("the chat's digests %d and %d went %s apart, want one after the other (≥ %s)", i, i+1, gap, overallOnly.latency)
		}
	}
	if len(at) != 5 || p.maxCalling < 2 {
		t.Errorf("the chat got %d digests with up to %d calls in flight, want 5 while others' went alongside", len(at), p.maxCalling)
	}
	assertFannedOut(t, db, p, 25)
}

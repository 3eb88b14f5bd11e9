package discord_test

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/bot/discord"
	"briefbot/bot/discord/discordtest"
	"briefbot/brief"
	"briefbot/digest"
	"briefbot/internal/featuretest"
	"briefbot/topics"
)

// scheduler delivers the harness's digests through its bot on its clock,
// as briefbot does.
func (h *harness) scheduler() *digest.Scheduler {
	briefer := &brief.Briefer{Store: h.store, Topics: topics.New(nil), Now: h.clock.Now, Window: featuretest.BriefWindow, MaxItems: featuretest.BriefItems}
	return &digest.Scheduler{Store: h.store, Digests: digest.Builder{Briefer: briefer}, Sender: bot.Senders(h.bot),
		Clock: h.clock, Limits: map[string]bot.Limits{discord.Platform: h.bot.Limits()},
		Log: slog.New(slog.NewTextHandler(h.logs, nil)), Metrics: &digest.Metrics{}}
}

// subscribe subscribes a channel to korea at 09:00 UTC, two days ago.
func (h *harness) subscribe(t *testing.T, channel string) briefbot.Subscription {
	t.Helper()
	s, err := h.store.Subscribe(context.Background(), briefbot.Subscription{Chat: discord.ChatRef(channel), Topic: "korea",
		LocalTime: "09:00", Zone: "UTC", Created: chatNow.Add(-48 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// sentTo are the messages the fake took in a channel, failed ones left
// out, and the failed ones.
func sentTo(calls []discordtest.Call, channel string) (sent, failed []discordtest.Call) {
	for _, c := range calls {
		switch {
		case c.Route != discordtest.RouteMessageCreate || c.ChannelID != channel:
		case c.Status >= 300:
			failed = append(failed, c)
		default:
			sent = append(sent, c)
		}
	}
	return sent, failed
}

func TestADigestReachesItsChannelAtItsMinute(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	h.subscribe(t, channelID)
	s := h.scheduler()
	h.clock.Add(-time.Minute) // 08:59: not yet
	if err := s.Tick(t.Context(), h.clock.Now()); err != nil {
		t.Fatal(err)
	}
	if sent, _ := sentTo(h.fake.Took(), channelID); len(sent) != 0 {
		t.Fatalf("%d messages before the digest's minute", len(sent))
	}
	h.clock.Add(time.Minute)
	if err := s.Tick(t.Context(), h.clock.Now()); err != nil {
		t.Fatal(err)
	}
	sent, _ := sentTo(h.fake.Took(), channelID)
	if len(sent) != 1 {
		t.Fatalf("%d digest messages at 09:00, want 1", len(sent))
	}
	m := sent[0].Message()
	if !strings.Contains(plain(m), "korea") || len(m.Embeds) == 0 {
		t.Errorf("digest %q with %d embeds", m.Content, len(m.Embeds))
	}
	quiet(t, sent[0])
	if snap := s.Metrics.Snapshot(); snap.Sent != 1 {
		t.Errorf("metrics %+v, want one digest sent", snap)
	}
}

func TestA429DelaysTheDigestAndItIsDelivered(t *testing.T) {
	t.Parallel()
	var limited atomic.Int32
	h := newHarness(t, discord.Options{OnRateLimited: func() { limited.Add(1) }})
	h.subscribe(t, channelID)
	h.fake.Fail(discordtest.RouteMessageCreate, 1, discordtest.RateLimited(30))
	var mu sync.Mutex
	var tried []time.Time // the test's clock at each attempt
	h.fake.SetLatency(func(_ context.Context, route string) {
		if route == discordtest.RouteMessageCreate {
			mu.Lock()
			tried = append(tried, h.clock.Now())
			mu.Unlock()
		}
	})
	s := h.scheduler()
	for range 3 { // 09:00, 09:01, 09:02
		if err := s.Tick(t.Context(), h.clock.Now()); err != nil {
			t.Fatal(err)
		}
		h.clock.Add(time.Minute)
	}
	sent, failed := sentTo(h.fake.Took(), channelID)
	if len(failed) != 1 || failed[0].Status != 429 || len(sent) != 1 {
		t.Fatalf("%d refused and %d sent, want the 429 and then the digest once", len(failed), len(sent))
	}
	if len(tried) != 2 || tried[1].Sub(tried[0]) < 30*time.Second {
		t.Errorf("attempts at %v, want the second 30 s or more after the first", tried)
	}
	if snap := s.Metrics.Snapshot(); snap.Sent != 1 || limited.Load() != 1 {
		t.Errorf("metrics %+v, %d 429s told; want the digest sent once after one 429", snap, limited.Load())
	}
}

func TestAChannelTheBotLostPausesItsDigests(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	sub := h.subscribe(t, channelID)
	h.fake.Fail(discordtest.RouteMessageCreate, 0, discordtest.MissingPermissions())
	s := h.scheduler()
	for range 2 {
		if err := s.Tick(t.Context(), h.clock.Now()); err != nil {
			t.Fatal(err)
		}
		h.clock.Add(time.Minute)
	}
	if _, failed := sentTo(h.fake.Took(), channelID); len(failed) != 1 || failed[0].Code != 50013 {
		t.Errorf("%d refused sends, want one, 50013, then none", len(failed))
	}
	subs, err := h.store.Subscriptions(t.Context(), sub.Chat)
	if err != nil || len(subs) != 1 || subs[0].Paused == "" {
		t.Errorf("subscriptions %+v, %v; want the one paused", subs, err)
	}
	if !strings.Contains(h.logs.String(), "paused") || !strings.Contains(h.logs.String(), "discord:"+channelID) {
		t.Errorf("the pause is not in the log:\n%s", h.logs.String())
	}
}

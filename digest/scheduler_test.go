package digest_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"briefbot/digest"

	"briefbot"
)

// at0700 is 07:00 in Paris on 2 June 2026; subscriptions are made the day before.
var (
	at0700  = time.Date(2026, 6, 2, 5, 0, 0, 0, time.UTC)
	created = at0700.Add(-20 * time.Hour)
)

var errCrash = errors.New("crash")

func TestCrashAfterEveryStepThenRestart(t *testing.T) {
	tests := []struct {
		step string
		want int // digests the crashed subscription gets in all
	}{
		{"claim", 1},
		{"send", 1},   // sent, not recorded: counted as sent on restart, not sent again
		{"finish", 1}, // recorded: nothing left to do
		// The one lossy instant: the attempt is recorded, the platform not yet
		// called. The rule keeps it at most once: counted as sent, never resent.
		{"sending", 0},
	}
	for _, tt := range tests {
		t.Run(tt.step, func(t *testing.T) {
			path := dbPath(t)
			db := mustOpen(t, path)
			var subs []briefbot.Subscription
			for i := range 3 {
				subs = append(subs, mustSubscribe(t, db, chatN(i), "korea", "07:00", "Europe/Paris", created))
			}
			clock := &fakeClock{now: at0700}
			p := newPlatform(clock)
			s := newScheduler(db, p, clock)
			crashed := subs[1].ID
			s.Fault = func(step string, id int64) error {
				if step == tt.step && id == crashed {
					return errCrash
				}
				return nil
			}
			if err := s.Tick(context.Background(), clock.Now()); !errors.Is(err, errCrash) {
				t.Fatalf("tick: %v, want the injected crash", err)
			}
			db.Close()

			// Restart: a new scheduler over the same file, a minute later.
			db2 := mustOpen(t, path)
			clock.now = clock.now.Add(time.Minute)
			if err := newScheduler(db2, p, clock).Tick(context.Background(), clock.Now()); err != nil {
				t.Fatal(err)
			}
			clock.now = clock.now.Add(time.Hour) // and again: nothing more
			if err := newScheduler(db2, p, clock).Tick(context.Background(), clock.Now()); err != nil {
				t.Fatal(err)
			}
			got := map[briefbot.ChatRef]int{}
			for _, m := range p.sent {
				got[m.chat]++
			}
			for _, sub := range subs {
				want := 1
				if sub.ID == crashed {
					want = tt.want
				}
				if got[sub.Chat] != want {
					t.Errorf("%s got %d digests, want %d", sub.Chat, got[sub.Chat], want)
				}
			}
			assertNoPending(t, db2)
		})
	}
}

func assertNoPending(t *testing.T, db interface {
	PendingDeliveries(context.Context) ([]briefbot.Delivery, error)
}) {
	t.Helper()
	pending, err := db.PendingDeliveries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) > 0 {
		t.Errorf("deliveries left pending: %+v", pending)
	}
}

func TestBlockedChatIsPausedAndNotTriedAgain(t *testing.T) {
	db := mustOpen(t, dbPath(t))
	blocked := chatN(7)
	for _, topic := range []string{"korea", "japan", "france"} {
		mustSubscribe(t, db, blocked, topic, "07:00", "Europe/Paris", created)
	}
	mustSubscribe(t, db, chatN(8), "korea", "07:00", "Europe/Paris", created)
	clock := &fakeClock{now: at0700}
	p := newPlatform(clock)
	p.gone[blocked] = true
	s := newScheduler(db, p, clock)
	for day := range 3 {
		clock.now = at0700.AddDate(0, 0, day)
		if err := s.Tick(context.Background(), clock.Now()); err != nil {
			t.Fatal(err)
		}
	}
	if got := p.tried[blocked]; got != 1 {
		t.Errorf("blocked chat tried %d times over three days, want 1", got)
	}
	if got := p.tried[chatN(8)]; got != 3 {
		t.Errorf("other chat got %d digests over three days, want 3", got)
	}
	subs, err := db.Subscriptions(context.Background(), blocked)
	if err != nil {
		t.Fatal(err)
	}
	for _, sub := range subs {
		if sub.Paused == "" {
			t.Errorf("subscription %q not paused", sub.Topic)
		}
	}
	if got := s.Metrics.Snapshot().Paused; got != 1 {
		t.Errorf("paused chats: got %d, want 1", got)
	}
	assertNoPending(t, db)
}

func TestGraceWindow(t *testing.T) {
	tests := []struct {
		name              string
		late              time.Duration
		sent, skip, lateN int64
	}{
		{"on time", 0, 1, 0, 0},
		{"five hours late is sent", 5 * time.Hour, 1, 0, 1},
		{"seven hours late is skipped", 7 * time.Hour, 0, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := mustOpen(t, dbPath(t))
			mustSubscribe(t, db, chatN(1), "korea", "07:00", "Europe/Paris", created)
			clock := &fakeClock{now: at0700.Add(tt.late)}
			p := newPlatform(clock)
			s := newScheduler(db, p, clock)
			if err := s.Tick(context.Background(), clock.Now()); err != nil {
				t.Fatal(err)
			}
			m := s.Metrics.Snapshot()
			if m.Sent != tt.sent || m.Skipped != tt.skip || m.Late != tt.lateN {
				t.Errorf("got sent %d skipped %d late %d, want %d %d %d", m.Sent, m.Skipped, m.Late, tt.sent, tt.skip, tt.lateN)
			}
		})
	}
}

func TestRetryAfterHoldsUpOnlyItsChat(t *testing.T) {
	db := mustOpen(t, dbPath(t))
	for i := range 5 {
		mustSubscribe(t, db, chatN(i), "korea", "07:00", "Europe/Paris", created)
	}
	clock := &fakeClock{now: at0700}
	p := newPlatform(clock)
	p.throttleAt[2] = 7 * time.Second
	s := newScheduler(db, p, clock)
	if err := s.Tick(context.Background(), clock.Now()); err != nil {
		t.Fatal(err)
	}
	if len(p.sent) != 5 {
		t.Fatalf("sent %d digests, want 5", len(p.sent))
	}
	// The second call was refused with retry_after 7s: that chat waits
	// 7 s; the others are not held up by it.
	throttled := p.sent[len(p.sent)-1]
	if p.tried[throttled.chat] != 2 {
		t.Fatalf("the last digest went to %s, tried %d times; want the throttled chat, tried twice", throttled.chat, p.tried[throttled.chat])
	}
	if gap := throttled.at.Sub(at0700); gap < 7*time.Second {
		t.Errorf("throttled chat sent to %s after the 429, want ≥ 7s", gap)
	}
	if others := p.sent[len(p.sent)-2].at.Sub(at0700); others >= 7*time.Second {
		t.Errorf("the other chats waited %s for one chat's 429", others)
	}
	for k, n := range countByTopic(p.sent) {
		if n != 1 {
			t.Errorf("%s got %d digests", k, n)
		}
	}
}

// flaky fails to build the digest of one topic until fixed.
type flaky struct {
	oneStory
	broken string
	fixed  bool
}

func (f *flaky) Digest(ctx context.Context, s briefbot.Subscription, now time.Time) (digest.Digest, error) {
	if s.Topic == f.broken && !f.fixed {
		return digest.Digest{}, errors.New("search failed")
	}
	return f.oneStory.Digest(ctx, s, now)
}

func TestFailedDigestIsRetriedWithoutHoldingUpOthers(t *testing.T) {
	db := mustOpen(t, dbPath(t))
	mustSubscribe(t, db, chatN(1), "korea", "07:00", "Europe/Paris", created)
	mustSubscribe(t, db, chatN(2), "japan", "07:00", "Europe/Paris", created)
	clock := &fakeClock{now: at0700}
	p := newPlatform(clock)
	s := newScheduler(db, p, clock)
	digests := &flaky{broken: "korea"}
	s.Digests = digests
	if err := s.Tick(context.Background(), clock.Now()); err != nil {
		t.Fatal(err)
	}
	if len(p.sent) != 1 || p.sent[0].chat != chatN(2) {
		t.Fatalf("first tick sent %+v, want japan's digest only", p.sent)
	}
	digests.fixed = true
	clock.now = clock.now.Add(time.Minute)
	if err := s.Tick(context.Background(), clock.Now()); err != nil {
		t.Fatal(err)
	}
	if len(p.sent) != 2 || p.sent[1].chat != chatN(1) {
		t.Errorf("second tick: %+v, want korea's digest sent late", p.sent)
	}
	if m := s.Metrics.Snapshot(); m.Failed != 1 || m.Sent != 2 {
		t.Errorf("metrics %+v, want 1 failed and 2 sent", m)
	}
	assertNoPending(t, db)
}

// buggy is a digester that panics on one topic, as a bug in building a
// digest would.
type buggy struct {
	oneStory
	broken string
}

func (b buggy) Digest(ctx context.Context, s briefbot.Subscription, now time.Time) (digest.Digest, error) {
	if s.Topic == b.broken {
		var stories []briefbot.Story
		_ = stories[len(stories)-1]
	}
	return b.oneStory.Digest(ctx, s, now)
}

func TestPanickingDigestIsContainedAndNotRetried(t *testing.T) {
	db := mustOpen(t, dbPath(t))
	mustSubscribe(t, db, chatN(1), "korea", "07:00", "Europe/Paris", created)
	mustSubscribe(t, db, chatN(2), "japan", "07:00", "Europe/Paris", created)
	clock := &fakeClock{now: at0700}
	p := newPlatform(clock)
	s := newScheduler(db, p, clock)
	s.Digests = buggy{broken: "korea"}
	var panics []string
	s.OnPanic = func(stage string) { panics = append(panics, stage) }
	for range 3 {
		if err := s.Tick(context.Background(), clock.Now()); err != nil {
			t.Fatal(err)
		}
		clock.now = clock.now.Add(time.Minute)
	}
	if len(p.sent) != 1 || p.sent[0].chat != chatN(2) {
		t.Errorf("sent %+v, want japan's digest only", p.sent)
	}
	if len(panics) != 1 || panics[0] != "digest" {
		t.Errorf("panics = %v, want one in digest (not retried each tick)", panics)
	}
	if m := s.Metrics.Snapshot(); m.Failed != 1 || m.Sent != 1 {
		t.Errorf("metrics %+v, want 1 failed and 1 sent", m)
	}
	assertNoPending(t, db)
}

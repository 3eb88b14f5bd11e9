package digest_test

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/digest"
	"briefbot/internal/testclock"
)

// chatSender records each chat it delivers to, and calls after with the
// count so far.
type chatSender struct {
	mu    sync.Mutex
	got   []briefbot.ChatRef
	after func(n int)
}

func (s *chatSender) Send(ctx context.Context, chat briefbot.ChatRef, _ bot.Message, t bot.Tracker) error {
	if err := t.Sending(ctx, 0, 1); err != nil {
		return err
	}
	if err := t.Sent(ctx, 0); err != nil {
		return err
	}
	s.mu.Lock()
	s.got = append(s.got, chat)
	n := len(s.got)
	s.mu.Unlock()
	if s.after != nil {
		s.after(n)
	}
	return nil
}

func TestRunTicksAtOnceThenAtEachTick(t *testing.T) {
	db := mustOpen(t, dbPath(t))
	early := mustSubscribe(t, db, chatN(0), "korea", "06:30", "Europe/Paris", created)
	later := mustSubscribe(t, db, chatN(1), "korea", "07:00", "Europe/Paris", created)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	clock := testclock.New(at0700.Add(-10 * time.Minute)) // 06:50: the 06:30 digest is due, late
	sender := &chatSender{}
	s := &digest.Scheduler{Store: db, Digests: oneStory{}, Sender: sender, Clock: clock}
	ticks := func(ctx context.Context, tick func(context.Context, time.Time)) error {
		if len(sender.got) != 1 || sender.got[0] != early.Chat {
			t.Errorf("before the first tick of the schedule, sent to %v; want the start-up tick's digest to %v", sender.got, early.Chat)
		}
		clock.Set(at0700)
		tick(ctx, at0700)
		tick(ctx, at0700) // a tick again within the minute sends nothing more
		cancel()
		return errors.New("schedule ended")
	}
	s.Run(ctx, ticks)
	if len(sender.got) != 2 || sender.got[1] != later.Chat {
		t.Errorf("sent to %v; want %v, then %v once", sender.got, early.Chat, later.Chat)
	}
}

func TestRunTakesOverAtTheLeaseExpiry(t *testing.T) {
	db := mustOpen(t, dbPath(t))
	sub := mustSubscribe(t, db, chatN(0), "korea", "07:00", "Europe/Paris", created)
	// Another scheduler claims the digest and dies before sending it.
	dead := &digest.Scheduler{Store: db, Digests: oneStory{}, Sender: &chatSender{}, Clock: &fakeClock{now: at0700}, Owner: "dead"}
	dead.Fault = func(step string, _ int64) error {
		if step == "claim" {
			return errCrash
		}
		return nil
	}
	if err := dead.Tick(context.Background(), at0700); !errors.Is(err, errCrash) {
		t.Fatalf("tick: %v, want the injected crash", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	clock := testclock.New(at0700.Add(10 * time.Second))
	sentOne := make(chan struct{})
	sender := &chatSender{after: func(int) { close(sentOne) }}
	s := &digest.Scheduler{Store: db, Digests: oneStory{}, Sender: sender, Clock: clock}
	s.Run(ctx, func(ctx context.Context, tick func(context.Context, time.Time)) error {
		<-sentOne // the next minute's tick comes only after the takeover
		tick(ctx, clock.Now())
		cancel()
		return nil
	})
	if len(sender.got) != 1 || sender.got[0] != sub.Chat {
		t.Fatalf("sent to %v; want the dead scheduler's digest taken over and sent once", sender.got)
	}
	// The lease was a minute from the claim at 07:00:00: the takeover waits
	// until a second after it, not for the next minute's tick.
	if got, want := clock.Slept(), []time.Duration{51 * time.Second}; !slices.Equal(got, want) {
		t.Errorf("waited %v, want %v", got, want)
	}
	assertNoPending(t, db)
}

package digest_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/digest"
)

// partsTo lists the parts a chat got, in order.
func partsTo(p *platform, chat briefbot.ChatRef) []int {
	var out []int
	for _, s := range p.sent {
		if s.chat == chat {
			out = append(out, s.part)
		}
	}
	return out
}

// threeParts makes every digest three messages long.
func threeParts(p *platform, title string) { p.partsOf[title] = 3 }

const koreaTitle = "Your Korea digest: 1 story since Mon 1 Jun 07:00"

func TestPartThatFailsIsRetriedAloneAndInOrder(t *testing.T) {
	db := mustOpen(t, dbPath(t))
	sub := mustSubscribe(t, db, chatN(1), "korea", "07:00", "Europe/Paris", created)
	clock := &fakeClock{now: at0700}
	p := newPlatform(clock)
	threeParts(p, koreaTitle)
	p.failAt[2] = bot.SendFailed // part 2: an HTTP 500
	s := newScheduler(db, p, clock)
	for range 3 {
		if err := s.Tick(context.Background(), clock.Now()); err != nil {
			t.Fatal(err)
		}
		clock.now = clock.now.Add(time.Minute)
	}
	if got, want := partsTo(p, sub.Chat), []int{0, 1, 2}; !slices.Equal(got, want) {
		t.Errorf("parts received %v, want %v: each once, in order", got, want)
	}
	if got := p.tried[sub.Chat]; got != 4 {
		t.Errorf("%d calls, want 4 (part 2 twice)", got)
	}
	assertNoPending(t, db)
}

func TestPartsKeepToTheChatsRateAndHoldUpNoOne(t *testing.T) {
	db := mustOpen(t, dbPath(t))
	long := mustSubscribe(t, db, chatN(1), "korea", "07:00", "Europe/Paris", created)
	for i := 2; i <= 6; i++ {
		mustSubscribe(t, db, chatN(i), "japan", "07:00", "Europe/Paris", created)
	}
	clock := &fakeClock{now: at0700}
	p := newPlatform(clock)
	threeParts(p, koreaTitle)
	s := newScheduler(db, p, clock)
	if err := s.Tick(context.Background(), clock.Now()); err != nil {
		t.Fatal(err)
	}
	if p.violations != 0 {
		t.Errorf("%d messages broke Telegram's limits", p.violations)
	}
	var times []time.Time
	for _, m := range p.sent {
		if m.chat == long.Chat {
			times = append(times, m.at)
		}
	}
	if len(times) != 3 || times[1].Sub(times[0]) < time.Second || times[2].Sub(times[1]) < time.Second {
		t.Errorf("parts at %v, want three a second or more apart (one message a second per chat)", times)
	}
	if last := p.sent[len(p.sent)-1]; last.chat != long.Chat {
		t.Errorf("the last message went to %s: the others should not wait for the long digest", last.chat)
	}
	for _, m := range p.sent {
		if m.chat != long.Chat && m.at.Sub(at0700) >= time.Second {
			t.Errorf("%s waited %s behind a long digest", m.chat, m.at.Sub(at0700))
		}
	}
}

func TestUnknownOutcomeIsNeverResent(t *testing.T) {
	db := mustOpen(t, dbPath(t))
	lost := mustSubscribe(t, db, chatN(1), "korea", "07:00", "Europe/Paris", created)
	mustSubscribe(t, db, chatN(2), "korea", "07:00", "Europe/Paris", created)
	clock := &fakeClock{now: at0700}
	p := newPlatform(clock)
	s := newScheduler(db, p, clock)
	p.failAt[1] = bot.Unknown // the message arrives; its answer is lost
	for range 11 {            // ten minutes of ticks
		if err := s.Tick(context.Background(), clock.Now()); err != nil {
			t.Fatal(err)
		}
		clock.now = clock.now.Add(time.Minute)
	}
	for chat, n := range map[briefbot.ChatRef]int{lost.Chat: 1, chatN(2): 1} {
		if got := len(partsTo(p, chat)); got != n {
			t.Errorf("%s got %d digests, want %d", chat, got, n)
		}
	}
	if m := s.Metrics.Snapshot(); m.Unknown != 1 || m.Sent != 2 || m.Failed != 0 {
		t.Errorf("metrics %+v, want 1 unknown, 2 sent, 0 failed", m)
	}
	assertNoPending(t, db)
}

func TestUnknownMiddlePartGoesOnWithTheRest(t *testing.T) {
	db := mustOpen(t, dbPath(t))
	sub := mustSubscribe(t, db, chatN(1), "korea", "07:00", "Europe/Paris", created)
	clock := &fakeClock{now: at0700}
	p := newPlatform(clock)
	threeParts(p, koreaTitle)
	p.failAt[2] = bot.Unknown
	s := newScheduler(db, p, clock)
	for range 3 {
		if err := s.Tick(context.Background(), clock.Now()); err != nil {
			t.Fatal(err)
		}
		clock.now = clock.now.Add(time.Minute)
	}
	if got, want := partsTo(p, sub.Chat), []int{0, 1, 2}; !slices.Equal(got, want) {
		t.Errorf("parts received %v, want %v", got, want)
	}
	assertNoPending(t, db)
}

func TestCrashBetweenPartsSendsTheRestOnRestart(t *testing.T) {
	path := dbPath(t)
	db := mustOpen(t, path)
	sub := mustSubscribe(t, db, chatN(1), "korea", "07:00", "Europe/Paris", created)
	clock := &fakeClock{now: at0700}
	p := newPlatform(clock)
	threeParts(p, koreaTitle)
	s := newScheduler(db, p, clock)
	s.Fault = func(step string, _ int64) error {
		if step == "part" && p.count() == 1 {
			return errCrash // after part 1 is recorded, before part 2
		}
		return nil
	}
	if err := s.Tick(context.Background(), clock.Now()); !errors.Is(err, errCrash) {
		t.Fatalf("tick: %v, want the crash", err)
	}
	db.Close()

	db2 := mustOpen(t, path)
	restarted := newScheduler(db2, p, clock)
	clock.now = clock.now.Add(10 * time.Second) // restarted: the dead one's lease still holds
	if err := restarted.Tick(context.Background(), clock.Now()); err != nil {
		t.Fatal(err)
	}
	if got := partsTo(p, sub.Chat); len(got) != 1 {
		t.Fatalf("parts %v before the lease expired, want only the first", got)
	}
	clock.now = clock.now.Add(digest.DefaultLease)
	if err := restarted.Tick(context.Background(), clock.Now()); err != nil {
		t.Fatal(err)
	}
	if got, want := partsTo(p, sub.Chat), []int{0, 1, 2}; !slices.Equal(got, want) {
		t.Errorf("parts received %v, want %v", got, want)
	}
	assertNoPending(t, db2)
}

func TestTwoSchedulersOnOneDatabaseSendEachDigestOnce(t *testing.T) {
	db := mustOpen(t, dbPath(t))
	var subs []briefbot.Subscription
	for i := range 40 {
		subs = append(subs, mustSubscribe(t, db, chatN(i), "korea", "07:00", "Europe/Paris", created))
	}
	clock := &fakeClock{now: at0700}
	p := newPlatform(clock)
	a, b := newScheduler(db, p, clock), newScheduler(db, p, clock)
	a.Owner, b.Owner = "a", "b"
	// a stops after sending 10 (a crash, or a stalled process), holding
	// the digests it had claimed; b ticks meanwhile and sends the others,
	// which a never claimed (a digest is claimed as a worker takes it),
	// then after a's lease the ones a held.
	a.Fault = func(step string, _ int64) error {
		// once 10 digests are sent, the next claim crashes a, which then
		// holds that digest (and those its other workers have in
		// flight), however the workers interleave
		if step == "claim" && p.count() >= 10 {
			return errCrash
		}
		return nil
	}
	if err := a.Tick(context.Background(), clock.Now()); !errors.Is(err, errCrash) {
		t.Fatalf("a: %v", err)
	}
	if err := b.Tick(context.Background(), clock.Now()); err != nil {
		t.Fatal(err)
	}
	pending, err := db.PendingDeliveries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range pending {
		if d.Owner != "a" {
			t.Errorf("delivery %d/%s pending with %q, want only a's", d.SubscriptionID, d.Date, d.Owner)
		}
	}
	if len(pending) == 0 || len(p.sent) != len(subs)-len(pending) {
		t.Fatalf("%d sent and %d held by a while its lease holds, want all %d but a's, a holding some",
			len(p.sent), len(pending), len(subs))
	}
	clock.now = clock.now.Add(digest.DefaultLease + time.Second)
	for _, s := range []*digest.Scheduler{b, a, b} {
		if err := s.Tick(context.Background(), clock.Now()); err != nil {
			t.Fatal(err)
		}
	}
	for _, sub := range subs {
		if got := len(partsTo(p, sub.Chat)); got != 1 {
			t.Errorf("%s got %d digests, want 1", sub.Chat, got)
		}
	}
	assertNoPending(t, db)
}

func TestRefusedDigestIsRetriedUntilTheGraceOfItsLastAttempt(t *testing.T) {
	db := mustOpen(t, dbPath(t))
	sub := mustSubscribe(t, db, chatN(1), "korea", "07:00", "Europe/Paris", created)
	clock := &fakeClock{now: at0700}
	p := newPlatform(clock)
	for call := 1; call <= 1000; call++ {
		p.failAt[call] = bot.SendFailed // the platform refuses it every time
	}
	s := newScheduler(db, p, clock)
	tick := func() {
		t.Helper()
		if err := s.Tick(context.Background(), clock.Now()); err != nil {
			t.Fatal(err)
		}
	}
	tick()
	clock.now = clock.now.Add(5 * time.Hour) // within the grace of the last attempt
	tick()
	clock.now = clock.now.Add(5 * time.Hour) // 10 h after the claim, 5 h after the last attempt
	tick()
	if got := p.tried[sub.Chat]; got != 3 {
		t.Fatalf("%d attempts, want 3 (the grace counts from the last attempt)", got)
	}
	clock.now = clock.now.Add(7 * time.Hour) // past the grace of the last attempt
	tick()
	if got := p.tried[sub.Chat]; got != 3 {
		t.Errorf("%d attempts, want none after the grace", got)
	}
	assertNoPending(t, db)
}

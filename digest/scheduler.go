// Package digest is the daily digests, end to end: the subscription
// commands, when a local time falls on a date across clock changes, what a
// digest holds, and the scheduler that decides from stored state what is
// due, claims each (subscription, local date) in the delivery log under a
// lease, and fans the digests out part by part within each platform's rate
// limits. Time is a parameter and waiting goes through a Clock, so every
// schedule is tested with fixed times. It imports only the standard
// library, the briefbot domain, the bot core and the brief feature.
package digest

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"time"

	"briefbot/bot"

	"briefbot"
)

// DefaultGrace is how late a missed digest may still be sent, counted from
// its last attempt.
const DefaultGrace = 6 * time.Hour

// maxRetrying is how long after its claim a digest the platform keeps
// refusing is still tried: the next day's digest takes over then.
const maxRetrying = 24 * time.Hour

// DefaultLease is how long a scheduler holds a delivery it claimed, or one
// part of which it is sending, before another may take it over.
const DefaultLease = time.Minute

// Store is what the scheduler keeps: subscriptions and the delivery log.
type Store interface {
	briefbot.SubscriptionStore
	briefbot.DeliveryLog
}

// Digester builds a subscription's digest; Builder is one.
type Digester interface {
	Digest(ctx context.Context, s briefbot.Subscription, now time.Time) (Digest, error)
}

// Scheduler delivers each subscription's digest once a local date.
//
// A delivery is claimed in the log (a row keyed by subscription and local
// date) before its digest is built, by one scheduler (its Owner) for a
// lease; the digest is stored as built. Each part (message) of it is marked
// "sending" just before the platform is called, which renews the lease,
// and recorded as sent after. A part whose outcome is unknown (the request
// was written and no answer came) counts as sent, never sent again.
//
// After a crash, a restart or a lost lease, whoever takes the delivery
// over continues from the log: parts recorded as sent are not sent again;
// a part left "sending" may have reached the chat and counts as sent; the
// rest are sent, from the stored digest, while within the grace window of
// the last attempt. So no part of a digest is sent twice, by one process or
// by several sharing the database; the only way one is lost is a crash in
// the instant between recording a part's attempt and the platform
// receiving it.
//
// Digests fan out on a small pool of workers, so that many platform calls
// are in flight at once while the limiter still decides when each part may
// go: a chat has one digest in flight at most, so its parts go one at a
// time and in order, each by the protocol above.
type Scheduler struct {
	Store   Store
	Digests Digester
	Sender  bot.Sender
	Clock   Clock
	Limits  map[string]bot.Limits // by platform; a platform not listed is not limited
	Grace   time.Duration         // 0: DefaultGrace
	Lease   time.Duration         // 0: DefaultLease
	Workers int                   // digests each platform may have in flight at once; 0: DefaultWorkers
	Owner   string                // this scheduler's name in the delivery log; "": made up at the first tick
	Log     *slog.Logger
	Metrics *Metrics
	// OnPanic, when set, is told of each panic contained while building
	// or sending a digest; the fan-out's workers may call it at once.
	OnPanic func(stage string)
	// Rewrite, when set, may change a digest's message once built, before
	// it is saved and sent (the LLM backend translates its stories into
	// msg.Lang); the fan-out's workers may call it at once.
	Rewrite func(ctx context.Context, msg *bot.Message)

	// Fault, when set, is called after each step of a delivery ("claim",
	// "sending", "part", "send", "finish"), from the fan-out's workers
	// for all but the claim; an error it returns stops the tick at once,
	// as a crash would: no digest starts after it (those in flight go on
	// to their end). It is for fault-injection tests.
	Fault func(step string, subID int64) error

	lim      *limiter
	zones    map[string]*time.Location
	takeover time.Time // the earliest lease of another's pending delivery seen at the last tick
}

// NextTakeover is when the earliest lease of a pending delivery that
// another scheduler held at the last tick expires, or the zero time: a
// tick then takes it over (a process that died mid-digest) without
// waiting for the next minute.
func (s *Scheduler) NextTakeover() time.Time { return s.takeover }

// job is one claimed delivery waiting to be sent: its digest once built,
// and the parts of it already sent.
type job struct {
	sub       briefbot.Subscription
	loc       *time.Location
	date      string
	digest    string    // the stored digest message; "" until built
	built     time.Time // when it was built
	partsSent int
	// claim says the digest is due and not claimed yet: the worker that
	// takes it claims it first (see claim), and drops it when another
	// scheduler has.
	claim, late bool
}

// Tick delivers every digest due at now, waiting for the platforms' rate
// limits, and returns when all are sent or ctx is done. Ticks must not
// overlap.
func (s *Scheduler) Tick(ctx context.Context, now time.Time) error {
	s.init()
	subs, err := s.Store.AllSubscriptions(ctx)
	if err != nil {
		return fmt.Errorf("scheduler: subscriptions: %w", err)
	}
	byID := make(map[int64]briefbot.Subscription, len(subs))
	for _, sub := range subs {
		byID[sub.ID] = sub
	}
	jobs, err := s.recoverPending(ctx, now, byID)
	if err != nil {
		return err
	}
	due, err := s.decideAll(ctx, now, subs)
	if err != nil {
		return err
	}
	jobs = append(jobs, due...)
	if len(jobs) == 0 {
		return nil
	}
	before := s.Metrics.Snapshot()
	err = s.fanOut(ctx, jobs)
	after := s.Metrics.Snapshot()
	s.Log.Info("digests done", "digests", len(jobs), "sent", after.Sent-before.Sent, "empty", after.Empty-before.Empty,
		"failed", after.Failed-before.Failed, "unknown", after.Unknown-before.Unknown, "err", err)
	return err
}

func (s *Scheduler) init() {
	if s.lim == nil {
		s.lim = newLimiter(s.Limits)
		s.zones = map[string]*time.Location{}
	}
	if s.Clock == nil {
		s.Clock = RealClock{}
	}
	if s.Metrics == nil {
		s.Metrics = &Metrics{}
	}
	if s.Log == nil {
		s.Log = slog.New(slog.DiscardHandler)
	}
	if s.Grace == 0 {
		s.Grace = DefaultGrace
	}
	if s.Lease == 0 {
		s.Lease = DefaultLease
	}
	if s.Workers <= 0 {
		s.Workers = DefaultWorkers
	}
	if s.Owner == "" {
		s.Owner = newOwner()
	}
}

// newOwner names a scheduler: its host and process, and a random part so
// that a restarted process with the same id is another owner.
func newOwner() string {
	host, _ := os.Hostname()
	return fmt.Sprintf("%s:%d:%08x", host, os.Getpid(), rand.Uint32())
}

func (s *Scheduler) zone(name string) (*time.Location, error) {
	if loc, ok := s.zones[name]; ok {
		return loc, nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("scheduler: zone %q: %w", name, err)
	}
	s.zones[name] = loc
	return loc, nil
}

// recoverPending takes over the deliveries that no scheduler holds any
// more (a crash, a restart, a lost lease) or that this one left for a
// retry, and resolves them (see Scheduler): those still to send become
// jobs.
func (s *Scheduler) recoverPending(ctx context.Context, now time.Time, subs map[int64]briefbot.Subscription) ([]job, error) {
	pending, err := s.Store.PendingDeliveries(ctx)
	if err != nil {
		return nil, fmt.Errorf("scheduler: pending deliveries: %w", err)
	}
	var jobs []job
	s.takeover = time.Time{}
	for _, p := range pending {
		if p.Owner != s.Owner && !p.LeaseUntil.Before(now) {
			if s.takeover.IsZero() || p.LeaseUntil.Before(s.takeover) {
				s.takeover = p.LeaseUntil
			}
			continue // another scheduler holds it
		}
		d, ok, err := s.Store.TakeDelivery(ctx, p.SubscriptionID, p.Date, s.Owner, now, now.Add(s.Lease))
		if err != nil {
			return nil, fmt.Errorf("scheduler: take pending: %w", err)
		}
		if !ok {
			continue
		}
		j, ok, err := s.resolve(ctx, now, d, subs)
		if err != nil {
			return nil, err
		}
		if ok {
			jobs = append(jobs, j)
		}
	}
	return jobs, nil
}

// resolve decides what becomes of a delivery taken over: a job, or a final
// state recorded now.
func (s *Scheduler) resolve(ctx context.Context, now time.Time, d briefbot.Delivery, subs map[int64]briefbot.Subscription) (job, bool, error) {
	sub, ok := subs[d.SubscriptionID]
	j := job{sub: sub, date: d.Date, digest: d.Digest, built: d.Built, partsSent: d.PartsSent}
	if d.State == briefbot.DeliverySending {
		// The part in flight may have reached the chat: it counts as sent.
		j.partsSent++
		if err := s.Store.PartsSent(ctx, d.SubscriptionID, d.Date, s.Owner, j.partsSent); err != nil {
			return job{}, false, s.storeErr(err)
		}
	}
	last := d.Claimed
	if d.Attempted.After(last) {
		last = d.Attempted
	}
	state, note := "", ""
	switch {
	case !ok || sub.Paused != "":
		state, note = briefbot.DeliveryFailed, "subscription removed or paused"
	case j.partsSent > 0 && (j.partsSent >= d.Parts || j.digest == ""):
		state, note = briefbot.DeliverySent, "its last part was being sent when its scheduler stopped; counted as sent"
	case now.Sub(last) > s.Grace:
		state, note = briefbot.DeliverySkipped, "not sent within the grace window"
	case now.Sub(d.Claimed) > maxRetrying:
		state, note = briefbot.DeliverySkipped, "still failing a day after it was due; the next digest takes over"
	}
	if state == "" {
		loc, err := s.zone(sub.Zone)
		if err == nil {
			j.loc = loc
			return j, true, nil
		}
		state, note = briefbot.DeliveryFailed, err.Error()
	}
	s.Log.Warn("digest resolved after a restart", "subscription", d.SubscriptionID, "date", d.Date, "state", state, "note", note)
	digestAt := time.Time{}
	if state == briefbot.DeliverySent {
		digestAt = firstSet(d.Built, d.Claimed)
	}
	if err := s.Store.FinishDelivery(ctx, d.SubscriptionID, d.Date, s.Owner, state, note, digestAt); err != nil {
		return job{}, false, s.storeErr(err)
	}
	return job{}, false, nil
}

// firstSet is the first of ts that is not the zero time.
func firstSet(ts ...time.Time) time.Time {
	for _, t := range ts {
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// storeErr wraps a delivery log failure; losing a delivery to another
// scheduler is not one (see lost).
func (s *Scheduler) storeErr(err error) error {
	if err == nil || lost(err) {
		return nil
	}
	return fmt.Errorf("scheduler: %w", err)
}

// lost reports whether err says another scheduler holds the delivery now.
func lost(err error) bool { return briefbot.ErrorCode(err) == briefbot.EConflict }

// decideAll claims the deliveries due at now, and records the skipped ones.
func (s *Scheduler) decideAll(ctx context.Context, now time.Time, subs []briefbot.Subscription) ([]job, error) {
	var jobs []job
	for _, sub := range subs {
		if sub.Paused != "" {
			continue
		}
		j, ok, err := s.decide(ctx, now, sub)
		if err != nil {
			return nil, err
		}
		if ok {
			jobs = append(jobs, j)
		}
	}
	return jobs, nil
}

func (s *Scheduler) decide(ctx context.Context, now time.Time, sub briefbot.Subscription) (job, bool, error) {
	loc, err := s.zone(sub.Zone)
	if err != nil {
		s.Log.Error("subscription skipped", "subscription", sub.ID, "err", err)
		return job{}, false, nil
	}
	d, err := Decide(sub, loc, now, s.Grace)
	if err != nil {
		s.Log.Error("subscription skipped", "subscription", sub.ID, "err", err)
		return job{}, false, nil
	}
	if !d.Due && !d.Skip {
		return job{}, false, nil
	}
	if d.Due {
		return job{sub: sub, loc: loc, date: d.Date, claim: true, late: d.Late}, true, nil
	}
	claimed, err := s.Store.ClaimDelivery(ctx, sub.ID, d.Date, s.Owner, now, now.Add(s.Lease))
	if err != nil || !claimed {
		return job{}, false, err
	}
	if err := s.fault("claim", sub.ID); err != nil {
		return job{}, false, err
	}
	s.Metrics.skipped.Add(1)
	s.Log.Warn("digest skipped: missed by more than the grace window", "subscription", sub.ID, "chat", sub.Chat.String(), "date", d.Date, "scheduled", d.At)
	return job{}, false, s.Store.FinishDelivery(ctx, sub.ID, d.Date, s.Owner, briefbot.DeliverySkipped, "missed by more than the grace window", time.Time{})
}

// claim claims a due digest in the delivery log as a worker takes it, not
// when the tick finds it due: schedulers that share a database then split
// a minute's digests as fast as each sends them, instead of the first to
// tick claiming them all, and one that dies holds only the digests it had
// in flight. ok is false when another scheduler claimed it first.
func (s *Scheduler) claim(ctx context.Context, j *job) (ok bool, err error) {
	now := s.Clock.Now()
	claimed, err := s.Store.ClaimDelivery(ctx, j.sub.ID, j.date, s.Owner, now, now.Add(s.Lease))
	if err != nil || !claimed {
		return false, err
	}
	j.claim = false
	if err := s.fault("claim", j.sub.ID); err != nil {
		return false, err
	}
	s.Metrics.due.Add(1)
	if j.late {
		s.Metrics.late.Add(1)
	}
	return true, nil
}

func (s *Scheduler) fault(step string, subID int64) error {
	if s.Fault == nil {
		return nil
	}
	if err := s.Fault(step, subID); err != nil {
		return &crash{err}
	}
	return nil
}

// crash is an injected fault: it stops the tick at once, as a crash would,
// even from inside a platform's send.
type crash struct{ err error }

func (c *crash) Error() string { return "injected crash: " + c.err.Error() }
func (c *crash) Unwrap() error { return c.err }

package scheduler

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"briefbot"
	"briefbot/bot"
)

// DefaultGrace is how late a missed digest may still be sent.
const DefaultGrace = 6 * time.Hour

// Store is what the scheduler keeps: subscriptions and the delivery log.
type Store interface {
	briefbot.SubscriptionStore
	briefbot.DeliveryLog
}

// Digester builds a subscription's digest; *bot.Briefer is one.
type Digester interface {
	Digest(ctx context.Context, s briefbot.Subscription, now time.Time) (bot.Digest, error)
}

// Scheduler delivers each subscription's digest once a local date.
//
// A delivery is claimed in the log (a row keyed by subscription and local
// date) before its digest is built; it is marked "sending" just before the
// platform is called, and finished after. After a crash or restart the log
// decides: a claimed delivery sent nothing and is sent now (if still within
// the grace window); a "sending" one may have reached the chat and is
// counted as sent, never sent again. So a digest is never sent twice; the
// only way one is lost is a crash in the instant between recording the
// attempt and the platform receiving it.
type Scheduler struct {
	Store   Store
	Digests Digester
	Sender  Sender
	Clock   Clock
	Limits  map[string]Limits // by platform; a platform not listed is not limited
	Grace   time.Duration     // 0: DefaultGrace
	Log     *slog.Logger
	Metrics *Metrics
	// OnPanic, when set, is told of each panic contained while building
	// or sending a digest.
	OnPanic func(stage string)

	// Fault, when set, is called after each step of a delivery ("claim",
	// "sending", "send", "finish"); an error it returns stops the tick at
	// once, as a crash would. It is for fault-injection tests.
	Fault func(step string, subID int64) error

	lim   *limiter
	zones map[string]*time.Location
}

// job is one claimed delivery waiting to be sent.
type job struct {
	sub  briefbot.Subscription
	loc  *time.Location
	date string
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
	return s.fanOut(ctx, append(jobs, due...))
}

func (s *Scheduler) init() {
	if s.lim == nil {
		s.lim = newLimiter(s.Limits)
		s.zones = map[string]*time.Location{}
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

// recoverPending resolves the deliveries a previous run left claimed or
// sending (see Scheduler): claimed ones within the grace window become jobs.
func (s *Scheduler) recoverPending(ctx context.Context, now time.Time, subs map[int64]briefbot.Subscription) ([]job, error) {
	pending, err := s.Store.PendingDeliveries(ctx)
	if err != nil {
		return nil, fmt.Errorf("scheduler: pending deliveries: %w", err)
	}
	var jobs []job
	for _, d := range pending {
		sub, ok := subs[d.SubscriptionID]
		state, note := "", ""
		switch {
		case !ok || sub.Paused != "":
			state, note = briefbot.DeliveryFailed, "subscription removed or paused"
		case d.State == briefbot.DeliverySending:
			state, note = briefbot.DeliverySent, "sending when the scheduler stopped; counted as sent"
		case now.Sub(d.Claimed) > s.Grace:
			state, note = briefbot.DeliverySkipped, "not sent within the grace window"
		}
		if state == "" {
			loc, err := s.zone(sub.Zone)
			if err == nil {
				jobs = append(jobs, job{sub: sub, loc: loc, date: d.Date})
				continue
			}
			state, note = briefbot.DeliveryFailed, err.Error()
		}
		s.Log.Warn("digest resolved after a restart", "subscription", d.SubscriptionID, "date", d.Date, "state", state, "note", note)
		if err := s.Store.FinishDelivery(ctx, d.SubscriptionID, d.Date, state, note, digestAt(state, d.Claimed)); err != nil {
			return nil, fmt.Errorf("scheduler: resolve pending: %w", err)
		}
	}
	return jobs, nil
}

// digestAt is the LastDigest a finished delivery sets: the claim time for
// one counted as sent, none otherwise.
func digestAt(state string, claimed time.Time) time.Time {
	if state == briefbot.DeliverySent {
		return claimed
	}
	return time.Time{}
}

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
	d, err := bot.Decide(sub, loc, now, s.Grace)
	if err != nil {
		s.Log.Error("subscription skipped", "subscription", sub.ID, "err", err)
		return job{}, false, nil
	}
	if !d.Due && !d.Skip {
		return job{}, false, nil
	}
	claimed, err := s.Store.ClaimDelivery(ctx, sub.ID, d.Date, now)
	if err != nil || !claimed {
		return job{}, false, err
	}
	if err := s.fault("claim", sub.ID); err != nil {
		return job{}, false, err
	}
	if d.Skip {
		s.Metrics.skipped.Add(1)
		s.Log.Warn("digest skipped: missed by more than the grace window", "subscription", sub.ID, "chat", sub.Chat.String(), "date", d.Date, "scheduled", d.At)
		err := s.Store.FinishDelivery(ctx, sub.ID, d.Date, briefbot.DeliverySkipped, "missed by more than the grace window", time.Time{})
		return job{}, false, err
	}
	s.Metrics.due.Add(1)
	if d.Late {
		s.Metrics.late.Add(1)
	}
	return job{sub: sub, loc: loc, date: d.Date}, true, nil
}

func (s *Scheduler) fault(step string, subID int64) error {
	if s.Fault == nil {
		return nil
	}
	return s.Fault(step, subID)
}

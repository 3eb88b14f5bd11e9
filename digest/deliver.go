package digest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"time"

	"briefbot"
	"briefbot/bot"
)

// interleave spreads each chat's jobs evenly over the queue: the k-th of a
// chat's n jobs goes at fraction (k+φ)/n of it, φ in [0, 1) differing from
// chat to chat (golden-ratio steps) so that chats with as many jobs do not
// line up. A chat with many digests (a group under its 20-a-minute limit)
// then never holds up the queue's head while others could go.
func interleave(jobs []job) []job {
	count := map[briefbot.ChatRef]int{}
	phase := map[briefbot.ChatRef]float64{}
	for _, j := range jobs {
		if count[j.sub.Chat] == 0 {
			phase[j.sub.Chat] = math.Mod(float64(len(phase))*0.6180339887, 1)
		}
		count[j.sub.Chat]++
	}
	type placed struct {
		key float64
		j   job
	}
	seen := map[briefbot.ChatRef]int{}
	ps := make([]placed, len(jobs))
	for i, j := range jobs {
		k := seen[j.sub.Chat]
		seen[j.sub.Chat]++
		ps[i] = placed{(float64(k) + phase[j.sub.Chat]) / float64(count[j.sub.Chat]), j}
	}
	sort.SliceStable(ps, func(a, b int) bool { return ps[a].key < ps[b].key })
	out := make([]job, len(ps))
	for i, p := range ps {
		out[i] = p.j
	}
	return out
}

// handle delivers a job a worker took: it records a gone chat's digest
// as failed, builds (or reloads) the digest and sends it; again is true
// when it should go back in the queue (see deliver). A digest built now
// takes its first message from the limits once built, so that the limiter
// counts it when it goes: when another worker took that message meanwhile,
// it waits in the queue, built.
//
// A panic while building or sending it is contained: that digest is
// recorded as failed, never sent again, and logged, while the others go.
func (s *Scheduler) handle(ctx context.Context, p *pool, pk *pick) (again bool, err error) {
	j := &pk.j
	if j.claim {
		if ok, err := s.claim(ctx, j); err != nil || !ok {
			return false, err
		}
	}
	if pk.gone {
		return false, s.finish(ctx, j, briefbot.DeliveryFailed, "the chat blocked the bot or is gone", time.Time{})
	}
	msg, ok, err := s.digest(ctx, j)
	if err != nil || !ok {
		return false, err
	}
	if !pk.reserved {
		if _, ok := s.lim.tryTake(j.sub.Chat, s.Clock.Now()); !ok {
			return true, nil
		}
	}
	return s.deliver(ctx, p, j, msg)
}

// deliver sends one digest, its chat's next message taken from the limits
// already; again is true when it should be tried again in this fan-out
// (the platform asked to wait, the chat must wait for its next part, a
// part's outcome was unknown and more parts remain).
func (s *Scheduler) deliver(ctx context.Context, p *pool, j *job, msg bot.Message) (again bool, err error) {
	t := &tracker{s: s, j: j, inFlight: -1, reserved: true}
	var sendErr error
	if perr := briefbot.Contain("send", func() { sendErr = s.Sender.Send(ctx, j.sub.Chat, msg, t) }); perr != nil {
		return false, s.contained(ctx, j, perr)
	}
	if err := s.fault("send", j.sub.ID); err != nil {
		return false, err
	}
	if sendErr == nil {
		s.Metrics.sent.Add(1)
		return false, s.finish(ctx, j, briefbot.DeliverySent, "", j.built)
	}
	return s.failed(ctx, p, j, t, sendErr)
}

// digest is the job's message: the one stored when it was first built, or
// a new one, built and stored now. ok is false when there is nothing to
// send (the delivery is finished then, or left for a later tick).
func (s *Scheduler) digest(ctx context.Context, j *job) (bot.Message, bool, error) {
	var msg bot.Message
	if j.digest != "" {
		if err := json.Unmarshal([]byte(j.digest), &msg); err == nil {
			return msg, true, nil
		}
		s.Log.Error("stored digest unreadable; building it again", "subscription", j.sub.ID, "date", j.date)
	}
	var d Digest
	var ok bool
	var err error
	lang := s.language(ctx, j.sub)
	if perr := briefbot.Contain("digest", func() {
		if d, err = s.Digests.Digest(ctx, j.sub, s.Clock.Now()); err == nil {
			msg, ok = DigestMessage(d, j.loc, lang)
		}
		if ok && s.Rewrite != nil {
			s.Rewrite(ctx, &msg)
		}
	}); perr != nil {
		return msg, false, s.contained(ctx, j, perr)
	}
	switch {
	case err != nil && ctx.Err() != nil:
		return msg, false, ctx.Err()
	case err != nil:
		s.Metrics.failed.Add(1)
		s.Log.Error("digest not built; retried on a later tick", "subscription", j.sub.ID, "err", err)
		return msg, false, s.unclaim(ctx, j)
	case !ok:
		s.Metrics.empty.Add(1)
		return msg, false, s.finish(ctx, j, briefbot.DeliveryEmpty, "nothing new", d.Until)
	}
	data, err := json.Marshal(msg)
	if err != nil {
		return msg, false, fmt.Errorf("scheduler: encode digest: %w", err)
	}
	if err := s.Store.SaveDigest(ctx, j.sub.ID, j.date, s.Owner, string(data), d.Until); err != nil {
		return msg, false, s.storeErr(err)
	}
	j.digest, j.built = string(data), d.Until
	return msg, true, nil
}

// language is the language a subscription's digest is written in: its
// chat's choice (/language), else the one the chat read when it
// subscribed. A failure to read the chat's is logged, and the
// subscription's used.
func (s *Scheduler) language(ctx context.Context, sub briefbot.Subscription) string {
	chosen, err := s.Store.ChatLanguage(ctx, sub.Chat)
	if err != nil {
		s.Log.Error("read the chat's language; the digest is written in the subscription's", "subscription", sub.ID, "err", err)
	}
	if lang := bot.ServedLang(chosen); lang != "" && err == nil {
		return lang
	}
	return sub.Lang
}

// tracker records a digest's parts in the delivery log as the platform
// sends them, and spends the chat's rate limit on each.
type tracker struct {
	s        *Scheduler
	j        *job
	parts    int
	inFlight int  // the part being sent; -1 when none
	reserved bool // the next part's message is taken from the limits already
}

// errWait stops a send whose next part must wait for the chat's rate
// limit: the parts sent are recorded, and the rest go later.
var errWait = errors.New("scheduler: the chat's next part must wait")

func (t *tracker) From() int { return t.j.partsSent }

func (t *tracker) Sending(ctx context.Context, part, parts int) error {
	s, j := t.s, t.j
	now := s.Clock.Now()
	if t.reserved {
		t.reserved = false
	} else if _, ok := s.lim.tryTake(j.sub.Chat, now); !ok {
		return errWait
	}
	if err := s.Store.MarkSending(ctx, j.sub.ID, j.date, s.Owner, part, parts, now, now.Add(s.Lease)); err != nil {
		return err
	}
	t.parts, t.inFlight = parts, part
	return s.fault("sending", j.sub.ID)
}

// Sent records the part. The last part is not written down: the delivery
// is finished next, and were it not, a last part left "sending" counts as
// sent all the same.
func (t *tracker) Sent(ctx context.Context, part int) error {
	t.inFlight = -1
	t.j.partsSent = part + 1
	if t.j.partsSent >= t.parts {
		return nil
	}
	if err := t.s.Store.PartsSent(ctx, t.j.sub.ID, t.j.date, t.s.Owner, part+1); err != nil {
		return err
	}
	return t.s.fault("part", t.j.sub.ID)
}

// failed handles a send that did not complete. The parts the platform took
// are recorded already; what happens to the rest depends on why.
func (s *Scheduler) failed(ctx context.Context, p *pool, j *job, t *tracker, sendErr error) (bool, error) {
	if c := (*crash)(nil); errors.As(sendErr, &c) {
		return false, c
	}
	if errors.Is(sendErr, errWait) {
		return true, s.unclaim(ctx, j)
	}
	if lost(sendErr) {
		s.Log.Info("digest taken over by another scheduler", "subscription", j.sub.ID, "date", j.date)
		return false, nil
	}
	if ctx.Err() != nil && t.inFlight < 0 {
		return false, ctx.Err()
	}
	kind, wait, part, ok := classify(sendErr)
	if !ok && t.inFlight < 0 {
		kind = bot.SendFailed // no part was in flight: nothing can have been sent
	}
	if !ok {
		part = t.inFlight
	}
	switch kind {
	case bot.ChatGone:
		p.goneChat(j.sub.Chat)
		s.Metrics.paused.Add(1)
		s.Log.Warn("chat blocked the bot or is gone; its digests are paused", "chat", j.sub.Chat.String(), "err", sendErr)
		if err := s.Store.PauseChat(ctx, j.sub.Chat, "the chat blocked the bot or is gone"); err != nil {
			return false, fmt.Errorf("scheduler: %w", err)
		}
		return false, s.finish(ctx, j, briefbot.DeliveryFailed, sendErr.Error(), time.Time{})
	case bot.RetryLater:
		s.lim.pauseChat(j.sub.Chat, s.Clock.Now().Add(wait))
		return true, s.unclaim(ctx, j)
	case bot.Unknown:
		return s.unknown(ctx, j, t, part, sendErr)
	}
	s.Metrics.failed.Add(1)
	s.Log.Error("digest not sent; retried on a later tick", "subscription", j.sub.ID, "chat", j.sub.Chat.String(), "err", sendErr)
	return false, s.unclaim(ctx, j)
}

// unknown handles a part whose outcome is unknown: it may have reached the
// chat, so it counts as sent and is never sent again; the digest goes on
// with its next part, if any.
func (s *Scheduler) unknown(ctx context.Context, j *job, t *tracker, part int, sendErr error) (bool, error) {
	s.Metrics.unknown.Add(1)
	s.Log.Warn("digest part may have been delivered (no answer from the platform); counted as sent, not sent again",
		"subscription", j.sub.ID, "chat", j.sub.Chat.String(), "part", part+1, "err", sendErr)
	j.partsSent = part + 1
	if err := s.Store.PartsSent(ctx, j.sub.ID, j.date, s.Owner, j.partsSent); err != nil {
		return false, s.storeErr(err)
	}
	if j.partsSent < t.parts {
		return true, nil
	}
	s.Metrics.sent.Add(1)
	return false, s.finish(ctx, j, briefbot.DeliverySent, "the last part's outcome is unknown; counted as sent", j.built)
}

// contained records a digest whose building or sending panicked as failed:
// the same stories would trip the same bug again, and a send that panicked
// may have reached the chat.
func (s *Scheduler) contained(ctx context.Context, j *job, perr error) error {
	s.Metrics.failed.Add(1)
	s.Log.Error("digest contained a panic; recorded as failed, not retried", "subscription", j.sub.ID, "chat", j.sub.Chat.String(), "err", perr)
	if s.OnPanic != nil {
		s.OnPanic("digest")
	}
	return s.finish(ctx, j, briefbot.DeliveryFailed, perr.Error(), time.Time{})
}

func (s *Scheduler) unclaim(ctx context.Context, j *job) error {
	return s.storeErr(s.Store.Unclaim(ctx, j.sub.ID, j.date, s.Owner))
}

// finish records a delivery's final state; digestAt, when set, moves the
// subscription's LastDigest to when the digest was built.
func (s *Scheduler) finish(ctx context.Context, j *job, state, note string, digestAt time.Time) error {
	if err := s.Store.FinishDelivery(ctx, j.sub.ID, j.date, s.Owner, state, note, digestAt); err != nil {
		return s.storeErr(err)
	}
	return s.fault("finish", j.sub.ID)
}

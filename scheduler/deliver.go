package scheduler

import (
	"context"
	"fmt"
	"math"
	"sort"

	"briefbot"
	"briefbot/bot"
)

// fanOut sends the jobs' digests, one chat's digests spread among the
// others', within the platforms' rate limits.
func (s *Scheduler) fanOut(ctx context.Context, jobs []job) error {
	queue := interleave(jobs)
	gone := map[briefbot.ChatRef]bool{}
	defer s.Metrics.queue.Store(0)
	for len(queue) > 0 {
		s.Metrics.queue.Store(int64(len(queue)))
		j := queue[0]
		queue = queue[1:]
		if gone[j.sub.Chat] {
			if err := s.finish(ctx, j, briefbot.DeliveryFailed, "the chat blocked the bot or is gone", bot.Digest{}); err != nil {
				return err
			}
			continue
		}
		again, err := s.deliver(ctx, j, gone)
		if err != nil {
			return err
		}
		if again {
			queue = append(queue, j)
		}
	}
	s.lim.forget(s.Clock.Now())
	return nil
}

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

// deliver builds and sends one digest; again is true when the platform
// asked to retry later.
//
// A panic while building or sending it is contained: that digest is
// recorded as failed, never sent again, and logged, while the others go.
func (s *Scheduler) deliver(ctx context.Context, j job, gone map[briefbot.ChatRef]bool) (again bool, err error) {
	var d bot.Digest
	var msg bot.Message
	var ok bool
	if perr := briefbot.Contain("digest", func() {
		if d, err = s.Digests.Digest(ctx, j.sub, s.Clock.Now()); err == nil {
			msg, ok = bot.DigestMessage(d, j.loc)
		}
	}); perr != nil {
		return false, s.contained(ctx, j, perr)
	}
	if err != nil {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		s.Metrics.failed.Add(1)
		s.Log.Error("digest not built; retried on a later tick", "subscription", j.sub.ID, "err", err)
		return false, s.unclaim(ctx, j)
	}
	if !ok {
		s.Metrics.empty.Add(1)
		return false, s.finish(ctx, j, briefbot.DeliveryEmpty, "nothing new", d)
	}
	if err := s.waitTurn(ctx, j.sub.Chat); err != nil {
		return false, err
	}
	if err := s.Store.MarkSending(ctx, j.sub.ID, j.date, s.Clock.Now()); err != nil {
		return false, fmt.Errorf("scheduler: %w", err)
	}
	if err := s.fault("sending", j.sub.ID); err != nil {
		return false, err
	}
	var sendErr error
	if perr := briefbot.Contain("send", func() { sendErr = s.Sender.Send(ctx, j.sub.Chat, msg) }); perr != nil {
		return false, s.contained(ctx, j, perr)
	}
	if err := s.fault("send", j.sub.ID); err != nil {
		return false, err
	}
	if sendErr == nil {
		s.Metrics.sent.Add(1)
		return false, s.finish(ctx, j, briefbot.DeliverySent, "", d)
	}
	return s.failed(ctx, j, sendErr, gone)
}

// contained records a digest whose building or sending panicked as failed:
// the same stories would trip the same bug again, and a send that panicked
// may have reached the chat.
func (s *Scheduler) contained(ctx context.Context, j job, perr error) error {
	s.Metrics.failed.Add(1)
	s.Log.Error("digest contained a panic; recorded as failed, not retried", "subscription", j.sub.ID, "chat", j.sub.Chat.String(), "err", perr)
	if s.OnPanic != nil {
		s.OnPanic("digest")
	}
	return s.finish(ctx, j, briefbot.DeliveryFailed, perr.Error(), bot.Digest{})
}

// waitTurn waits until the rate limits let a message go to chat, and
// spends it.
func (s *Scheduler) waitTurn(ctx context.Context, chat briefbot.ChatRef) error {
	now := s.Clock.Now()
	if at := s.lim.ready(chat, now); at.After(now) {
		if err := s.Clock.Sleep(ctx, at.Sub(now)); err != nil {
			return err
		}
	}
	s.lim.take(chat, s.Clock.Now())
	return nil
}

// failed handles a send error: nothing was delivered, so the claim is
// kept for a retry, unless the chat is gone.
func (s *Scheduler) failed(ctx context.Context, j job, sendErr error, gone map[briefbot.ChatRef]bool) (bool, error) {
	kind, wait := classify(sendErr)
	switch kind {
	case ChatGone:
		gone[j.sub.Chat] = true
		s.Metrics.paused.Add(1)
		s.Log.Warn("chat blocked the bot or is gone; its digests are paused", "chat", j.sub.Chat.String(), "err", sendErr)
		if err := s.Store.PauseChat(ctx, j.sub.Chat, "the chat blocked the bot or is gone"); err != nil {
			return false, fmt.Errorf("scheduler: %w", err)
		}
		return false, s.finish(ctx, j, briefbot.DeliveryFailed, sendErr.Error(), bot.Digest{})
	case RetryLater:
		s.lim.pause(j.sub.Chat.Platform, s.Clock.Now().Add(wait))
		return true, s.unclaim(ctx, j)
	}
	s.Metrics.failed.Add(1)
	s.Log.Error("digest not sent; retried on a later tick", "subscription", j.sub.ID, "chat", j.sub.Chat.String(), "err", sendErr)
	return false, s.unclaim(ctx, j)
}

func (s *Scheduler) unclaim(ctx context.Context, j job) error {
	if err := s.Store.Unclaim(ctx, j.sub.ID, j.date); err != nil {
		return fmt.Errorf("scheduler: %w", err)
	}
	return nil
}

// finish records a delivery's final state; a digest that was built moves
// the subscription's LastDigest to the time it was built.
func (s *Scheduler) finish(ctx context.Context, j job, state, note string, d bot.Digest) error {
	if err := s.Store.FinishDelivery(ctx, j.sub.ID, j.date, state, note, d.Until); err != nil {
		return fmt.Errorf("scheduler: %w", err)
	}
	return s.fault("finish", j.sub.ID)
}

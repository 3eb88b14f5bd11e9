package digest

import (
	"context"
	"sync"
	"time"

	"briefbot"
)

// DefaultWorkers is how many digests each platform may have in flight at
// once. A call to a platform takes a round trip (~150 ms to Telegram or
// Discord), so keeping a platform's rate takes rate × round trip calls in
// flight: 4.5 at Telegram's 30 messages a second, 7.5 at Discord's 50.
// With 16 each keeps its rate while calls take up to 530 ms and 320 ms.
const DefaultWorkers = 16

// readyWindow is how far down the queue a worker looks for a digest whose
// chat may be sent to now, past chats that must wait (their rate limit, a
// 429).
const readyWindow = 256

// goer is a Clock that starts goroutines itself: a simulated clock, which
// moves time on only once every goroutine it started sleeps on it or has
// returned. The fan-out starts its workers with it then, so that such a
// clock knows every goroutine that waits on it.
type goer interface{ Go(f func()) }

// pool is one fan-out's queue of digests and what its workers share. A
// worker takes the first digest that may go now, builds it if it is not
// built yet, and sends it; the limiter decides when each part may go.
// One chat has one digest in flight at most, so its parts go one at a
// time and in order, and each platform has at most Workers in flight, so
// a slow platform holds up only its own digests.
//
// Workers come and go with the work: one that takes a digest while no
// other waits for the next starts one that will (up to Workers for each
// platform); one that finds nothing to take while another waits for it
// returns. So the workers are the digests in flight and one waiting, and
// that one alone wakes for each message the limits allow.
type pool struct {
	s        *Scheduler
	ctx      context.Context
	wg       sync.WaitGroup
	mu       sync.Mutex
	jobs     queue                     // waiting, in turn
	busy     map[briefbot.ChatRef]bool // chats with a digest in flight
	inFlight map[string]int            // digests in flight, by platform
	platform map[string]bool           // the platforms of the fan-out's digests
	gone     map[briefbot.ChatRef]bool // chats that blocked the bot or are gone
	workers  int                       // workers running
	waking   map[time.Time]int         // when the workers that sleep wake, and how many at each time
	err      error                     // the first failure: no digest starts after it
}

// pick is a job a worker took from the queue.
type pick struct {
	j        job
	reserved bool // its next part's message was taken from the chat's limits
	gone     bool // its chat is gone: it is recorded as failed, not sent
}

// fanOut sends the jobs' digests, one chat's digests spread among the
// others', on a pool of workers within the platforms' rate limits: a chat
// that must wait holds up only its own digests. The first error (a store
// failure, ctx done, an injected crash) stops it: no digest starts after
// it, and those in flight finish.
func (s *Scheduler) fanOut(ctx context.Context, jobs []job) error {
	if len(jobs) == 0 {
		return nil
	}
	p := &pool{s: s, ctx: ctx, jobs: queue{rest: interleave(jobs)}, busy: map[briefbot.ChatRef]bool{},
		inFlight: map[string]int{}, platform: map[string]bool{}, gone: map[briefbot.ChatRef]bool{},
		workers: 1, waking: map[time.Time]int{}}
	for _, j := range jobs {
		p.platform[j.sub.Chat.Platform] = true
	}
	s.Metrics.queue.Store(int64(len(jobs)))
	p.start()
	p.wg.Wait()
	s.Metrics.queue.Store(0)
	s.lim.forget(s.Clock.Now())
	return p.err
}

// start runs a worker, in a goroutine the clock starts when it starts
// them; p.workers counts it already.
func (p *pool) start() {
	p.wg.Add(1)
	work := func() {
		defer p.wg.Done()
		p.work()
	}
	if g, ok := p.s.Clock.(goer); ok {
		g.Go(work)
		return
	}
	go work()
}

// work delivers digests until the fan-out stops, or nothing is left to
// take that another worker does not wait for or send.
func (p *pool) work() {
	var woke time.Time // when this worker asked to wake, if it slept
	for {
		pk, wake, more, ok := p.next(woke)
		if !ok {
			return
		}
		if more {
			p.start()
		}
		if pk == nil {
			if err := p.s.Clock.Sleep(p.ctx, wake.Sub(p.s.Clock.Now())); err != nil {
				p.stop(err)
			}
			woke = wake
			continue
		}
		woke = time.Time{}
		again, err := p.s.handle(p.ctx, p, pk)
		p.done(pk.j, again, err)
	}
}

// next takes the first job within readyWindow that may go now, and says
// whether to start a worker to wait for the one after it; or, when none
// may go yet, says when to wake to take it; ok is false when this worker
// is done: the fan-out stopped, or another worker waits for the next job
// (or sends the last ones). woke is when this worker asked to wake, if it
// slept.
func (p *pool) next(woke time.Time) (pk *pick, wake time.Time, more, ok bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !woke.IsZero() {
		p.unwait(woke)
	}
	if p.err == nil && p.ctx.Err() != nil {
		p.err = p.ctx.Err()
	}
	now := p.s.Clock.Now()
	i, reserved, soonest := -1, false, time.Time{}
	if p.err == nil {
		i, reserved, soonest = p.ready(now, true)
	}
	if i < 0 {
		if soonest.IsZero() || p.waitedFor(soonest) {
			p.workers--
			return nil, time.Time{}, false, false
		}
		p.waking[soonest]++
		return nil, soonest, false, true
	}
	j := p.jobs.take(i)
	p.busy[j.sub.Chat] = true
	p.inFlight[j.sub.Chat.Platform]++
	if p.workers < p.s.Workers*len(p.platform) {
		i, _, soonest = p.ready(now, false)
		more = i >= 0 || (!soonest.IsZero() && !p.waitedFor(soonest))
	}
	if more {
		p.workers++
	}
	return &pick{j: j, reserved: reserved, gone: p.gone[j.sub.Chat]}, time.Time{}, more, true
}

// waitedFor reports whether a worker that sleeps wakes by at.
func (p *pool) waitedFor(at time.Time) bool {
	for t := range p.waking {
		if !t.After(at) {
			return true
		}
	}
	return false
}

// unwait forgets a worker that slept until at: it is awake.
func (p *pool) unwait(at time.Time) {
	if p.waking[at]--; p.waking[at] <= 0 {
		delete(p.waking, at)
	}
}

// ready is the index of the first job, among the first readyWindow that
// no worker holds up, whose chat may be sent to now, and, when take is
// set, whether its message was taken from the limits for it; or -1 and
// when the first of them may go (the zero time when there is none). A
// digest not built yet takes its message once built (see handle), so that
// the limiter counts it when it goes.
func (p *pool) ready(now time.Time, take bool) (int, bool, time.Time) {
	platformAt, soonest := p.platformsReady(now)
	if !soonest.IsZero() {
		return -1, false, soonest // every platform must wait
	}
	seen := 0
	for i := range p.jobs.len() {
		j := p.jobs.at(i)
		c := j.sub.Chat
		if p.busy[c] || p.inFlight[c.Platform] >= p.s.Workers {
			continue
		}
		if p.gone[c] {
			return i, false, time.Time{}
		}
		seen++
		if seen > readyWindow {
			break
		}
		at := platformAt[c.Platform]
		taken := false
		if !at.After(now) && take && j.digest != "" {
			at, taken = p.s.lim.tryTake(c, now)
		} else if !at.After(now) {
			at = p.s.lim.ready(c, now)
		}
		if !at.After(now) {
			return i, taken, time.Time{}
		}
		if soonest.IsZero() || at.Before(soonest) {
			soonest = at
		}
	}
	return -1, false, soonest
}

// platformsReady is when each platform of the fan-out may send next (a
// platform that must wait holds all its chats), and, when every one must
// wait, the soonest of them; the zero time when one may send now.
func (p *pool) platformsReady(now time.Time) (map[string]time.Time, time.Time) {
	at := make(map[string]time.Time, len(p.platform))
	var soonest time.Time
	one := false
	for name := range p.platform {
		t := p.s.lim.platformReady(name, now)
		at[name] = t
		one = one || !t.After(now)
		if soonest.IsZero() || t.Before(soonest) {
			soonest = t
		}
	}
	if one {
		return at, time.Time{}
	}
	return at, soonest
}

// done hands a job back: again puts it back near the head of the queue,
// where it goes as soon as its chat may be sent to (a digest's next part
// follows the part before it, not the whole queue); err stops the
// fan-out.
func (p *pool) done(j job, again bool, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.busy, j.sub.Chat)
	p.inFlight[j.sub.Chat.Platform]--
	if err != nil && p.err == nil {
		p.err = err
	}
	if again {
		p.jobs.back = append(p.jobs.back, j)
	}
	p.s.Metrics.queue.Store(int64(p.jobs.len() + len(p.busy)))
}

// stop stops the fan-out for err, unless it stopped already.
func (p *pool) stop(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.err == nil {
		p.err = err
	}
}

// goneChat records that chat blocked the bot or is gone: its digests
// still waiting are recorded as failed, not sent.
func (p *pool) goneChat(chat briefbot.ChatRef) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.gone[chat] = true
}

// queue is the jobs waiting, in turn: those put back (a digest's next
// part, a digest built that waits for its message), oldest first, then
// the others. Workers take jobs near its head, so taking one costs as
// much as the jobs before it, not the whole queue.
type queue struct {
	back []job
	rest []job
}

func (q *queue) len() int { return len(q.back) + len(q.rest) }

// at is the i-th job in turn.
func (q *queue) at(i int) *job {
	if i < len(q.back) {
		return &q.back[i]
	}
	return &q.rest[i-len(q.back)]
}

// take removes the i-th job in turn and returns it.
func (q *queue) take(i int) job {
	if i < len(q.back) {
		j := q.back[i]
		q.back = append(q.back[:i], q.back[i+1:]...)
		return j
	}
	i -= len(q.back)
	j := q.rest[i]
	copy(q.rest[1:i+1], q.rest[:i]) // the jobs before it move up one
	q.rest = q.rest[1:]
	return j
}

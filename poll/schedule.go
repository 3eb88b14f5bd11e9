package poll

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"briefbot"
)

// maxDuePerTick bounds how many feeds one tick looks at; the rest wait for
// the next tick, most overdue first.
const maxDuePerTick = 500

// scheduler keeps the feed polls queued or running. At most Concurrency
// run at once, and at most PerHost of one host, so that one slow site does
// not take every worker; the queue is served in the order feeds fell due.
type scheduler struct {
	mu      sync.Mutex
	active  map[int64]*job // queued or running, by feed id
	queue   []*job
	running int
	hosts   map[string]int // polls running, by host
	wg      sync.WaitGroup // one for each job queued or running
}

// job is one poll of one feed.
type job struct {
	ctx     context.Context
	feed    briefbot.Feed
	now     time.Time // the last tick that found the feed due, until the poll starts
	host    string
	started bool
	done    chan struct{} // closed when the poll is over, or dropped unstarted
}

// Start queues a poll of every feed due at now that is not queued or being
// polled already, starts as many as the limits allow, and returns without
// waiting for them: the others start as running ones end. Polls run with
// ctx; those still queued when it ends are dropped. It returns an error
// only when the feed list cannot be read.
func (p *Poller) Start(ctx context.Context, now time.Time) error {
	_, err := p.start(ctx, now)
	return err
}

// Tick polls every feed due at now, as Start does, and waits for the polls
// it started; a feed already being polled is left to the poll in flight.
// It returns an error only when the feed list cannot be read; each feed's
// own failure is logged, recorded on the feed and backed off.
func (p *Poller) Tick(ctx context.Context, now time.Time) error {
	jobs, err := p.start(ctx, now)
	for _, j := range jobs {
		<-j.done
	}
	return err
}

// Wait waits until no poll is queued or running.
func (p *Poller) Wait() { p.sched.wg.Wait() }

// Run starts the polls due at every value of ticks until ctx is done, then
// waits for the polls in flight, which stop at their next batch. The
// caller owns the clock (a time.Ticker, a test's channel). A tick never
// waits for a poll: a feed that takes long delays no other.
func (p *Poller) Run(ctx context.Context, ticks <-chan time.Time) error {
	defer p.Wait()
	for {
		select {
		case <-ctx.Done():
			return nil
		case now := <-ticks:
			var err error
			if perr := briefbot.Contain("poll", func() { err = p.Start(ctx, now) }); perr != nil {
				err = perr
			}
			if err != nil {
				p.log().Error("feed poll failed", "err", err)
			}
		}
	}
}

func (p *Poller) start(ctx context.Context, now time.Time) ([]*job, error) {
	p.prune(ctx, now)
	feeds, err := p.dueFeeds(ctx, now)
	if err != nil {
		return nil, fmt.Errorf("poll: due feeds: %w", err)
	}
	s := &p.sched
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.active == nil {
		s.active, s.hosts = map[int64]*job{}, map[string]int{}
	}
	var jobs []*job
	for _, f := range feeds {
		if j := s.active[f.ID]; j != nil {
			if !j.started && now.After(j.now) {
				j.now = now // still waiting: it polls as of the latest tick
			}
			continue
		}
		j := &job{ctx: ctx, feed: f, now: now, host: feedHost(f.URL), done: make(chan struct{})}
		s.active[f.ID] = j
		s.queue = append(s.queue, j)
		s.wg.Add(1)
		jobs = append(jobs, j)
	}
	p.dispatchLocked()
	return jobs, nil
}

// dispatchLocked starts queued polls while the limits allow and drops the
// queued polls whose context has ended. s.mu is held.
func (p *Poller) dispatchLocked() {
	s := &p.sched
	opt := p.Opt.withDefaults()
	s.queue = slices.DeleteFunc(s.queue, func(j *job) bool {
		if j.ctx.Err() == nil {
			return false
		}
		s.endLocked(j)
		return true
	})
	for i := 0; i < len(s.queue) && s.running < opt.Concurrency; {
		j := s.queue[i]
		if s.hosts[j.host] >= opt.PerHost {
			i++
			continue
		}
		s.queue = slices.Delete(s.queue, i, i+1)
		j.started = true
		s.running++
		s.hosts[j.host]++
		go p.run(j)
	}
}

// run polls one feed, then lets the next queued poll start.
func (p *Poller) run(j *job) {
	defer func() {
		s := &p.sched
		s.mu.Lock()
		defer s.mu.Unlock()
		s.running--
		if s.hosts[j.host]--; s.hosts[j.host] <= 0 {
			delete(s.hosts, j.host)
		}
		s.endLocked(j)
		p.dispatchLocked()
	}()
	if err := briefbot.Contain("poll", func() { p.pollFeed(j.ctx, j.feed, j.now) }); err != nil {
		p.log().Error("feed poll contained a panic", "feed", j.feed.URL, "err", err)
	}
}

// endLocked forgets a job that ran or was dropped. s.mu is held.
func (s *scheduler) endLocked(j *job) {
	delete(s.active, j.feed.ID)
	close(j.done)
	s.wg.Done()
}

// feedHost is the host a feed is fetched from, in lower case; the URL
// itself when it has none, so that such feeds do not wait for each other.
func feedHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	return strings.ToLower(u.Host)
}

// Ticks is the poller's clock in a running program: the time now, at once
// for the first poll at start-up, then every d until ctx is done. A tick
// that comes while the poller is still starting the last one's feeds is
// dropped.
func Ticks(ctx context.Context, d time.Duration, now func() time.Time) <-chan time.Time {
	ticks := make(chan time.Time, 1)
	ticks <- now()
	go func() {
		t := time.NewTicker(d)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				select {
				case ticks <- now():
				default: // the last tick is still looking for due feeds
				}
			}
		}
	}()
	return ticks
}

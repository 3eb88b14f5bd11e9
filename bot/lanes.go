package bot

import (
	"context"
	"sync"

	"briefbot"
)

// LanesOptions bounds the work Lanes hold.
type LanesOptions struct {
	Workers  int // messages answered at once; at least 1
	Backlog  int // messages one chat may have waiting; more are dropped
	Outbox   int // replies one chat may have waiting before its next message waits for them
	Capacity int // messages all chats together may have waiting; more are not taken

	// OnPanic, when set, is told of each panic contained in a message's
	// work or a reply's sending.
	OnPanic func(stage string, err error)
}

// Taken says what became of a message offered to Lanes.
type Taken int

const (
	Queued       Taken = iota // it will be answered in its chat's turn
	Full                      // not taken: every chat together has Capacity waiting; offer it again later
	Dropped                   // taken and dropped: its chat has Backlog waiting
	DroppedAgain              // as Dropped, and the chat's previous message was dropped too
)

// Lanes answers the messages of many chats on a bounded pool of workers.
// One chat's messages are answered one at a time, in the order taken, and
// chats take turns, so a chat that floods waits behind its own messages
// only. Each chat's replies are sent in order by a sender of its own, so a
// platform's "slow down" for one chat delays that chat alone: a worker
// never waits for a reply to go out. Workers and senders are goroutines
// started when there is work and gone when there is none.
type Lanes[K comparable] struct {
	opt    LanesOptions
	ctx    context.Context // given to all work; cancelled by Abandon
	cancel context.CancelFunc

	mu      sync.Mutex
	lanes   map[K]*lane
	ready   []K // chats whose next message may start, in turn
	workers int // worker goroutines alive
	busy    int // of which answering a message
	waiting int // messages taken and not started
	closed  bool
	changed chan struct{} // closed and replaced at every change
}

// lane is one chat's messages and replies.
type lane struct {
	pending  []func(context.Context)
	outbox   []func(context.Context)
	handling bool // a worker answers one of its messages
	sending  bool // its sender runs
	queued   bool // it is in ready
	dropping bool // its last message offered was dropped
}

// NewLanes returns empty lanes; zero or negative options take 1.
func NewLanes[K comparable](opt LanesOptions) *Lanes[K] {
	opt.Workers, opt.Backlog = max(opt.Workers, 1), max(opt.Backlog, 1)
	opt.Outbox, opt.Capacity = max(opt.Outbox, 1), max(opt.Capacity, 1)
	ctx, cancel := context.WithCancel(context.Background())
	return &Lanes[K]{opt: opt, ctx: ctx, cancel: cancel, lanes: map[K]*lane{}, changed: make(chan struct{})}
}

// Take queues work, one message of chat, behind the chat's earlier ones.
func (l *Lanes[K]) Take(chat K, work func(ctx context.Context)) Taken {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed || l.waiting >= l.opt.Capacity {
		return Full
	}
	ln := l.lane(chat)
	if len(ln.pending) >= l.opt.Backlog {
		again := ln.dropping
		ln.dropping = true
		if again {
			return DroppedAgain
		}
		return Dropped
	}
	ln.dropping = false
	ln.pending = append(ln.pending, work)
	l.waiting++
	l.settle(chat, ln)
	return Queued
}

// Send queues send, one reply to chat, behind the chat's earlier replies;
// the chat's sender runs it. After Abandon it is dropped.
func (l *Lanes[K]) Send(chat K, send func(ctx context.Context)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return
	}
	ln := l.lane(chat)
	ln.outbox = append(ln.outbox, send)
	if !ln.sending {
		ln.sending = true
		go l.sender(chat, ln)
	}
}

// Room waits until a message can be taken and returns how many can.
func (l *Lanes[K]) Room(ctx context.Context) (int, error) {
	return waitFor(ctx, l, func() (int, bool) { n := l.opt.Capacity - l.waiting; return n, n > 0 })
}

// Wait waits until every message taken is answered and its replies sent.
func (l *Lanes[K]) Wait(ctx context.Context) error {
	_, err := waitFor(ctx, l, func() (int, bool) { return 0, len(l.lanes) == 0 })
	return err
}

// WaitChat waits until the chat's messages are answered and its replies sent.
func (l *Lanes[K]) WaitChat(ctx context.Context, chat K) error {
	_, err := waitFor(ctx, l, func() (int, bool) { _, busy := l.lanes[chat]; return 0, !busy })
	return err
}

// Busy reports whether the chat has a message or a reply not done yet.
func (l *Lanes[K]) Busy(chat K) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	_, busy := l.lanes[chat]
	return busy
}

// Workers is how many messages are answered at once.
func (l *Lanes[K]) Workers() int { return l.opt.Workers }

// Abandon drops every message not started and every reply not sent, takes
// no more, and cancels the context of the work still running; Wait then
// returns once that work ends.
func (l *Lanes[K]) Abandon() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.closed = true
	l.cancel()
	l.ready = nil
	for chat, ln := range l.lanes {
		l.waiting -= len(ln.pending)
		ln.pending, ln.outbox, ln.queued = nil, nil, false
		l.settle(chat, ln)
	}
	l.notify()
}

// waitFor waits until done, read under the lock, is true.
func waitFor[K comparable](ctx context.Context, l *Lanes[K], done func() (int, bool)) (int, error) {
	for {
		l.mu.Lock()
		n, ok := done()
		changed := l.changed
		l.mu.Unlock()
		if ok {
			return n, nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	}
}

func (l *Lanes[K]) lane(chat K) *lane {
	ln := l.lanes[chat]
	if ln == nil {
		ln = &lane{}
		l.lanes[chat] = ln
	}
	return ln
}

// settle puts a lane whose next message may start in turn, forgets a lane
// with nothing left, starts the workers wanted and tells the waiters.
// It runs under the lock after every change to a lane.
func (l *Lanes[K]) settle(chat K, ln *lane) {
	switch {
	case ln.queued || ln.handling:
	case len(ln.pending) > 0 && len(ln.outbox) < l.opt.Outbox && !l.closed:
		ln.queued = true
		l.ready = append(l.ready, chat)
	case len(ln.pending) == 0 && len(ln.outbox) == 0 && !ln.sending:
		delete(l.lanes, chat)
	}
	for l.workers < l.opt.Workers && l.workers-l.busy < len(l.ready) {
		l.workers++
		go l.work()
	}
	l.notify()
}

func (l *Lanes[K]) notify() {
	close(l.changed)
	l.changed = make(chan struct{})
}

// work answers messages of the chats in turn until none is ready.
func (l *Lanes[K]) work() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for len(l.ready) > 0 {
		chat := l.ready[0]
		l.ready = l.ready[1:]
		ln := l.lanes[chat]
		f := ln.pending[0]
		ln.pending[0] = nil
		ln.pending = ln.pending[1:]
		ln.queued, ln.handling = false, true
		l.waiting--
		l.busy++
		l.mu.Unlock()
		l.run("message", f)
		l.mu.Lock()
		l.busy--
		ln.handling = false
		l.settle(chat, ln)
	}
	l.workers--
	l.notify()
}

// sender sends the chat's replies in order until none is left.
func (l *Lanes[K]) sender(chat K, ln *lane) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for len(ln.outbox) > 0 {
		f := ln.outbox[0]
		ln.outbox[0] = nil
		ln.outbox = ln.outbox[1:]
		l.settle(chat, ln) // room in the outbox may let its next message start
		l.mu.Unlock()
		l.run("reply", f)
		l.mu.Lock()
	}
	ln.sending = false
	l.settle(chat, ln)
}

// run runs f, containing a panic.
func (l *Lanes[K]) run(stage string, f func(context.Context)) {
	if err := briefbot.Contain(stage, func() { f(l.ctx) }); err != nil && l.opt.OnPanic != nil {
		l.opt.OnPanic(stage, err)
	}
}

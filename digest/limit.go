package digest

import (
	"sync"
	"time"

	"briefbot/bot"

	"briefbot"
)

// bucket spaces messages at least interval apart (a token bucket of one
// token, kept as the earliest time the next message may go).
type bucket struct {
	interval time.Duration
	next     time.Time
}

func (b *bucket) ready(now time.Time) time.Time {
	if b == nil || b.next.Before(now) {
		return now
	}
	return b.next
}

func (b *bucket) take(at time.Time) {
	if b != nil {
		b.next = at.Add(b.interval)
	}
}

// limiter holds the buckets of every platform and chat, and the pauses a
// platform asked for a chat (a 429's retry_after). It is safe for
// concurrent use: the fan-out's workers share it.
type limiter struct {
	mu          sync.Mutex
	limits      map[string]bot.Limits
	overall     map[string]*bucket
	chats       map[briefbot.ChatRef]*bucket
	groups      map[briefbot.ChatRef]*bucket
	paused      map[string]time.Time           // platform → no message before
	chatsPaused map[briefbot.ChatRef]time.Time // chat → no message before (its 429)
}

func newLimiter(limits map[string]bot.Limits) *limiter {
	return &limiter{limits: limits, overall: map[string]*bucket{}, chats: map[briefbot.ChatRef]*bucket{},
		groups: map[briefbot.ChatRef]*bucket{}, chatsPaused: map[briefbot.ChatRef]time.Time{}}
}

// ready is the earliest time at or after now a message to chat may go.
func (l *limiter) ready(chat briefbot.ChatRef, now time.Time) time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.readyLocked(chat, now)
}

func (l *limiter) readyLocked(chat briefbot.ChatRef, now time.Time) time.Time {
	t := now
	for _, b := range l.buckets(chat) {
		if r := b.ready(now); r.After(t) {
			t = r
		}
	}
	if p := l.chatsPaused[chat]; p.After(t) {
		t = p
	}
	return t
}

// platformReady is the earliest time at or after now any message of the
// platform may go, by its overall limit.
func (l *limiter) platformReady(platform string, now time.Time) time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	return lookup(l.overall, platform, l.limits[platform].Overall).ready(now)
}

// tryTake spends a message to chat at now when one may go now, and
// reports whether it did; when none may, at is when one may. Checking and
// spending are one step, so two workers never spend the same message.
func (l *limiter) tryTake(chat briefbot.ChatRef, now time.Time) (at time.Time, ok bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if t := l.readyLocked(chat, now); t.After(now) {
		return t, false
	}
	for _, b := range l.buckets(chat) {
		b.take(now)
	}
	return now, true
}

// pauseChat holds every message to chat until until.
func (l *limiter) pauseChat(chat briefbot.ChatRef, until time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if until.After(l.chatsPaused[chat]) {
		l.chatsPaused[chat] = until
	}
}

func (l *limiter) buckets(chat briefbot.ChatRef) []*bucket {
	lim := l.limits[chat.Platform]
	bs := []*bucket{
		lookup(l.overall, chat.Platform, lim.Overall),
		lookup(l.chats, chat, lim.PerChat),
	}
	if lim.IsGroup != nil && lim.IsGroup(chat) {
		bs = append(bs, lookup(l.groups, chat, lim.PerGroup))
	}
	return bs
}

func lookup[K comparable](m map[K]*bucket, k K, r bot.Rate) *bucket {
	if r.N <= 0 {
		return nil
	}
	b := m[k]
	if b == nil {
		b = &bucket{interval: r.Interval()}
		m[k] = b
	}
	return b
}

// forget drops the buckets of chats that are ready at now: they hold no
// state worth keeping.
func (l *limiter) forget(now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, m := range []map[briefbot.ChatRef]*bucket{l.chats, l.groups} {
		for k, b := range m {
			if !b.next.After(now) {
				delete(m, k)
			}
		}
	}
	for k, until := range l.chatsPaused {
		if !until.After(now) {
			delete(l.chatsPaused, k)
		}
	}
}

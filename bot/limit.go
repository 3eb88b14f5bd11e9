package bot

import (
	"context"
	"fmt"
	"math"
	"strings"
	"sync"
	"time"
)

// DefaultPerMinute is how many /brief and /ask one user may send a minute.
const DefaultPerMinute = 20

// limitWindow is the span the limit counts over.
const limitWindow = time.Minute

// limitedCommands are the commands that cost the bot a search each; a
// follow-up, which is a question, costs one too.
var limitedCommands = map[string]bool{"brief": true, "ask": true, "more": true, "sources": true}

// Limiter counts each user's /brief and /ask over the last minute. It is
// safe for concurrent use.
type Limiter struct {
	perMinute int
	now       func() time.Time

	mu    sync.Mutex
	users map[limitKey]*userLog
	swept time.Time
}

// limitKey is a user of one platform: the same id on two platforms is
// two users.
type limitKey struct{ platform, user string }

// userLog is when a user's requests of the last minute were taken.
type userLog struct {
	taken  []time.Time // oldest first
	warned bool        // the user was told to slow down since the last request taken
}

// NewLimiter lets each user send perMinute /brief and /ask a minute
// (DefaultPerMinute when perMinute < 1); now is the clock (nil: time.Now).
func NewLimiter(perMinute int, now func() time.Time) *Limiter {
	if perMinute < 1 {
		perMinute = DefaultPerMinute
	}
	if now == nil {
		now = time.Now
	}
	return &Limiter{perMinute: perMinute, now: now, users: map[limitKey]*userLog{}}
}

// Allow takes one request of the user when the minute's budget allows it.
// When it does not, wait is how long until it will, and warn is true for
// the first request refused since the last one taken.
func (l *Limiter) Allow(platform, user string) (ok bool, wait time.Duration, warn bool) {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	key := limitKey{platform, user}
	u := l.users[key]
	if u == nil {
		u = &userLog{}
		l.users[key] = u
	}
	u.forget(now)
	if len(u.taken) < l.perMinute {
		u.taken, u.warned = append(u.taken, now), false
		return true, 0, false
	}
	warn, u.warned = !u.warned, true
	return false, u.taken[0].Add(limitWindow).Sub(now), warn
}

// forget drops the requests older than the window.
func (u *userLog) forget(now time.Time) {
	cut := now.Add(-limitWindow)
	i := 0
	for i < len(u.taken) && !u.taken[i].After(cut) {
		i++
	}
	u.taken = u.taken[i:]
}

// sweep forgets, once a minute, the users with no request in the window,
// so the limiter holds only the users of the last minute.
func (l *Limiter) sweep(now time.Time) {
	if now.Sub(l.swept) < limitWindow {
		return
	}
	l.swept = now
	for key, u := range l.users {
		if u.forget(now); len(u.taken) == 0 {
			delete(l.users, key)
		}
	}
}

// Limited returns a Handler that passes each request to h, except the
// /brief, /ask and follow-up questions of a user over the limiter's
// budget: the first of those is answered with a polite "slow down", the
// next ones with an empty Message, which adapters send as nothing, so that
// a flood does not become a flood of replies. It lists h's commands. The
// console's operator is not to be limited: give the console h itself.
func Limited(h Handler, l *Limiter) Handler { return limited{next: h, limiter: l} }

type limited struct {
	next    Handler
	limiter *Limiter
}

func (h limited) Commands() []CommandInfo { return CommandsOf(h.next) }

func (h limited) Handle(ctx context.Context, req Request) Message {
	if !costly(req) {
		return h.next.Handle(ctx, req)
	}
	allowed, wait, warn := h.limiter.Allow(req.Chat.Platform, req.UserID)
	switch {
	case allowed:
		return h.next.Handle(ctx, req)
	case warn:
		return SlowDown(h.limiter.perMinute, wait)
	}
	return Message{}
}

// costly reports whether a request costs a search.
func costly(req Request) bool {
	name, _, ok := parseCommand(strings.TrimSpace(req.Text))
	if !ok {
		return req.FollowUp
	}
	return limitedCommands[name]
}

// SlowDown is the reply to the first request over the limit.
func SlowDown(perMinute int, wait time.Duration) Message {
	secs := max(int(math.Ceil(wait.Seconds())), 1)
	return Text(fmt.Sprintf("Slow down, please: I answer up to %d briefs and questions a minute for each person. Try again in %d s.", perMinute, secs))
}

package discord

import (
	"net/http"
	"strconv"
	"sync"
	"time"

	"briefbot/bot"
)

// RateLimits are Discord's for sending: 50 requests a second for the bot
// overall, and 5 messages every 5 seconds in one channel.
var RateLimits = bot.Limits{
	Overall: bot.Rate{N: 50, Per: time.Second},
	PerChat: bot.Rate{N: 5, Per: 5 * time.Second},
}

// maxHeld bounds the channels whose empty buckets are remembered.
const maxHeld = 10000

// rateState is what Discord's answers said of its limits: until when the
// bot is held everywhere (a global 429), and until when each channel's
// bucket is empty (X-RateLimit-Remaining 0, with X-RateLimit-Reset-After).
// A send before then would only be refused. It is safe for concurrent use.
type rateState struct {
	mu       sync.Mutex
	global   time.Time
	channels map[string]time.Time
}

func newRateState() *rateState { return &rateState{channels: map[string]time.Time{}} }

// wait is how long a send to ch must wait; 0 when it may go.
func (r *rateState) wait(ch string, now time.Time) time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	until := r.global
	if c, ok := r.channels[ch]; ok {
		if !c.After(now) {
			delete(r.channels, ch)
		}
		until = later(until, c)
	}
	return max(until.Sub(now), 0)
}

// observe reads the rate-limit headers of a send's answer.
func (r *rateState) observe(ch string, h http.Header, now time.Time) {
	remaining, after := h.Get("X-RateLimit-Remaining"), h.Get("X-RateLimit-Reset-After")
	secs, err := strconv.ParseFloat(after, 64)
	r.mu.Lock()
	defer r.mu.Unlock()
	if remaining != "0" || err != nil || secs <= 0 {
		delete(r.channels, ch)
		return
	}
	if len(r.channels) >= maxHeld {
		r.forget(now)
	}
	r.channels[ch] = now.Add(time.Duration(secs * float64(time.Second)))
}

// holdAll holds every channel until then: the global limit.
func (r *rateState) holdAll(until time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.global = later(r.global, until)
}

// forget drops the buckets reset by now, and all when none is.
func (r *rateState) forget(now time.Time) {
	for ch, until := range r.channels {
		if !until.After(now) {
			delete(r.channels, ch)
		}
	}
	if len(r.channels) >= maxHeld {
		clear(r.channels)
	}
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

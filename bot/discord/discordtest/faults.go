package discordtest

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"math"
	"net/http"
	"strconv"
	"time"
)

// Fault is an error answer injected with Fail.
type Fault struct {
	Status  int    // HTTP status
	Code    int    // Discord's error code; 0 for 429 and 5xx
	Message string // Discord's message
	// RetryAfter, for a 429, is the seconds to wait; Global says the
	// limit holds for every route.
	RetryAfter float64
	Global     bool
}

// RateLimited is a 429 of one route's bucket, asking to wait seconds.
func RateLimited(seconds float64) Fault {
	return Fault{Status: http.StatusTooManyRequests, Message: "You are being rate limited.", RetryAfter: seconds}
}

// GlobalRateLimited is a 429 of the bot's global limit.
func GlobalRateLimited(seconds float64) Fault {
	f := RateLimited(seconds)
	f.Global = true
	return f
}

// MissingPermissions is Discord's 403 for a bot lacking a permission.
func MissingPermissions() Fault {
	return Fault{Status: http.StatusForbidden, Code: 50013, Message: "Missing Permissions"}
}

// MissingAccess is Discord's 403 for a channel or guild the bot cannot see.
func MissingAccess() Fault {
	return Fault{Status: http.StatusForbidden, Code: 50001, Message: "Missing Access"}
}

// UnknownChannel is Discord's 404 for a channel that does not exist.
func UnknownChannel() Fault {
	return Fault{Status: http.StatusNotFound, Code: 10003, Message: "Unknown Channel"}
}

// ServerError is a 500.
func ServerError() Fault {
	return Fault{Status: http.StatusInternalServerError, Message: "500: Internal Server Error"}
}

// BadGateway is a 502, which discordgo retries by itself.
func BadGateway() Fault {
	return Fault{Status: http.StatusBadGateway, Message: "502: Bad Gateway"}
}

// AnyRoute makes Fail match every route.
const AnyRoute = ""

type fault struct {
	route string
	left  int // calls left to fail; below 0: every call
	Fault
}

// Fail makes the next times calls of route (AnyRoute: of any route) answer
// with ft; times 0 or less makes every call fail until ClearFaults.
// Faults are taken in the order they were added.
func (f *Fake) Fail(route string, times int, ft Fault) {
	if times <= 0 {
		times = -1
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults = append(f.faults, &fault{route: route, left: times, Fault: ft})
}

// ClearFaults forgets the faults not used yet.
func (f *Fake) ClearFaults() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults = nil
}

// takeFault returns the fault a call of route answers with, if any; it
// runs under the lock.
func (f *Fake) takeFault(route string) (Fault, bool) {
	for i, ft := range f.faults {
		if ft.route != AnyRoute && ft.route != route {
			continue
		}
		if ft.left > 0 {
			ft.left--
			if ft.left == 0 {
				f.faults = append(f.faults[:i:i], f.faults[i+1:]...)
			}
		}
		return ft.Fault, true
	}
	return Fault{}, false
}

// answer is the fault's answer, with the rate-limit headers Discord sends
// with a 429.
func (ft Fault) answer(route string, now time.Time) answer {
	if ft.Status != http.StatusTooManyRequests {
		return errAnswer(ft.Status, ft.Code, ft.Message)
	}
	scope := "user"
	if ft.Global {
		scope = "global"
	}
	sum := sha1.Sum([]byte(route))
	h := http.Header{}
	h.Set("X-RateLimit-Limit", "5")
	h.Set("X-RateLimit-Remaining", "0")
	h.Set("X-RateLimit-Reset", strconv.FormatFloat(float64(now.UnixMilli())/1000+ft.RetryAfter, 'f', 3, 64))
	h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(ft.RetryAfter, 'f', 3, 64))
	h.Set("X-RateLimit-Bucket", hex.EncodeToString(sum[:8]))
	h.Set("X-RateLimit-Scope", scope)
	h.Set("Retry-After", strconv.Itoa(int(math.Ceil(ft.RetryAfter))))
	if ft.Global {
		h.Set("X-RateLimit-Global", "true")
	}
	body := map[string]any{"message": ft.Message, "retry_after": ft.RetryAfter, "global": ft.Global}
	return answer{status: http.StatusTooManyRequests, body: body, header: h}
}

// Latency runs in the fake's handler before it answers each REST call of
// route, standing for the network's delay: it may advance a fake clock,
// wait for the test, or (in benchmarks) sleep. ctx is the call's.
type Latency func(ctx context.Context, route string)

// Sleep is a Latency of d on every call, really waited: for benchmarks,
// not for tests.
func Sleep(d time.Duration) Latency {
	return func(ctx context.Context, _ string) {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
		}
	}
}

// SetLatency sets (or, with nil, clears) the latency of every call.
func (f *Fake) SetLatency(l Latency) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.latency = l
}

func (f *Fake) delay(ctx context.Context, route string) {
	f.mu.Lock()
	l := f.latency
	f.mu.Unlock()
	if l != nil {
		l(ctx, route)
	}
}

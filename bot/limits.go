package bot

import (
	"time"

	"briefbot"
)

// Rate is N messages per period.
type Rate struct {
	N   int
	Per time.Duration
}

// Interval is the spacing that keeps any window of Per to at most N
// messages, rounded up to the nanosecond.
func (r Rate) Interval() time.Duration {
	if r.N <= 0 {
		return 0
	}
	return (r.Per + time.Duration(r.N) - 1) / time.Duration(r.N)
}

// Limits are one platform's sending limits; a zero Rate is no limit.
type Limits struct {
	Overall  Rate
	PerChat  Rate
	PerGroup Rate                        // for chats IsGroup says are groups, on top of PerChat
	IsGroup  func(briefbot.ChatRef) bool // nil: no chat is a group
}

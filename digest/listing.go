package digest

import (
	"fmt"
	"time"

	"briefbot"
)

// Listing is one subscription on one line, for operators: its id, chat,
// topic, local time and zone, the last date it was sent, and when it is
// next due (or why it is paused).
func Listing(s briefbot.Subscription, now time.Time) string {
	state := "next unknown"
	if s.Paused != "" {
		state = "paused: " + s.Paused
	} else if loc, _, err := LoadZone(s.Zone); err == nil {
		if at, err := NextDigest(s, loc, now); err == nil {
			state = "next " + at.In(loc).Format("2006-01-02 15:04 MST")
		}
	}
	last := s.LastDate
	if last == "" {
		last = "never"
	}
	return fmt.Sprintf("%d\t%s\t%s\t%s %s\tlast %s\t%s", s.ID, s.Chat, s.Topic, s.LocalTime, s.Zone, last, state)
}

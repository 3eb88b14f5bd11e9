package config

import (
	"fmt"
	"time"
)

// Digests sets how the daily digests are delivered.
type Digests struct {
	// Grace is how late a digest may still be sent, counted from its last
	// attempt; "": 6h.
	Grace string `yaml:"grace"`
	// Lease is how long a briefbot process holds a digest it claimed, or
	// one part of which it is sending; after it, another process sharing
	// the database (or this one restarted) takes it over. "": 1m.
	Lease string `yaml:"lease"`
}

// Durations returns the grace window and the lease, 0 for the defaults;
// Load validated them.
func (d Digests) Durations() (grace, lease time.Duration) {
	parse := func(s string) time.Duration { v, _ := time.ParseDuration(s); return v }
	return parse(d.Grace), parse(d.Lease)
}

func (d Digests) validate() []error {
	var errs []error
	for key, v := range map[string]string{"grace": d.Grace, "lease": d.Lease} {
		if v == "" {
			continue
		}
		if v, err := time.ParseDuration(v); err != nil || v <= 0 {
			errs = append(errs, fmt.Errorf("digests.%s: %q is not a positive duration such as 90s", key, v))
		}
	}
	if _, lease := d.Durations(); lease > 0 && lease < time.Second {
		errs = append(errs, fmt.Errorf("digests.lease: %s is shorter than a second", lease))
	}
	return errs
}

func (p Platform) validateRate(key string) []error {
	if p.MaxMessagesPerSecond < 0 || p.MaxMessagesPerSecond > 1000 {
		return []error{fmt.Errorf("%s.max_messages_per_second: %d is not between 0 and 1000", key, p.MaxMessagesPerSecond)}
	}
	return nil
}

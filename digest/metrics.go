package digest

import "sync/atomic"

// Metrics count what the scheduler did since it started.
type Metrics struct {
	due, sent, empty, failed, late, skipped, paused, unknown, queue atomic.Int64
}

// MetricsSnapshot is the value of each counter at one moment.
type MetricsSnapshot struct {
	Due     int64 // digests found due (each subscription and local date once)
	Sent    int64 // digests the platform accepted
	Empty   int64 // due digests with nothing new and no note asked for
	Failed  int64 // failed send attempts (retried while within the grace window)
	Late    int64 // due digests sent a minute or more after their time
	Skipped int64 // digests missed by more than the grace window
	Paused  int64 // chats paused because they blocked the bot or are gone
	Unknown int64 // parts whose outcome is unknown (no answer to a written request): counted as sent, never resent
	Queue   int64 // digests waiting to be sent now
}

// Snapshot reads every counter.
func (m *Metrics) Snapshot() MetricsSnapshot {
	return MetricsSnapshot{
		Due: m.due.Load(), Sent: m.sent.Load(), Empty: m.empty.Load(), Failed: m.failed.Load(),
		Late: m.late.Load(), Skipped: m.skipped.Load(), Paused: m.paused.Load(), Unknown: m.unknown.Load(), Queue: m.queue.Load(),
	}
}

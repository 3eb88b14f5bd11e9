package main

import "runtime/debug"

// bulkMemoryLimit is the soft memory limit of the commands that read
// many articles in one go (ingest, resummarize) when GOMEMLIMIT does not
// set one. Without a limit the Go runtime lets the heap double before it
// collects: an ingest into a 1M-article database peaked at 118 MB of RSS,
// and at 97 MB with this limit, no slower (its live heap was then some
// 35 MB, 20 MB of it the index of search keys, which is now read from a
// table of 5 MB: an ingest of the BBC corpus into a new database keeps
// some 15 MB live). A soft limit only makes the collector work sooner; it
// never fails an allocation.
const bulkMemoryLimit = 48 << 20

// bulkGCPercent is how much the heap of those commands may grow past its
// live size before a collection, when GOGC does not say: with the soft
// limit bounding it, it need not be collected at every doubling as well
// (GOGC's default, 100). An ingest of the BBC corpus then spends some 4%
// less CPU, and its peak RSS stays within 2 MB, into a new database as
// into one of 1M articles, where the limit and the mapped pages set it.
const bulkGCPercent = 400

// limitMemory sets bulkMemoryLimit, and bulkGCPercent, unless the
// environment set a limit, and returns the function that restores the
// previous settings.
func limitMemory(env Env) (restore func()) {
	if env.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	old := debug.SetMemoryLimit(bulkMemoryLimit)
	if env.Getenv("GOGC") != "" {
		return func() { debug.SetMemoryLimit(old) }
	}
	oldPercent := debug.SetGCPercent(bulkGCPercent)
	return func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(old)
	}
}

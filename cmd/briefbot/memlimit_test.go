package main

import (
	"runtime/debug"
	"testing"
)

// TestLimitMemory checks that a bulk command sets its soft limit unless
// GOMEMLIMIT sets one, and gives the previous one back.
func TestLimitMemory(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	percent := gcPercent()
	restore := limitMemory(Env{Getenv: func(string) string { return "" }})
	if got := debug.SetMemoryLimit(-1); got != bulkMemoryLimit {
		t.Errorf("limit = %d, want %d", got, bulkMemoryLimit)
	}
	if got := gcPercent(); got != bulkGCPercent {
		t.Errorf("GC percent = %d, want %d", got, bulkGCPercent)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after restore = %d, want %d", got, before)
	}
	if got := gcPercent(); got != percent {
		t.Errorf("GC percent after restore = %d, want %d", got, percent)
	}
	restore = limitMemory(Env{Getenv: func(k string) string {
		if k == "GOGC" {
			return "50"
		}
		return ""
	}})
	if got := gcPercent(); got != percent {
		t.Errorf("with GOGC set, GC percent = %d, want it left at %d", got, percent)
	}
	restore()
	limitMemory(Env{Getenv: func(k string) string {
		if k == "GOMEMLIMIT" {
			return "1GiB"
		}
		return ""
	}})()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("with GOMEMLIMIT set, limit = %d, want it left at %d", got, before)
	}
}

// gcPercent is the collector's percentage, left as it is.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

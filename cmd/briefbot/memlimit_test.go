package main

import (
	"runtime/debug"
	"testing"
)

// TestLimitMemory checks that a bulk command sets its soft limit unless
// GOMEMLIMIT sets one, and gives the previous one back.
func TestLimitMemory(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	restore := limitMemory(Env{Getenv: func(string) string { return "" }})
	if got := debug.SetMemoryLimit(-1); got != bulkMemoryLimit {
		t.Errorf("limit = %d, want %d", got, bulkMemoryLimit)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after restore = %d, want %d", got, before)
	}
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

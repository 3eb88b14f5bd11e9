package main

import (
	"strings"
	"testing"
)

func TestProgress(t *testing.T) {
	var plain strings.Builder
	p := &progress{w: &plain}
	for i := 1; i <= 100; i++ {
		p.update(i, 100)
	}
	if got := strings.Count(plain.String(), "\n"); got != 10 {
		t.Errorf("plain progress wrote %d lines, want one per tenth:\n%s", got, plain.String())
	}
	var bar strings.Builder
	p = &progress{w: &bar, tty: true}
	p.update(1, 2)
	p.update(2, 2)
	if !strings.Contains(bar.String(), "\r[###############               ] 1/2 files") || !strings.HasSuffix(bar.String(), "2/2 files\n") {
		t.Errorf("bar = %q", bar.String())
	}
	var few strings.Builder
	p = &progress{w: &few}
	p.update(1, 3)
	if few.Len() != 0 {
		t.Errorf("a small ingest should print no progress lines: %q", few.String())
	}
}

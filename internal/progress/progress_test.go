package progress

import (
	"strings"
	"testing"
)

func TestBar(t *testing.T) {
	var plain strings.Builder
	p := New(&plain, false)
	for i := 1; i <= 100; i++ {
		p.Update(i, 100)
	}
	if got := strings.Count(plain.String(), "\n"); got != 10 {
		t.Errorf("plain progress wrote %d lines, want one per tenth:\n%s", got, plain.String())
	}
	var bar strings.Builder
	p = New(&bar, true)
	p.Update(1, 2)
	p.Update(2, 2)
	if !strings.Contains(bar.String(), "\r[###############               ] 1/2 files") || !strings.HasSuffix(bar.String(), "2/2 files\n") {
		t.Errorf("bar = %q", bar.String())
	}
	var few strings.Builder
	p = New(&few, false)
	p.Update(1, 3)
	if few.Len() != 0 {
		t.Errorf("a small ingest should print no progress lines: %q", few.String())
	}
}

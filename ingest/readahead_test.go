package ingest

import (
	"iter"
	"slices"
	"testing"
)

func numbered(n int, read *int) iter.Seq[item] {
	return func(yield func(item) bool) {
		for i := range n {
			*read = i + 1
			if !yield(item{file: string(rune('a' + i%26))}) {
				return
			}
		}
	}
}

func TestReadAheadKeepsOrder(t *testing.T) {
	var read int
	var got []string
	for it := range readAhead(numbered(100, &read), 7) {
		got = append(got, it.file)
	}
	var want []string
	for it := range numbered(100, new(int)) {
		want = append(want, it.file)
	}
	if !slices.Equal(got, want) {
		t.Errorf("read %q, want %q", got, want)
	}
}

// TestReadAheadStops checks that a caller that stops early stops the
// reading too, at most the read-ahead past what it took, and that the
// goroutine has returned by then.
func TestReadAheadStops(t *testing.T) {
	var read int
	taken := 0
	for range readAhead(numbered(1000, &read), 5) {
		if taken++; taken == 10 {
			break
		}
	}
	if read > taken+5+1 { // the buffer, and the one blocked on sending
		t.Errorf("read %d items for %d taken", read, taken)
	}
}

func TestReadAheadRaisesAPanicInTheCaller(t *testing.T) {
	items := func(yield func(item) bool) {
		yield(item{})
		panic("broken reader")
	}
	defer func() {
		if v := recover(); v != "broken reader" {
			t.Errorf("recovered %v, want the reader's panic", v)
		}
	}()
	for range readAhead(items, 2) {
	}
	t.Error("no panic")
}

package ingest

import (
	"fmt"
	"slices"
	"testing"

	"briefbot"
)

// TestBatchesKeepOrderAndEndShort checks that batches hands over every
// item once, in order, never more than n articles at a time, and that the
// last two batches share what is left past the full ones, so that the
// batch stored alone at the end is never the short remainder of a full
// one nor a full one before a short remainder.
func TestBatchesKeepOrderAndEndShort(t *testing.T) {
	const n = 4
	for total := range 23 {
		t.Run(fmt.Sprint(total), func(t *testing.T) {
			var items []item
			for i := range total {
				items = append(items, item{article: briefbot.Article{Title: fmt.Sprint(i)}})
				if i%5 == 2 {
					items = append(items, item{failed: &FileError{Name: fmt.Sprint("bad", i)}})
				}
			}
			var got []item
			var sizes []int
			for b := range batches(slices.Values(items), n) {
				got = append(got, b...)
				sizes = append(sizes, countArticles(b))
			}
			if !slices.EqualFunc(got, items, func(a, b item) bool { return a.article.Title == b.article.Title && a.failed == b.failed }) {
				t.Fatalf("items handed over %v, want %v", got, items)
			}
			for i, s := range sizes {
				if s > n || s == 0 && len(sizes) > 1 {
					t.Fatalf("batch sizes %v: batch %d holds %d articles", sizes, i, s)
				}
			}
			if k := len(sizes); k >= 3 {
				if last, before := sizes[k-1], sizes[k-2]; before-last > 1 || last > before {
					t.Errorf("batch sizes %v: the last two are not halves of what was left", sizes)
				}
			}
		})
	}
}

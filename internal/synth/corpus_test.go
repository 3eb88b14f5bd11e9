package synth

import (
	"strings"
	"testing"
	"time"
)

func TestCorpus(t *testing.T) {
	end := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	places := []Place{{"en": "Korea", "fr": "Corée"}, {"en": "Japan", "fr": "Japon", "de": "Japan", "es": "Japón"}}
	c := NewCorpus(3, 400, 600, places, end, 90*24*time.Hour)
	var prev time.Time
	n, withPlace, copies := 0, 0, 0
	var last string
	for {
		a, ok := c.Next()
		if !ok {
			break
		}
		n++
		if a.Published.Before(prev.Add(-8*time.Hour)) || a.Published.After(end.Add(8*time.Hour)) {
			t.Fatalf("article %d published %v, after %v: not in time order", n, a.Published, prev)
		}
		prev = a.Published
		for _, name := range []string{"Korea", "Corée", "Japan", "Japon", "Japón"} {
			if strings.Contains(a.Text, name) {
				withPlace++
				break
			}
		}
		if last != "" && a.Text != last && sharedPrefix(a.Text, last) > 20 {
			copies++
		}
		last = a.Text
		if len(a.Text) < 500 || a.Summary.Lang != a.Lang || len(a.Summary.Where) != 1 {
			t.Fatalf("article %d: %d bytes, summary %+v", n, len(a.Text), a.Summary)
		}
	}
	if n != 400 || withPlace != n || copies == 0 {
		t.Errorf("%d articles, %d naming a place, %d near-duplicates", n, withPlace, copies)
	}
}

func sharedPrefix(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

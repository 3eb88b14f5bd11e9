package synth

import (
	"testing"
	"time"
	"unicode/utf8"
)

func TestArticlesAreDeterministicAndDistinct(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	a, b := New(1, 5000), New(1, 5000)
	seen := map[string]bool{}
	for i := range 50 {
		x, y := a.Article(i, 3000, now), b.Article(i, 3000, now)
		if x.Text != y.Text || x.Title != y.Title {
			t.Fatalf("article %d differs between two generators of one seed", i)
		}
		if len(x.Text) < 3000 || seen[x.Text] {
			t.Fatalf("article %d: %d bytes, repeated=%v", i, len(x.Text), seen[x.Text])
		}
		seen[x.Text] = true
		if !utf8.ValidString(x.Text) || !utf8.ValidString(x.Title) {
			t.Fatalf("article %d is not valid UTF-8", i)
		}
		if age := now.Sub(x.Published); age < 0 || age > 90*24*time.Hour {
			t.Errorf("article %d published %v before now", i, age)
		}
	}
}

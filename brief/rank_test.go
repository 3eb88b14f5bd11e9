package brief

import (
	"testing"
	"time"

	"briefbot"
)

func TestRank(t *testing.T) {
	now := time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)
	hit := func(id, story int64, rel float64, age time.Duration) briefbot.Hit {
		return briefbot.Hit{Article: briefbot.Article{ID: id, StoryID: story, Title: "t", Published: now.Add(-age)}, Relevance: rel}
	}
	tests := []struct {
		name string
		hits []briefbot.Hit
		want []int64 // story ids, best first
	}{
		{"more relevant first", []briefbot.Hit{hit(1, 1, 1, time.Hour), hit(2, 2, 3, time.Hour)}, []int64{2, 1}},
		{"fresher first at equal relevance", []briefbot.Hit{hit(1, 1, 2, 5*24*time.Hour), hit(2, 2, 2, time.Hour)}, []int64{2, 1}},
		{"more sources first", []briefbot.Hit{hit(1, 1, 2, time.Hour), hit(2, 2, 2, time.Hour), hit(3, 2, 1.5, time.Hour), hit(4, 2, 1.5, time.Hour)}, []int64{2, 1}},
		{"much more relevant beats a day fresher", []briefbot.Hit{hit(1, 1, 1, time.Hour), hit(2, 2, 4, 25*time.Hour)}, []int64{2, 1}},
		{"one item per story", []briefbot.Hit{hit(1, 7, 2, time.Hour), hit(2, 7, 2, 2*time.Hour), hit(3, 0, 1, time.Hour)}, []int64{7, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int64
			for _, s := range rank(tt.hits, now, 5) {
				got = append(got, s.ID)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("stories = %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("stories = %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func TestRankKeepsAtMostN(t *testing.T) {
	var hits []briefbot.Hit
	for i := range 12 {
		hits = append(hits, briefbot.Hit{Article: briefbot.Article{ID: int64(i + 1), Published: time.Now()}, Relevance: 1})
	}
	if got := len(rank(hits, time.Now(), 5)); got != 5 {
		t.Errorf("rank kept %d stories, want 5", got)
	}
}

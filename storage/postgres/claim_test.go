package postgres_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/poll"
	"briefbot/storage/postgres"
	"briefbot/storage/postgres/pgtest"
)

var _ poll.FeedClaimer = (*postgres.DB)(nil)

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func TestClaimDueFeedsLeases(t *testing.T) {
	db := pgtest.Open(t)
	ctx := t.Context()
	var ids []int64
	for i := range 3 {
		f, err := db.AddFeed(ctx, briefbot.Feed{URL: fmt.Sprintf("https://feeds.example/%d", i), Enabled: true, NextCheck: t0.Add(time.Duration(i-1) * time.Minute)})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, f.ID)
	}
	lease := t0.Add(15 * time.Minute)
	got, err := db.ClaimDueFeeds(ctx, t0, lease, 0)
	if err != nil || len(got) != 2 || got[0].ID != ids[0] || got[1].ID != ids[1] {
		t.Fatalf("claim at t0 = %+v, %v; want the two due feeds, the most overdue first", got, err)
	}
	if !got[0].NextCheck.Equal(t0.Add(-time.Minute)) {
		t.Errorf("claimed feed's NextCheck = %v, want it as it was (%v)", got[0].NextCheck, t0.Add(-time.Minute))
	}
	if again, _ := db.ClaimDueFeeds(ctx, t0.Add(time.Minute), lease, 0); len(again) != 1 || again[0].ID != ids[2] {
		t.Errorf("claim a minute later = %+v, want only the feed that fell due since", again)
	}
	f := got[0]
	f.NextCheck = t0.Add(time.Hour) // the poll is done: its real next check
	if err := db.SaveFeedState(ctx, f); err != nil {
		t.Fatal(err)
	}
	after, _ := db.ClaimDueFeeds(ctx, lease, lease.Add(15*time.Minute), 0)
	if len(after) != 2 || after[0].ID != ids[1] || after[1].ID != ids[2] {
		t.Errorf("claim at the lease's end = %+v, want the two whose poller never saved them", after)
	}
}

// TestClaimDueFeedsAtOnce has four connections claim 200 due feeds at once,
// five at a time: each feed is claimed once.
func TestClaimDueFeedsAtOnce(t *testing.T) {
	url := pgtest.NewDatabase(t)
	db := pgtest.OpenURL(t, url)
	for i := range 200 {
		if _, err := db.AddFeed(t.Context(), briefbot.Feed{URL: fmt.Sprintf("https://feeds.example/%d", i), Enabled: true}); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	var claimed []int64
	var wg sync.WaitGroup
	for range 4 {
		other := pgtest.OpenURL(t, url)
		wg.Go(func() {
			for {
				fs, err := other.ClaimDueFeeds(t.Context(), t0, t0.Add(time.Hour), 5)
				if err != nil {
					t.Error(err)
					return
				}
				if len(fs) == 0 {
					return
				}
				mu.Lock()
				for _, f := range fs {
					claimed = append(claimed, f.ID)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	slices.Sort(claimed)
	if len(claimed) != 200 || len(slices.Compact(slices.Clone(claimed))) != 200 {
		t.Errorf("%d claims of %d feeds, want each of the 200 once", len(claimed), len(slices.Compact(claimed)))
	}
}

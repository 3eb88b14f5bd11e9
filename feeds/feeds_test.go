package feeds_test

import (
	"context"
	"testing"
	"time"

	"briefbot"
	"briefbot/feeds"
	"briefbot/storage/teststore"
)

var now = time.Date(2031, time.March, 12, 9, 41, 0, 0, time.UTC)

func TestFollowAddsOnlyFeedsNotFollowed(t *testing.T) {
	ctx := context.Background()
	db := teststore.Open(t)
	admin := &feeds.Admin{Store: db, Now: func() time.Time { return now }}
	if _, err := admin.Add(ctx, briefbot.Feed{URL: "https://a.example/rss", Name: "A, as the user named it"}); err != nil {
		t.Fatal(err)
	}
	listed := []briefbot.Feed{
		{URL: "https://a.example/rss", Name: "A"},
		{URL: "https://b.example/rss", Name: "B", Interval: time.Hour},
	}
	for range 2 { // as at every start
		if err := admin.Follow(ctx, listed); err != nil {
			t.Fatal(err)
		}
	}
	got, err := db.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Name != "A, as the user named it" || got[1].Name != "B" || got[1].Interval != time.Hour || !got[1].Enabled {
		t.Errorf("feeds = %+v", got)
	}
	err = admin.Follow(ctx, []briefbot.Feed{{URL: "ftp://c.example/feed"}})
	if briefbot.ErrorCode(err) != briefbot.EInvalid {
		t.Errorf("a feed that is no web address: %v", err)
	}
}

package sqlite

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"briefbot"
)

// MustAddFeed follows an enabled feed at url, due at once, and returns it.
func MustAddFeed(tb testing.TB, db *DB, url string) briefbot.Feed {
	tb.Helper()
	f, err := db.AddFeed(context.Background(), briefbot.Feed{URL: url, Enabled: true, Added: day0})
	if err != nil {
		tb.Fatalf("AddFeed(%q): %v", url, err)
	}
	return f
}

func checkCode(tb testing.TB, err error, want string) {
	tb.Helper()
	if got := briefbot.ErrorCode(err); got != want {
		tb.Errorf("code = %q, want %q (err %v)", got, want, err)
	}
}

func TestFeedRoundTrip(t *testing.T) {
	ctx := context.Background()
	full := briefbot.Feed{
		URL: "https://news.example/rss.xml", Name: "News", Lang: "fr", Interval: 20 * time.Minute,
		Enabled: true, Added: day0, ETag: `W/"abc"`, LastModified: "Sun, 01 Mar 2026 11:00:00 GMT",
		LastCheck: day0.Add(time.Hour), LastSuccess: day0.Add(30 * time.Minute),
		LastError: "HTTP 500", Failures: 2, FailingSince: day0.Add(45 * time.Minute),
		NextCheck: day0.Add(2 * time.Hour),
	}
	for _, tc := range []struct {
		name string
		in   briefbot.Feed
	}{
		{"every field", full},
		{"only a URL", briefbot.Feed{URL: "https://news.example/atom"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := MustOpen(t)
			added, err := db.AddFeed(ctx, tc.in)
			if err != nil {
				t.Fatal(err)
			}
			want := tc.in
			want.ID = added.ID
			if !reflect.DeepEqual(added, want) {
				t.Errorf("AddFeed =\n%+v\nwant\n%+v", added, want)
			}
			got, err := db.FeedByID(ctx, added.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("FeedByID =\n%+v\nwant\n%+v", got, want)
			}
		})
	}
	t.Run("to the second", func(t *testing.T) {
		db := MustOpen(t)
		f, err := db.AddFeed(ctx, briefbot.Feed{URL: "https://a.example/", Added: day0.Add(1500 * time.Millisecond),
			Interval: 90*time.Second + time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		if !f.Added.Equal(day0.Add(time.Second)) || f.Interval != 90*time.Second {
			t.Errorf("added %v, interval %v; want them to the second", f.Added, f.Interval)
		}
	})
}

func TestAddFeedRefuses(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustAddFeed(t, db, "https://news.example/rss?b=2&a=1")
	for _, tc := range []struct {
		name string
		f    briefbot.Feed
		code string
	}{
		{"same URL", briefbot.Feed{URL: "https://news.example/rss?b=2&a=1"}, briefbot.EConflict},
		{"same URL spelled otherwise", briefbot.Feed{URL: "HTTPS://News.Example:443/rss?a=1&b=2&utm_source=x"}, briefbot.EConflict},
		{"no URL", briefbot.Feed{URL: "  "}, briefbot.EInvalid},
		{"negative interval", briefbot.Feed{URL: "https://b.example/", Interval: -time.Minute}, briefbot.EInvalid},
		{"negative failures", briefbot.Feed{URL: "https://b.example/", Failures: -1}, briefbot.EInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := db.AddFeed(ctx, tc.f)
			checkCode(t, err, tc.code)
			if f.ID != 0 {
				t.Errorf("feed = %+v, want the zero feed", f)
			}
		})
	}
	if fs, _ := db.Feeds(ctx); len(fs) != 1 {
		t.Errorf("%d feeds stored, want 1", len(fs))
	}
}

func TestFeedsNotFound(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustAddFeed(t, db, "https://news.example/rss")
	const missing = 42
	_, err := db.FeedByID(ctx, missing)
	checkCode(t, err, briefbot.ENotFound)
	if got, want := briefbot.ErrorMessage(err), "feed 42 not found"; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
	checkCode(t, db.RemoveFeed(ctx, missing), briefbot.ENotFound)
	checkCode(t, db.SaveFeedState(ctx, briefbot.Feed{ID: missing}), briefbot.ENotFound)
	_, err = db.UnseenItems(ctx, missing, []string{"a"})
	checkCode(t, err, briefbot.ENotFound)
	checkCode(t, db.MarkItemsSeen(ctx, missing, []string{"a"}, day0), briefbot.ENotFound)
}

func TestFeedsListsByID(t *testing.T) {
	db := MustOpen(t)
	var want []int64
	for _, u := range []string{"https://c.example/", "https://a.example/", "https://b.example/"} {
		want = append(want, MustAddFeed(t, db, u).ID)
	}
	fs, err := db.Feeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got := feedIDs(fs); !slices.Equal(got, want) {
		t.Errorf("Feeds ids = %v, want %v", got, want)
	}
}

func feedIDs(fs []briefbot.Feed) []int64 {
	ids := []int64{}
	for _, f := range fs {
		ids = append(ids, f.ID)
	}
	return ids
}

func TestSaveFeedState(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	f := MustAddFeed(t, db, "https://news.example/rss")
	state := f
	state.Name, state.Interval = "ignored", time.Hour // not polling state
	state.Enabled = false
	state.ETag, state.LastModified = `"v2"`, "Mon, 02 Mar 2026 10:00:00 GMT"
	state.LastCheck, state.FailingSince, state.NextCheck = day0.Add(time.Hour), day0, day0.Add(3*time.Hour)
	state.LastError, state.Failures = "timeout", 3
	if err := db.SaveFeedState(ctx, state); err != nil {
		t.Fatal(err)
	}
	got, err := db.FeedByID(ctx, f.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := state
	want.Name, want.Interval = f.Name, f.Interval
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after SaveFeedState =\n%+v\nwant\n%+v", got, want)
	}
	t.Run("healthy again", func(t *testing.T) {
		state.Enabled, state.LastError, state.Failures, state.FailingSince = true, "", 0, time.Time{}
		if err := db.SaveFeedState(ctx, state); err != nil {
			t.Fatal(err)
		}
		got, _ := db.FeedByID(ctx, f.ID)
		if !got.Enabled || got.LastError != "" || got.Failures != 0 || !got.FailingSince.IsZero() {
			t.Errorf("feed = %+v, want it healthy", got)
		}
	})
}

func TestDueFeeds(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	add := func(name string, next time.Time, enabled bool) int64 {
		f, err := db.AddFeed(ctx, briefbot.Feed{URL: "https://" + name + ".example/", Enabled: enabled, NextCheck: next})
		if err != nil {
			t.Fatal(err)
		}
		return f.ID
	}
	late := add("late", day0.Add(-time.Hour), true)
	never := add("never", time.Time{}, true)
	now := add("now", day0, true)
	add("later", day0.Add(time.Second), true)
	add("disabled", day0.Add(-2*time.Hour), false)
	veryLate := add("very-late", day0.Add(-3*time.Hour), true)
	for _, tc := range []struct {
		name  string
		limit int
		want  []int64
	}{
		{"all due, most overdue first", 0, []int64{never, veryLate, late, now}},
		{"limit", 2, []int64{never, veryLate}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs, err := db.DueFeeds(ctx, day0, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			if got := feedIDs(fs); !slices.Equal(got, tc.want) {
				t.Errorf("DueFeeds ids = %v, want %v", got, tc.want)
			}
		})
	}
	_, err := db.DueFeeds(ctx, day0, -1)
	checkCode(t, err, briefbot.EInvalid)
}

func TestItemsSeen(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	f, other := MustAddFeed(t, db, "https://a.example/"), MustAddFeed(t, db, "https://b.example/")
	if err := db.MarkItemsSeen(ctx, f.ID, []string{"g2", "g4"}, day0); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkItemsSeen(ctx, f.ID, []string{"g2"}, day0.Add(time.Hour)); err != nil {
		t.Fatalf("marking a key twice: %v", err)
	}
	for _, tc := range []struct {
		name string
		feed int64
		keys []string
		want []string
	}{
		{"in the order given, each once", f.ID, []string{"g5", "g4", "g1", "g2", "g5", "g3"}, []string{"g5", "g1", "g3"}},
		{"keys are per feed", other.ID, []string{"g2", "g4"}, []string{"g2", "g4"}},
		{"no keys", f.ID, nil, nil},
		{"all seen", f.ID, []string{"g4", "g2"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := db.UnseenItems(ctx, tc.feed, tc.keys)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("UnseenItems = %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("first time kept", func(t *testing.T) {
		var at int64
		err := db.read.QueryRowContext(ctx, `SELECT seen_at FROM feed_items WHERE feed_id = ? AND key = 'g2'`, f.ID).Scan(&at)
		if err != nil {
			t.Fatal(err)
		}
		if got := fromUnix(at); !got.Equal(day0) {
			t.Errorf("seen_at = %v, want %v", got, day0)
		}
	})
	checkCode(t, db.MarkItemsSeen(ctx, f.ID, []string{"x"}, time.Time{}), briefbot.EInvalid)
}

// TestItemsSeenMany checks more keys than one query binds.
func TestItemsSeenMany(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	f := MustAddFeed(t, db, "https://a.example/")
	var keys, odd []string
	for i := range 3*maxKeysPerQuery + 7 {
		k := fmt.Sprintf("https://a.example/item/%d", i)
		keys = append(keys, k)
		if i%2 == 1 {
			odd = append(odd, k)
		}
	}
	var even []string
	for i := 0; i < len(keys); i += 2 {
		even = append(even, keys[i])
	}
	if err := db.MarkItemsSeen(ctx, f.ID, even, day0); err != nil {
		t.Fatal(err)
	}
	got, err := db.UnseenItems(ctx, f.ID, keys)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, odd) {
		t.Errorf("UnseenItems returned %d keys, want the %d odd ones", len(got), len(odd))
	}
}

func TestRemoveFeedKeepsArticles(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	f, other := MustAddFeed(t, db, "https://a.example/"), MustAddFeed(t, db, "https://b.example/")
	a := article("From a feed", "An article that came from a feed.")
	a.FeedID = f.ID
	id := MustAdd(t, db, a)
	if err := db.MarkItemsSeen(ctx, f.ID, []string{"g1"}, day0); err != nil {
		t.Fatal(err)
	}
	if err := db.RemoveFeed(ctx, f.ID); err != nil {
		t.Fatal(err)
	}
	got, err := db.GetArticle(ctx, id)
	if err != nil {
		t.Fatalf("article of a removed feed: %v", err)
	}
	if got.FeedID != 0 {
		t.Errorf("FeedID = %d, want 0 once its feed is removed", got.FeedID)
	}
	var items int
	if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM feed_items`).Scan(&items); err != nil {
		t.Fatal(err)
	}
	if items != 0 {
		t.Errorf("%d feed items left, want the removed feed's gone", items)
	}
	fs, _ := db.Feeds(ctx)
	if got, want := feedIDs(fs), []int64{other.ID}; !slices.Equal(got, want) {
		t.Errorf("feeds = %v, want %v", got, want)
	}
	checkCode(t, db.RemoveFeed(ctx, f.ID), briefbot.ENotFound)
}

package storetest

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"briefbot"
)

var feedTests = []test{
	{"RoundTrip", testFeedRoundTrip},
	{"AddRefuses", testAddFeedRefuses},
	{"NotFound", testFeedsNotFound},
	{"ListsByID", testFeedsListsByID},
	{"SaveState", testSaveFeedState},
	{"Due", testDueFeeds},
	{"ItemsTaken", testItemsTaken},
	{"ManyItems", testManyItems},
	{"ForgetItems", testForgetItems},
	{"RemoveKeepsArticles", testRemoveFeedKeepsArticles},
}

func feedIDs(fs []briefbot.Feed) []int64 {
	ids := []int64{}
	for _, f := range fs {
		ids = append(ids, f.ID)
	}
	return ids
}

// mustUnseen returns the keys among keys the feed never took.
func mustUnseen(tb testing.TB, s briefbot.Store, feedID int64, keys ...string) []string {
	tb.Helper()
	got, err := s.UnseenItems(tb.Context(), feedID, keys)
	if err != nil {
		tb.Fatal(err)
	}
	return got
}

func testFeedRoundTrip(t *testing.T, open opener) {
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
			s := open(t)
			added, err := s.AddFeed(t.Context(), tc.in)
			if err != nil {
				t.Fatal(err)
			}
			want := tc.in
			want.ID = added.ID
			if !reflect.DeepEqual(added, want) || added.ID <= 0 {
				t.Errorf("AddFeed =\n%+v\nwant\n%+v", added, want)
			}
			got, err := s.FeedByID(t.Context(), added.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("FeedByID =\n%+v\nwant\n%+v", got, want)
			}
		})
	}
	t.Run("to the second, URL canonical", func(t *testing.T) {
		s := open(t)
		f, err := s.AddFeed(t.Context(), briefbot.Feed{URL: "HTTPS://A.example:443/rss?utm_source=x", Added: day0.Add(1500 * time.Millisecond),
			Interval: 90*time.Second + time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		if !f.Added.Equal(day0.Add(time.Second)) || f.Interval != 90*time.Second || f.URL != "https://a.example/rss" {
			t.Errorf("added %v, interval %v, URL %q; want them to the second and the URL canonical", f.Added, f.Interval, f.URL)
		}
	})
}

func testAddFeedRefuses(t *testing.T, open opener) {
	s := open(t)
	mustAddFeed(t, s, "https://news.example/rss?b=2&a=1")
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
			f, err := s.AddFeed(t.Context(), tc.f)
			checkCode(t, err, tc.code)
			if f.ID != 0 {
				t.Errorf("feed = %+v, want the zero feed", f)
			}
		})
	}
	if fs, err := s.Feeds(t.Context()); err != nil || len(fs) != 1 {
		t.Errorf("%d feeds stored (%v), want 1", len(fs), err)
	}
}

func testFeedsNotFound(t *testing.T, open opener) {
	s := open(t)
	mustAddFeed(t, s, "https://news.example/rss")
	const missing = 42
	_, err := s.FeedByID(t.Context(), missing)
	checkCode(t, err, briefbot.ENotFound)
	if got, want := briefbot.ErrorMessage(err), "feed 42 not found"; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
	checkCode(t, s.RemoveFeed(t.Context(), missing), briefbot.ENotFound)
	checkCode(t, s.SaveFeedState(t.Context(), briefbot.Feed{ID: missing}), briefbot.ENotFound)
	_, err = s.UnseenItems(t.Context(), missing, []string{"a"})
	checkCode(t, err, briefbot.ENotFound)
	checkCode(t, s.MarkItemsSeen(t.Context(), missing, []string{"a"}, day0), briefbot.ENotFound)
}

func testFeedsListsByID(t *testing.T, open opener) {
	s := open(t)
	if fs, err := s.Feeds(t.Context()); err != nil || len(fs) != 0 {
		t.Fatalf("feeds of a new store: %v, %v", fs, err)
	}
	var want []int64
	for _, u := range []string{"https://c.example/", "https://a.example/", "https://b.example/"} {
		want = append(want, mustAddFeed(t, s, u).ID)
	}
	fs, err := s.Feeds(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if got := feedIDs(fs); !slices.Equal(got, want) || !ascending(got) {
		t.Errorf("Feeds ids = %v, want %v, ascending", got, want)
	}
}

func testSaveFeedState(t *testing.T, open opener) {
	s := open(t)
	f := mustAddFeed(t, s, "https://news.example/rss")
	state := f
	state.Name, state.Interval, state.Lang, state.URL = "ignored", time.Hour, "de", "https://ignored.example/" // not polling state
	state.Enabled = false
	state.ETag, state.LastModified = `"v2"`, "Mon, 02 Mar 2026 10:00:00 GMT"
	state.LastCheck, state.FailingSince, state.NextCheck = day0.Add(time.Hour), day0, day0.Add(3*time.Hour)
	state.LastError, state.Failures = "timeout", 3
	mustDo(t, s.SaveFeedState(t.Context(), state))
	got, err := s.FeedByID(t.Context(), f.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := state
	want.Name, want.Interval, want.Lang, want.URL = f.Name, f.Interval, f.Lang, f.URL
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after SaveFeedState =\n%+v\nwant\n%+v", got, want)
	}
	t.Run("healthy again", func(t *testing.T) {
		state.Enabled, state.LastError, state.Failures, state.FailingSince = true, "", 0, time.Time{}
		state.LastSuccess = day0.Add(4 * time.Hour)
		mustDo(t, s.SaveFeedState(t.Context(), state))
		got, _ := s.FeedByID(t.Context(), f.ID)
		if !got.Enabled || got.LastError != "" || got.Failures != 0 || !got.FailingSince.IsZero() || !got.LastSuccess.Equal(state.LastSuccess) {
			t.Errorf("feed = %+v, want it healthy", got)
		}
	})
	t.Run("negative failures", func(t *testing.T) {
		state.Failures = -1
		checkCode(t, s.SaveFeedState(t.Context(), state), briefbot.EInvalid)
	})
}

func testDueFeeds(t *testing.T, open opener) {
	s := open(t)
	add := func(name string, next time.Time, enabled bool) int64 {
		f, err := s.AddFeed(t.Context(), briefbot.Feed{URL: "https://" + name + ".example/", Enabled: enabled, NextCheck: next})
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
	alsoLate := add("also-late", day0.Add(-time.Hour), true)
	for _, tc := range []struct {
		name  string
		now   time.Time
		limit int
		want  []int64
	}{
		{"all due, most overdue first", day0, 0, []int64{never, veryLate, late, alsoLate, now}},
		{"limit", day0, 2, []int64{never, veryLate}},
		{"to the second", day0.Add(999 * time.Millisecond), 0, []int64{never, veryLate, late, alsoLate, now}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs, err := s.DueFeeds(t.Context(), tc.now, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			if got := feedIDs(fs); !slices.Equal(got, tc.want) {
				t.Errorf("DueFeeds ids = %v, want %v", got, tc.want)
			}
		})
	}
	_, err := s.DueFeeds(t.Context(), day0, -1)
	checkCode(t, err, briefbot.EInvalid)
}

func testItemsTaken(t *testing.T, open opener) {
	s := open(t)
	f, other := mustAddFeed(t, s, "https://a.example/"), mustAddFeed(t, s, "https://b.example/")
	mustDo(t, s.MarkItemsSeen(t.Context(), f.ID, []string{"g2", "g4"}, day0))
	if err := s.MarkItemsSeen(t.Context(), f.ID, []string{"g2"}, day0.Add(time.Hour)); err != nil {
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
			if got := mustUnseen(t, s, tc.feed, tc.keys...); !slices.Equal(got, tc.want) {
				t.Errorf("UnseenItems = %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("first time kept", func(t *testing.T) {
		// Taken at day0, then again an hour later: forgetting what was
		// taken before half past forgets it.
		n, err := s.ForgetItems(t.Context(), f.ID, []string{"g4"}, day0.Add(30*time.Minute))
		if err != nil || n != 1 {
			t.Fatalf("ForgetItems = %d, %v; want g2 forgotten", n, err)
		}
		if got := mustUnseen(t, s, f.ID, "g2", "g4"); !slices.Equal(got, []string{"g2"}) {
			t.Errorf("UnseenItems = %q, want [g2]", got)
		}
	})
	checkCode(t, s.MarkItemsSeen(t.Context(), f.ID, []string{"x"}, time.Time{}), briefbot.EInvalid)
}

// testManyItems checks more keys than a store may send in one query.
func testManyItems(t *testing.T, open opener) {
	s := open(t)
	f := mustAddFeed(t, s, "https://a.example/")
	var keys, even, odd []string
	for i := range 2007 {
		k := fmt.Sprintf("https://a.example/item/%d", i)
		keys = append(keys, k)
		if i%2 == 0 {
			even = append(even, k)
		} else {
			odd = append(odd, k)
		}
	}
	mustDo(t, s.MarkItemsSeen(t.Context(), f.ID, even, day0))
	if got := mustUnseen(t, s, f.ID, keys...); !slices.Equal(got, odd) {
		t.Errorf("UnseenItems returned %d keys, want the %d odd ones", len(got), len(odd))
	}
	n, err := s.ForgetItems(t.Context(), f.ID, nil, day0.Add(time.Second))
	if err != nil || n != len(even) {
		t.Errorf("ForgetItems = %d, %v; want %d", n, err, len(even))
	}
}

func testForgetItems(t *testing.T, open opener) {
	s := open(t)
	f, other := mustAddFeed(t, s, "https://a.example/"), mustAddFeed(t, s, "https://b.example/")
	mustDo(t, s.MarkItemsSeen(t.Context(), f.ID, []string{"gone", "listed"}, day0))
	mustDo(t, s.MarkItemsSeen(t.Context(), f.ID, []string{"recent"}, day0.Add(2*time.Hour)))
	mustDo(t, s.MarkItemsSeen(t.Context(), other.ID, []string{"gone"}, day0))
	n, err := s.ForgetItems(t.Context(), f.ID, []string{"listed", "new"}, day0.Add(time.Hour))
	if err != nil || n != 1 {
		t.Fatalf("ForgetItems = %d, %v; want 1", n, err)
	}
	if got := mustUnseen(t, s, f.ID, "gone", "listed", "recent"); !slices.Equal(got, []string{"gone"}) {
		t.Errorf("UnseenItems = %q, want only the forgotten [gone]", got)
	}
	if got := mustUnseen(t, s, other.ID, "gone"); len(got) != 0 {
		t.Errorf("the other feed's items: unseen %q, want none forgotten", got)
	}
	if n, err := s.ForgetItems(t.Context(), f.ID, nil, day0); err != nil || n != 0 {
		t.Errorf("ForgetItems before the first item = %d, %v; want 0", n, err)
	}
}

func testRemoveFeedKeepsArticles(t *testing.T, open opener) {
	s := open(t)
	other := mustAddFeed(t, s, "https://b.example/")
	f := mustAddFeed(t, s, "https://a.example/") // the last: a store may give its id again
	a := article("From a feed", "An article that came from a feed.")
	a.FeedID = f.ID
	id := mustAdd(t, s, a)
	mustDo(t, s.MarkItemsSeen(t.Context(), f.ID, []string{"g1"}, day0))
	mustDo(t, s.RemoveFeed(t.Context(), f.ID))
	if got := mustGet(t, s, id); got.FeedID != 0 {
		t.Errorf("FeedID = %d, want 0 once its feed is removed", got.FeedID)
	}
	fs, _ := s.Feeds(t.Context())
	if got, want := feedIDs(fs), []int64{other.ID}; !slices.Equal(got, want) {
		t.Errorf("feeds = %v, want %v", got, want)
	}
	checkCode(t, s.RemoveFeed(t.Context(), f.ID), briefbot.ENotFound)
	again := mustAddFeed(t, s, "https://a.example/")
	if got := mustUnseen(t, s, again.ID, "g1"); !slices.Equal(got, []string{"g1"}) {
		t.Errorf("the feed followed again: unseen %q, want [g1]", got)
	}
}

// Package storetest is the contract of briefbot.Store: Run holds one test
// for every behaviour the program relies on, written against the interface
// only, so that every store (SQLite, PostgreSQL) runs the same suite and
// the program behaves alike on each. It imports no store.
package storetest

import (
	"testing"
	"time"

	"briefbot"
)

// Run runs the contract suite. open returns a new, empty store for the
// test t and closes it when t ends (with t.Cleanup); each test opens its
// own.
func Run(t *testing.T, open func(t *testing.T) briefbot.Store) {
	t.Run("Ping", func(t *testing.T) { mustDo(t, open(t).Ping(t.Context())) })
	for _, g := range []struct {
		name  string
		tests []test
	}{
		{"Articles", articleTests},
		{"Stories", storyTests},
		{"Search", searchTests},
		{"Keys", keyTests},
		{"Feeds", feedTests},
		{"Memory", memoryTests},
		{"Subscriptions", subscriptionTests},
		{"Deliveries", deliveryTests},
		{"Chats", chatTests},
		{"Retention", retentionTests},
	} {
		t.Run(g.name, func(t *testing.T) {
			for _, tc := range g.tests {
				t.Run(tc.name, func(t *testing.T) { tc.run(t, open) })
			}
		})
	}
}

// test is one test of the suite.
type test struct {
	name string
	run  func(t *testing.T, open opener)
}

// opener is what Run is given: it opens a new, empty store for a test.
type opener = func(t *testing.T) briefbot.Store

// day0 is a fixed time the tests count from.
var day0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// article is a valid article for tests; text makes it distinct.
func article(title, text string) briefbot.Article {
	return briefbot.Article{Source: "test", Title: title, Lang: "en", Ingested: day0, Text: text}
}

// at is article published at t.
func at(title, text string, t time.Time) briefbot.Article {
	a := article(title, text)
	a.Published = t
	return a
}

// mustAdd stores a and returns its id; a must not be a duplicate.
func mustAdd(tb testing.TB, s briefbot.Store, a briefbot.Article) int64 {
	tb.Helper()
	res, err := s.AddArticle(tb.Context(), a)
	if err != nil {
		tb.Fatalf("AddArticle(%q): %v", a.Title, err)
	}
	if res.Duplicate {
		tb.Fatalf("AddArticle(%q): duplicate of %d", a.Title, res.ID)
	}
	return res.ID
}

// mustAddAll stores as in one batch and returns their ids; none may be a
// duplicate.
func mustAddAll(tb testing.TB, s briefbot.Store, as []briefbot.Article) []int64 {
	tb.Helper()
	res, err := s.AddArticles(tb.Context(), as)
	if err != nil {
		tb.Fatalf("AddArticles: %v", err)
	}
	ids := make([]int64, len(res))
	for i, r := range res {
		if r.Duplicate {
			tb.Fatalf("AddArticles: %q is a duplicate of %d", as[i].Title, r.ID)
		}
		ids[i] = r.ID
	}
	return ids
}

// mustGet returns the stored article id.
func mustGet(tb testing.TB, s briefbot.Store, id int64) briefbot.Article {
	tb.Helper()
	a, err := s.GetArticle(tb.Context(), id)
	if err != nil {
		tb.Fatalf("GetArticle(%d): %v", id, err)
	}
	return a
}

func mustStats(tb testing.TB, s briefbot.Store) briefbot.ArticleStats {
	tb.Helper()
	st, err := s.ArticleStats(tb.Context())
	if err != nil {
		tb.Fatal(err)
	}
	return st
}

// mustAddFeed follows an enabled feed at url and returns it.
func mustAddFeed(tb testing.TB, s briefbot.Store, url string) briefbot.Feed {
	tb.Helper()
	f, err := s.AddFeed(tb.Context(), briefbot.Feed{URL: url, Enabled: true, Added: day0})
	if err != nil {
		tb.Fatalf("AddFeed(%q): %v", url, err)
	}
	return f
}

// mustSubscribe stores sub and returns it as stored.
func mustSubscribe(tb testing.TB, s briefbot.Store, sub briefbot.Subscription) briefbot.Subscription {
	tb.Helper()
	sub, err := s.Subscribe(tb.Context(), sub)
	if err != nil {
		tb.Fatalf("Subscribe(%s, %q): %v", sub.Chat, sub.Topic, err)
	}
	return sub
}

// subscription is a daily 08:00 UTC subscription of chat to topic.
func subscription(chat briefbot.ChatRef, topic string) briefbot.Subscription {
	return briefbot.Subscription{Chat: chat, Topic: topic, LocalTime: "08:00", Zone: "UTC", Created: day0}
}

func mustDo(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

// checkCode fails unless err has the code want.
func checkCode(tb testing.TB, err error, want string) {
	tb.Helper()
	if got := briefbot.ErrorCode(err); got != want {
		tb.Errorf("code = %q, want %q (err %v)", got, want, err)
	}
}

func articleIDs(as []briefbot.Article) []int64 {
	ids := []int64{}
	for _, a := range as {
		ids = append(ids, a.ID)
	}
	return ids
}

package briefbot

import (
	"context"
	"time"
)

// Feed is a news feed (RSS, Atom or JSON Feed) that briefbot follows.
type Feed struct {
	ID       int64
	URL      string
	Name     string
	Lang     string        // language of its articles when they give none; "" to detect
	Interval time.Duration // between polls; 0 means the configured default
	Enabled  bool
	Added    time.Time

	// Polling state, kept across restarts.
	ETag         string    // validator for a conditional GET
	LastModified string    // validator for a conditional GET
	LastCheck    time.Time // last poll, successful or not
	LastSuccess  time.Time
	LastError    string    // the reason of the last failure, fit for an admin; "" when healthy
	Failures     int       // consecutive failed polls
	FailingSince time.Time // first failure of the current run; zero when healthy
	NextCheck    time.Time
}

// FeedStore keeps the followed feeds, their polling state and which of
// their items were already taken. Feeds are stored with their URL canonical
// (see CanonicalURL), their times and interval to the second.
type FeedStore interface {
	// AddFeed follows a new feed and returns it as stored, with its id and
	// every field, polling state included. EConflict when its URL is
	// followed already; EInvalid for no URL, a negative interval or a
	// negative failure count.
	AddFeed(ctx context.Context, f Feed) (Feed, error)
	// Feeds lists every feed, by id.
	Feeds(ctx context.Context) ([]Feed, error)
	// FeedByID returns one feed; ENotFound when there is none.
	FeedByID(ctx context.Context, id int64) (Feed, error)
	// RemoveFeed stops following a feed and forgets its items; its stored
	// articles stay, with no FeedID. ENotFound when there is no such feed.
	RemoveFeed(ctx context.Context, id int64) error
	// SaveFeedState stores a feed's polling state and Enabled flag; its
	// URL, name, language and interval stay as they are. ENotFound when
	// there is no feed f.ID.
	SaveFeedState(ctx context.Context, f Feed) error
	// DueFeeds returns up to limit enabled feeds whose NextCheck is zero or
	// at or before now, the most overdue first (zero first, then by id).
	DueFeeds(ctx context.Context, now time.Time, limit int) ([]Feed, error)
	// UnseenItems returns the item keys (GUID, else link) of a feed that were
	// never marked seen, in the order given, each once. ENotFound when
	// there is no such feed.
	UnseenItems(ctx context.Context, feedID int64, keys []string) ([]string, error)
	// MarkItemsSeen records item keys of a feed as taken at at; a key taken
	// before keeps its first time. ENotFound when there is no such feed,
	// EInvalid for the zero time.
	MarkItemsSeen(ctx context.Context, feedID int64, keys []string, at time.Time) error
	// ForgetItems deletes the records of items first seen before before that
	// the feed no longer lists (current are the keys it lists now), and
	// returns how many.
	ForgetItems(ctx context.Context, feedID int64, current []string, before time.Time) (int, error)
}

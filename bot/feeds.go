package bot

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"briefbot"
)

// FeedAdmin manages the followed feeds from a chat.
type FeedAdmin struct {
	Store briefbot.FeedStore
	Now   func() time.Time
}

// AddFeeds registers /feeds on the router, for admins.
func (r *Router) AddFeeds(fa *FeedAdmin) {
	r.Add(Command{
		Name: "feeds", Args: "[add URL | remove ID]", Admin: true,
		Help: "list the followed feeds and their health, follow one, or stop following one",
		Run: func(ctx context.Context, _ Request, args string) (Message, error) {
			return fa.Run(ctx, args)
		},
	})
}

// Run answers "/feeds", "/feeds add URL" and "/feeds remove ID".
func (fa *FeedAdmin) Run(ctx context.Context, args string) (Message, error) {
	verb, rest, _ := strings.Cut(strings.TrimSpace(args), " ")
	rest = strings.TrimSpace(rest)
	switch strings.ToLower(verb) {
	case "", "list":
		return fa.list(ctx)
	case "add":
		return fa.Add(ctx, briefbot.Feed{URL: rest})
	case "remove", "rm", "delete":
		return fa.remove(ctx, rest)
	}
	return Message{}, briefbot.Errorf(briefbot.EInvalid, "Use /feeds, /feeds add URL or /feeds remove ID.")
}

func (fa *FeedAdmin) list(ctx context.Context) (Message, error) {
	feeds, err := fa.Store.Feeds(ctx)
	if err != nil {
		return Message{}, err
	}
	if len(feeds) == 0 {
		return Text("No feeds yet. Add one with /feeds add https://example.com/rss.xml"), nil
	}
	msg := Message{Title: fmt.Sprintf("%d feeds", len(feeds))}
	now := fa.Now()
	for _, f := range feeds {
		msg.Lines = append(msg.Lines, fmt.Sprintf("%d. %s — %s", f.ID, feedName(f), FeedHealth(f, now)))
	}
	return msg, nil
}

// FeedHealth says in a few words how a feed is doing.
func FeedHealth(f briefbot.Feed, now time.Time) string {
	next := "next check " + ago(f.NextCheck, now)
	switch {
	case !f.Enabled:
		return "disabled: " + firstNonEmpty(f.LastError, "by an admin")
	case f.Failures > 0:
		return fmt.Sprintf("failing since %s (%d tries): %s; %s", ago(f.FailingSince, now), f.Failures, f.LastError, next)
	case f.LastSuccess.IsZero():
		return "not checked yet; " + next
	}
	return "ok, last success " + ago(f.LastSuccess, now) + "; " + next
}

// Add follows a feed, due for its first check at once.
func (fa *FeedAdmin) Add(ctx context.Context, f briefbot.Feed) (Message, error) {
	u, err := url.Parse(strings.TrimSpace(f.URL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Message{}, briefbot.Errorf(briefbot.EInvalid, "Give the feed's full address, like /feeds add https://example.com/rss.xml")
	}
	if f.Interval < 0 {
		return Message{}, briefbot.Errorf(briefbot.EInvalid, "A feed's interval cannot be negative.")
	}
	now := fa.Now()
	f.URL, f.Enabled, f.Added, f.NextCheck = u.String(), true, now, now
	f, err = fa.Store.AddFeed(ctx, f)
	if err != nil {
		return Message{}, err
	}
	return Text(fmt.Sprintf("Following feed %d: %s. Its first check is within a minute; only items from the last 24 hours count as new.", f.ID, f.URL)), nil
}

func (fa *FeedAdmin) remove(ctx context.Context, arg string) (Message, error) {
	id, err := strconv.ParseInt(arg, 10, 64)
	if err != nil || id <= 0 {
		return Message{}, briefbot.Errorf(briefbot.EInvalid, "Give the feed's number from /feeds, like /feeds remove 3")
	}
	if err := fa.Store.RemoveFeed(ctx, id); err != nil {
		return Message{}, err
	}
	return Text(fmt.Sprintf("Stopped following feed %d. Its articles stay until retention removes them.", id)), nil
}

func feedName(f briefbot.Feed) string {
	if f.Name != "" {
		return f.Name + " (" + f.URL + ")"
	}
	return f.URL
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// ago says when t is relative to now: "5 min ago", "in 2 h".
func ago(t, now time.Time) string {
	if t.IsZero() {
		return "never"
	}
	d := now.Sub(t)
	if d < 0 {
		return "in " + roughly(-d)
	}
	return roughly(d) + " ago"
}

func roughly(d time.Duration) string {
	switch {
	case d < time.Minute:
		return "under a minute"
	case d < time.Hour:
		return fmt.Sprintf("%d min", int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h", int(d/time.Hour))
	}
	return fmt.Sprintf("%d days", int(d/(24*time.Hour)))
}

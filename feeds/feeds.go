// Package feeds answers /feeds: the followed feeds and their health, and
// following or dropping one, for the bot's admins.
package feeds

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"briefbot/bot"

	"briefbot"
)

// Admin manages the followed feeds from a chat.
type Admin struct {
	Store briefbot.FeedStore
	Now   func() time.Time
}

// Commands are the feed admin's chat commands: /feeds, for admins only.
func Commands(fa *Admin) []bot.Command {
	return []bot.Command{{
		Name: "feeds", Args: "[add URL | remove ID]", Admin: true,
		Options: []bot.Option{
			{Name: "action", Help: "add or remove a feed; left out: list them", Choices: []string{"add", "remove"}},
			{Name: "feed", Help: "the feed's address to add, or its number to remove"},
		},
		Help: "list the followed feeds and their health, follow one, or stop following one",
		Run: func(ctx context.Context, _ bot.Request, args string) (bot.Message, error) {
			return fa.Run(ctx, args)
		},
	}}
}

// Run answers "/feeds", "/feeds add URL" and "/feeds remove ID".
func (fa *Admin) Run(ctx context.Context, args string) (bot.Message, error) {
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
	return bot.Message{}, briefbot.Errorf(briefbot.EInvalid, "Use /feeds, /feeds add URL or /feeds remove ID.")
}

func (fa *Admin) list(ctx context.Context) (bot.Message, error) {
	feeds, err := fa.Store.Feeds(ctx)
	if err != nil {
		return bot.Message{}, err
	}
	if len(feeds) == 0 {
		return bot.Text("No feeds yet. Add one with /feeds add https://example.com/rss.xml"), nil
	}
	msg := bot.Message{Title: fmt.Sprintf("%d feeds", len(feeds))}
	now := fa.Now()
	for _, f := range feeds {
		msg.Lines = append(msg.Lines, fmt.Sprintf("%d. %s — %s", f.ID, feedName(f), FeedHealth(f, now)))
	}
	return msg, nil
}

// FeedHealth says in a few words how a feed is doing.
func FeedHealth(f briefbot.Feed, now time.Time) string {
	next := "next check " + bot.Ago(f.NextCheck, now)
	switch {
	case !f.Enabled:
		return "disabled: " + firstNonEmpty(f.LastError, "by an admin")
	case f.Failures > 0:
		return fmt.Sprintf("failing since %s (%d tries): %s; %s", bot.Ago(f.FailingSince, now), f.Failures, f.LastError, next)
	case f.LastSuccess.IsZero():
		return "not checked yet; " + next
	}
	return "ok, last success " + bot.Ago(f.LastSuccess, now) + "; " + next
}

// Add follows a feed, due for its first check at once.
func (fa *Admin) Add(ctx context.Context, f briefbot.Feed) (bot.Message, error) {
	u, err := url.Parse(strings.TrimSpace(f.URL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return bot.Message{}, briefbot.Errorf(briefbot.EInvalid, "Give the feed's full address, like /feeds add https://example.com/rss.xml")
	}
	if f.Interval < 0 {
		return bot.Message{}, briefbot.Errorf(briefbot.EInvalid, "A feed's interval cannot be negative.")
	}
	now := fa.Now()
	f.URL, f.Enabled, f.Added, f.NextCheck = u.String(), true, now, now
	f, err = fa.Store.AddFeed(ctx, f)
	if err != nil {
		return bot.Message{}, err
	}
	return bot.Text(fmt.Sprintf("Following feed %d: %s. Its first check is within a minute; only items from the last 24 hours count as new.", f.ID, f.URL)), nil
}

func (fa *Admin) remove(ctx context.Context, arg string) (bot.Message, error) {
	id, err := strconv.ParseInt(arg, 10, 64)
	if err != nil || id <= 0 {
		return bot.Message{}, briefbot.Errorf(briefbot.EInvalid, "Give the feed's number from /feeds, like /feeds remove 3")
	}
	if err := fa.Store.RemoveFeed(ctx, id); err != nil {
		return bot.Message{}, err
	}
	return bot.Text(fmt.Sprintf("Stopped following feed %d. Its articles stay until retention removes them.", id)), nil
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

// Follow follows each of the feeds not followed yet, such as those a
// configuration lists, and leaves those followed already as they are.
func (fa *Admin) Follow(ctx context.Context, fs []briefbot.Feed) error {
	for _, f := range fs {
		if _, err := fa.Add(ctx, f); err != nil && briefbot.ErrorCode(err) != briefbot.EConflict {
			return fmt.Errorf("follow %s: %w", f.URL, err)
		}
	}
	return nil
}

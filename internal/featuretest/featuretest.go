// Package featuretest is, for the tests of the platform adapters and of
// the program, the chat as briefbot serves it: every feature's commands
// over a real store, and a store holding the bundled samples. Only tests
// import it.
package featuretest

import (
	"log/slog"
	"testing"
	"time"

	"briefbot"
	"briefbot/ask"
	"briefbot/bot"
	"briefbot/brief"
	"briefbot/digest"
	"briefbot/feeds"
	"briefbot/locale"
	"briefbot/samples"
	"briefbot/storage/sqlite"
	"briefbot/storage/teststore"
	"briefbot/topics"
)

// The brief's defaults, as the configuration's.
const (
	BriefWindow = 7 * 24 * time.Hour
	BriefItems  = 5
)

// Router is the chat's router over store, made as briefbot makes it:
// every feature's commands, and a reply to one of the bot's messages a
// question for /ask.
func Router(store briefbot.Store, now func() time.Time, log *slog.Logger) *bot.Router {
	matcher := topics.New(nil)
	briefer := &brief.Briefer{Store: store, Topics: matcher, Now: now, Window: BriefWindow, MaxItems: BriefItems}
	r := bot.NewRouter(log)
	r.Add(brief.Commands(briefer, store, log)...)
	r.Add(ask.Commands(&ask.Asker{Store: store, Memory: store, Topics: matcher, Now: now})...)
	r.Add(feeds.Commands(&feeds.Admin{Store: store, Now: now})...)
	r.Add(digest.Commands(&digest.Subscriber{Store: store, Digests: digest.Builder{Briefer: briefer}, Now: now})...)
	r.Add(locale.Commands(store)...)
	r.ChatLanguage = store.ChatLanguage
	r.FollowUp = "ask"
	return r
}

// SampleStore is a new store holding the bundled samples, with their own
// summaries, published before now and ingested at now.
func SampleStore(tb testing.TB, now time.Time) *sqlite.DB {
	tb.Helper()
	arts, err := samples.Articles(now)
	if err != nil {
		tb.Fatal(err)
	}
	return teststore.Holding(tb, now, arts...)
}

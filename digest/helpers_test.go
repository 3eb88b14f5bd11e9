package digest_test

import (
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/brief"
	"briefbot/digest"
	"briefbot/storage/sqlite"
	"briefbot/storage/teststore"
	"briefbot/topics"
)

// now is the fixed clock of the digest-building tests.
var now = time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)

// mustStore is a store holding arts, each ingested at now unless it says.
func mustStore(tb testing.TB, arts ...briefbot.Article) *sqlite.DB {
	tb.Helper()
	return teststore.Holding(tb, now, arts...)
}

// article is a story of the test wire published age before now.
func article(title, text string, age time.Duration) briefbot.Article {
	return briefbot.Article{
		Title: title, Text: text, Source: "Test Wire",
		URL:       "https://news.example/" + strings.ReplaceAll(strings.ToLower(title), " ", "-"),
		Published: now.Add(-age),
	}
}

// builder builds digests from db with the default brief settings.
func builder(db *sqlite.DB) digest.Builder {
	return digest.Builder{Briefer: &brief.Briefer{Store: db, Topics: topics.New(nil), Now: func() time.Time { return now }, Window: 7 * 24 * time.Hour, MaxItems: 5}}
}

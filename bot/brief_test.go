package bot_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/storage"
)

var now = time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)

func mustStore(tb testing.TB, arts ...briefbot.Article) *storage.DB {
	tb.Helper()
	db, err := storage.Open(context.Background(), filepath.Join(tb.TempDir(), "b.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	for _, a := range arts {
		a.Ingested = now
		if _, err := db.AddArticle(context.Background(), a); err != nil {
			tb.Fatal(err)
		}
	}
	return db
}

func article(title, text string, age time.Duration) briefbot.Article {
	return briefbot.Article{
		Title: title, Text: text, Source: "Test Wire",
		URL:       "https://news.example/" + strings.ReplaceAll(strings.ToLower(title), " ", "-"),
		Published: now.Add(-age),
	}
}

func briefer(db *storage.DB) *bot.Briefer {
	return &bot.Briefer{Store: db, Topics: bot.NewTopics(nil), Now: func() time.Time { return now }, Window: 7 * 24 * time.Hour, MaxItems: 5}
}

func TestBriefFindsFrenchStoryForEnglishTopic(t *testing.T) {
	db := mustStore(t,
		article("Sommet à Séoul", "Les dirigeants de la Corée du Sud et du Japon se sont réunis à Séoul.", 2*time.Hour),
		article("Storm in Brittany", "A storm cut power in Brittany.", 3*time.Hour),
	)
	br, err := briefer(db).Brief(context.Background(), "korea", 7*24*time.Hour, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(br.Stories) != 1 || br.Stories[0].Headline != "Sommet à Séoul" {
		t.Errorf("stories = %+v", br.Stories)
	}
}

func TestBriefWindowAndOlderStories(t *testing.T) {
	db := mustStore(t,
		article("Korea trade talks resume", "Korea and Japan resumed trade talks.", 10*24*time.Hour),
		article("Korea rail link opens", "A new rail link opened in Korea.", 20*24*time.Hour),
	)
	b := briefer(db)
	br, err := b.Brief(context.Background(), "korea", 3*24*time.Hour, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(br.Stories) != 0 || len(br.Older) != 2 || br.Older[0].Headline != "Korea trade talks resume" {
		t.Fatalf("stories=%d older=%+v", len(br.Stories), br.Older)
	}
	msg := bot.BriefMessage(br)
	if !strings.Contains(strings.Join(msg.Lines, " "), "No stories on \"korea\" in the last 3 days") || !msg.Items[0].Dated {
		t.Errorf("message = %+v", msg)
	}
	br, _ = b.Brief(context.Background(), "korea", 14*24*time.Hour, 5)
	if len(br.Stories) != 1 {
		t.Errorf("14-day window: %d stories, want 1", len(br.Stories))
	}
}

func TestBriefRanksFreshAndRelevantFirst(t *testing.T) {
	var arts []briefbot.Article
	for i := range 8 {
		arts = append(arts, article(fmt.Sprintf("Market note %d", i), fmt.Sprintf("Shares moved in Tokyo on day %d; Korea was mentioned once.", i), time.Duration(i+1)*time.Hour))
	}
	arts = append(arts, article("Korea elects new assembly", "Korea voted. Korean parties in Korea won seats across Korea.", 30*time.Hour))
	db := mustStore(t, arts...)
	br, err := briefer(db).Brief(context.Background(), "korea", 7*24*time.Hour, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(br.Stories) != 3 {
		t.Fatalf("got %d stories, want 3", len(br.Stories))
	}
	if br.Stories[0].Headline != "Korea elects new assembly" {
		t.Errorf("top story = %q, want the one about Korea", br.Stories[0].Headline)
	}
	for i := 1; i < len(br.Stories); i++ {
		if br.Stories[i].Score > br.Stories[i-1].Score {
			t.Errorf("stories not in score order: %v", br.Stories)
		}
	}
}

func TestBriefNothingAtAll(t *testing.T) {
	db := mustStore(t, article("Storm in Brittany", "A storm cut power in Brittany.", time.Hour))
	br, err := briefer(db).Brief(context.Background(), "volcano", 7*24*time.Hour, 5)
	if err != nil {
		t.Fatal(err)
	}
	msg := bot.BriefMessage(br)
	if len(msg.Items) != 0 || !strings.Contains(strings.Join(msg.Lines, " "), "nothing on it") {
		t.Errorf("message = %+v", msg)
	}
}

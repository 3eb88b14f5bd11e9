package main

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/storage/postgres/pgtest"
	"briefbot/storage/teststore"
)

// TestMigrateStoreToPostgresAndBack copies a SQLite database into
// PostgreSQL and that into a new SQLite file: each holds what the first
// did, and answers a brief alike.
func TestMigrateStoreToPostgresAndBack(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	file, back := filepath.Join(dir, "briefbot.db"), filepath.Join(dir, "back.db")
	if _, errs, code := runCLI(t, map[string]string{"BRIEFBOT_DB": file}, "", "samples", "load"); code != 0 {
		t.Fatalf("samples load: %s", errs)
	}
	chat := briefbot.ChatRef{Platform: "telegram", ID: "42"}
	fillChat(t, file, chat)
	want := briefOn(t, file)
	url := pgtest.NewDatabase(t)

	for _, step := range []struct{ from, to string }{{file, url}, {url, back}} {
		out, errs, code := runCLI(t, nil, "", "migrate-store", step.from, step.to)
		if code != 0 || !strings.Contains(out, "articles: ") {
			t.Fatalf("migrate-store %s %s: exit %d: %s%s", step.from, step.to, code, out, errs)
		}
		if got := briefOn(t, step.to); got != want {
			t.Errorf("brief korea on the copy in %s:\n%s\nwant, as on the first database:\n%s", step.to, got, want)
		}
	}
	pg := pgtest.OpenURL(t, url)
	checkChat(t, pg, chat)
	checkChat(t, teststore.OpenPath(t, back), chat)
	id, err := pg.AddArticle(ctx, briefbot.Article{Title: "New", Text: "Stored after the copy.", Ingested: fixedNow})
	if err != nil || id.ID <= int64(len(allArticles(t, pg))-1) {
		t.Errorf("an article stored after the copy got id %d (%v), want one above every copied id", id.ID, err)
	}
	if _, errs, code := runCLI(t, nil, "", "migrate-store", file, url); code == 0 || !strings.Contains(errs, "new, empty database") {
		t.Errorf("migrate-store into a database with articles: exit %d, %q; want a refusal", code, errs)
	}
}

// fillChat gives a chat of the database at path a feed with an item
// taken, a subscription, its settings and a question remembered.
func fillChat(t *testing.T, path string, chat briefbot.ChatRef) {
	ctx := context.Background()
	db := teststore.OpenPath(t, path)
	defer db.Close()
	f, err := db.AddFeed(ctx, briefbot.Feed{URL: "https://wire.example/rss", Name: "Wire", Enabled: true, Added: fixedNow})
	mustDo(t, err)
	mustDo(t, db.MarkItemsSeen(ctx, f.ID, []string{"item-1"}, fixedNow))
	_, err = db.Subscribe(ctx, briefbot.Subscription{Chat: chat, Topic: "korea", LocalTime: "07:00", Zone: "Asia/Seoul", Created: fixedNow})
	mustDo(t, err)
	mustDo(t, db.SetChatZone(ctx, chat, "Asia/Seoul"))
	mustDo(t, db.SetChatLanguage(ctx, chat, "fr"))
	mustDo(t, db.RememberTurn(ctx, chat, briefbot.Turn{Question: "who?", Answer: "Kim.", At: fixedNow}))
}

// checkChat checks that a copy holds what fillChat stored.
func checkChat(t *testing.T, s briefbot.Store, chat briefbot.ChatRef) {
	t.Helper()
	ctx := context.Background()
	feeds, err := s.Feeds(ctx)
	if err != nil || len(feeds) != 1 || feeds[0].Name != "Wire" {
		t.Fatalf("feeds %+v, %v; want the one feed", feeds, err)
	}
	if unseen, _ := s.UnseenItems(ctx, feeds[0].ID, []string{"item-1", "item-2"}); !slices.Equal(unseen, []string{"item-2"}) {
		t.Errorf("unseen items %q, want only item-2: the copy forgot the item taken", unseen)
	}
	subs, _ := s.Subscriptions(ctx, chat)
	zone, _ := s.ChatZone(ctx, chat)
	lang, _ := s.ChatLanguage(ctx, chat)
	if len(subs) != 1 || subs[0].Zone != "Asia/Seoul" || zone != "Asia/Seoul" || lang != "fr" {
		t.Errorf("subscriptions %+v, zone %q, language %q; want the chat's as stored", subs, zone, lang)
	}
	if m, _ := s.Recall(ctx, chat, fixedNow.Add(time.Hour)); len(m.Turns) != 1 || m.Turns[0].Answer != "Kim." {
		t.Errorf("memory %+v, want the question remembered", m)
	}
}

// briefOn is the brief on korea from the database target.
func briefOn(t *testing.T, target string) string {
	t.Helper()
	out, errs, code := runCLI(t, map[string]string{"BRIEFBOT_DB": target}, "", "brief", "korea")
	if code != 0 || !strings.Contains(out, "Korea") {
		t.Fatalf("brief korea on %s: exit %d: %s%s", target, code, out, errs)
	}
	return out
}

func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

package digest_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/digest"
)

// A digest is written in its chat's language: the one it chose, else the
// one it read when it subscribed.
func TestADigestIsInItsChatsLanguage(t *testing.T) {
	db := mustOpen(t, dbPath(t))
	subscribe := func(chat briefbot.ChatRef, lang string) {
		_, err := db.Subscribe(context.Background(), briefbot.Subscription{Chat: chat, Topic: "korea",
			LocalTime: "07:00", Zone: "Europe/Paris", Created: created, Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
	}
	subscribe(chatN(1), "fr") // subscribed in French
	subscribe(chatN(2), "fr") // then chose English
	subscribe(chatN(3), "")   // before subscriptions kept their language
	if err := db.SetChatLanguage(context.Background(), chatN(2), "en"); err != nil {
		t.Fatal(err)
	}
	clock := &fakeClock{now: at0700}
	p := newPlatform(clock)
	if err := newScheduler(db, p, clock).Tick(context.Background(), clock.Now()); err != nil {
		t.Fatal(err)
	}
	titles := map[briefbot.ChatRef]string{}
	for _, s := range p.sent {
		titles[s.chat] = s.topic
	}
	for chat, want := range map[briefbot.ChatRef]string{
		chatN(1): "Votre revue Korea : 1 sujet depuis lun. 1 juin 07:00",
		chatN(2): "Your Korea digest: 1 story since Mon 1 Jun 07:00",
		chatN(3): "Your Korea digest: 1 story since Mon 1 Jun 07:00",
	} {
		if got := titles[chat]; got != want {
			t.Errorf("%s got %q, want %q", chat, got, want)
		}
	}
}

func TestDigestMessageInFrench(t *testing.T) {
	story := briefbot.Story{Headline: "Seoul opens a subway line", Summary: briefbot.Summary{Where: []string{"Seoul"}, Lang: "en"}}
	d := digest.Digest{Sub: briefbot.Subscription{Topic: "korea"}, Since: now.Add(-24 * time.Hour), Until: now, Stories: []briefbot.Story{story}}
	msg, ok := digest.DigestMessage(d, time.UTC, "fr")
	if !ok || msg.Lang != "fr" || msg.Title != "Votre revue Korea : 1 sujet depuis dim. 3 mai 12:00" {
		t.Fatalf("DigestMessage = %+v, %v; want the French title", msg, ok)
	}
	if it := msg.Items[0]; it.Headline != "Seoul opens a subway line (en)" || it.Summary.Where[0] != "Séoul" {
		t.Errorf("story %+v, want it marked (en), its place in French", it)
	}
	if got := strings.Join(msg.Footer, " "); got != "/unsubscribe korea arrête cette revue." {
		t.Errorf("footer %q", got)
	}
	d.Stories, d.Sub.NotifyEmpty = nil, true
	if msg, _ := digest.DigestMessage(d, time.UTC, "fr"); msg.Plain() != "\nVotre revue korea : rien de nouveau depuis dim. 3 mai 12:00.\n" || msg.Lang != "fr" {
		t.Errorf("an empty digest in French: %q", msg.Plain())
	}
}

// A scheduler's Rewrite sees each digest once built, in its chat's
// language, and what it writes is what the chat gets.
func TestRewriteChangesTheDigestSent(t *testing.T) {
	db := mustOpen(t, dbPath(t))
	for i, lang := range []string{"fr", "en"} {
		_, err := db.Subscribe(context.Background(), briefbot.Subscription{Chat: chatN(i + 1), Topic: "korea",
			LocalTime: "07:00", Zone: "Europe/Paris", Created: created, Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
	}
	clock := &fakeClock{now: at0700}
	p := newPlatform(clock)
	s := newScheduler(db, p, clock)
	s.Rewrite = func(ctx context.Context, msg *bot.Message) { msg.Title = "[" + msg.Lang + "] " + msg.Title }
	if err := s.Tick(context.Background(), clock.Now()); err != nil {
		t.Fatal(err)
	}
	titles := map[briefbot.ChatRef]string{}
	for _, m := range p.sent {
		titles[m.chat] = m.topic
	}
	for chat, want := range map[briefbot.ChatRef]string{
		chatN(1): "[fr] Votre revue Korea : 1 sujet depuis lun. 1 juin 07:00",
		chatN(2): "[en] Your Korea digest: 1 story since Mon 1 Jun 07:00",
	} {
		if got := titles[chat]; got != want {
			t.Errorf("%s got %q, want %q", chat, got, want)
		}
	}
}

package telegram_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/storage/teststore"
)

// addFrenchStory stores a French story on Korea, with its summary.
func addFrenchStory(t *testing.T, h *harness) {
	t.Helper()
	a := briefbot.Article{Title: "Séoul accueille un sommet sur les semi-conducteurs", Lang: "fr",
		Source: "Le Courrier", URL: "https://example.fr/sommet-seoul", Published: chatNow.Add(-time.Hour), Ingested: chatNow,
		Text: "Séoul accueille lundi un sommet sur les semi-conducteurs, a annoncé le gouvernement sud-coréen.",
		Summary: briefbot.Summary{Who: []string{"Han Duck-soo"}, What: "Séoul accueille un sommet", Where: []string{"Séoul", "Corée du Sud"},
			WhenText: "lundi", Summary: "Séoul accueille lundi un sommet sur les semi-conducteurs.", Lang: "fr"}}
	if _, err := h.store.AddArticle(context.Background(), teststore.Keyed(a)); err != nil {
		t.Fatal(err)
	}
}

// A Telegram user reads briefbot in the language their Telegram is set to
// until the chat chooses one with /language; a French story in an English
// chat is marked (fr) and its places named in English.
func TestAChatReadsItsLanguage(t *testing.T) {
	h := newHarness(t)
	addFrenchStory(t, h)
	const ana, bo = 21, 22
	h.fake.SayIn("fr-FR", ana, "private", ana, "/brief korea", 0)
	h.step(t)
	sent := h.sent()
	if len(sent) != 1 {
		t.Fatalf("%d replies to the brief, want 1", len(sent))
	}
	fr := sent[0].Form.Get("text")
	for _, want := range []string{"<b>Korea : ", "<i>Qui : Han Duck-soo", "Où : Séoul, Corée du Sud · Quand : lundi</i>", "Source : "} {
		if !strings.Contains(fr, want) {
			t.Errorf("a French user's brief has no %q:\n%s", want, fr)
		}
	}
	if strings.Contains(fr, "(fr)") || strings.Contains(fr, "Who: ") {
		t.Errorf("a French user's brief marks French stories or labels them in English:\n%s", fr)
	}
	if got := labels(sent[0]); got != "Plus,Sources,Chaque jour" {
		t.Errorf("buttons %q, want them in French", got)
	}

	h.fake.SayIn("fr", ana, "private", ana, "/language en", 0)
	h.fake.SayIn("fr", ana, "private", ana, "/brief korea", 0)
	got := h.replies(t)
	if len(got) != 2 || got[0] != "This chat now reads briefbot in English." {
		t.Fatalf("/language en then /brief: %q", got)
	}
	for _, want := range []string{"<b>Korea: ", "<i>Who: Han Duck-soo", "Where: Seoul, South Korea · When: Monday</i>", "semi-conducteurs (fr)</b>"} {
		if !strings.Contains(got[1], want) {
			t.Errorf("the brief after /language en has no %q:\n%s", want, got[1])
		}
	}

	h.fake.SayIn("en-US", bo, "private", bo, "/brief korea", 0)
	h.fake.SayIn("de", bo, "private", bo, "/help", 0) // a language briefbot does not speak: English
	got = h.replies(t)
	if len(got) != 2 || !strings.Contains(got[0], "Where: Seoul, South Korea") || !strings.Contains(got[1], "list the commands") {
		t.Errorf("an English user's brief and a German user's help: %q", got)
	}
}

// In a group, a member who does not administer it cannot change its
// language; an administrator can, for everyone in it.
func TestAGroupsLanguageNeedsAnAdmin(t *testing.T) {
	h := newHarness(t)
	addFrenchStory(t, h)
	const group = -400
	const admin, member = 10, 11
	h.fake.AddChannel(group, "newsroom", map[int64]string{admin: "administrator", member: "member"})

	h.fake.SayIn("fr", group, "supergroup", member, "/language fr", 0)
	h.fake.SayIn("en", group, "supergroup", admin, "/language fr", 0)
	h.fake.SayIn("en", group, "supergroup", member, "/brief korea", 0)
	got := h.replies(t)
	if len(got) != 3 {
		t.Fatalf("%d replies, want 3: %q", len(got), got)
	}
	if want := "Seuls les administrateurs de ce groupe peuvent changer sa langue."; got[0] != want {
		t.Errorf("the member's change: %q, want %q", got[0], want)
	}
	if want := "Cette discussion lit désormais briefbot en français."; got[1] != want {
		t.Errorf("the admin's change: %q, want %q", got[1], want)
	}
	if !strings.Contains(got[2], "<i>Qui : ") {
		t.Errorf("an English member's brief in the French group:\n%s", got[2])
	}
}

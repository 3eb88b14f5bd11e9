package locale_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/ask"
	"briefbot/bot"
	"briefbot/bot/console"
	"briefbot/ingest"
	"briefbot/internal/featuretest"
	"briefbot/storage/teststore"
	"briefbot/summarize"
)

var now = time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)

// seedPath is a real French article: Park Jin meets Antony Blinken and
// Yoko Kamikawa in New York, États-Unis, "le 22 septembre".
var seedPath = filepath.Join("..", "..", "shared", "seeds", "000_1eee83dda02d9031.txt")

// seedChat is the chat as briefbot serves it over a store holding the
// seed, read as `briefbot ingest` reads a file: through the ingest
// pipeline and the real summarizer.
type seedChat struct {
	t      *testing.T
	store  briefbot.Store
	router bot.Handler
}

func newSeedChat(t *testing.T) *seedChat {
	t.Helper()
	if _, err := os.Stat(seedPath); errors.Is(err, fs.ErrNotExist) {
		t.Skip("seed file not present")
	}
	store := teststore.Open(t)
	in := &ingest.Ingester{Store: store, Summarizer: summarize.New(), Clean: summarize.Clean,
		DeriveTitle: summarize.DeriveTitle, Now: func() time.Time { return now }}
	rep, err := in.IngestPaths(context.Background(), []string{seedPath}, nil, ingest.Options{})
	if err != nil || rep.Added != 1 {
		t.Fatalf("ingest the seed: %+v, %v", rep, err)
	}
	return &seedChat{t: t, store: store, router: featuretest.Router(store, func() time.Time { return now }, nil)}
}

// say sends text as req would and returns the reply as the console
// writes it.
func (c *seedChat) say(req bot.Request, text string) string {
	c.t.Helper()
	req.Text = text
	var out bytes.Buffer
	if err := console.Render(&out, c.router.Handle(context.Background(), req)); err != nil {
		c.t.Fatal(err)
	}
	return out.String()
}

// contains fails unless got holds each of want.
func contains(t *testing.T, what, got string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s: no %q in\n%s", what, w, got)
		}
	}
}

// lacks fails when got holds any of unwanted.
func lacks(t *testing.T, what, got string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if strings.Contains(got, w) {
			t.Errorf("%s: %q in\n%s", what, w, got)
		}
	}
}

var operator = bot.Request{Chat: console.Chat, UserID: "console", Admin: true}

// The French seed read in English: its places and date in English, the
// story marked (fr), its What and summary as written; then in French.
func TestTheSeedInEachLanguage(t *testing.T) {
	c := newSeedChat(t)
	contains(t, "/language en", c.say(operator, "/language en"), "This chat now reads briefbot in English.")
	en := c.say(operator, "/brief korea")
	contains(t, "/brief korea in English", en,
		"Korea: 1 story from the last 7 days",
		"(fr)\n",
		"Who: Park Jin",
		"What: Les diplomates s'étaient mis d'accord", // the What stays in its language
		"Where: New York, United States",
		"When: 22 September",
		"Le ministère sud-coréen des Affaires étrangères a annoncé", // and so does the summary
	)
	lacks(t, "/brief korea in English", en, "Where: New York, États-Unis", "When: le 22 septembre", "Qui :", "Où :")

	contains(t, "/language fr", c.say(operator, "/language fr"), "Cette discussion lit désormais briefbot en français.")
	fr := c.say(operator, "/brief korea")
	contains(t, "/brief korea in French", fr,
		"Korea : 1 sujet depuis 7 jours",
		"Qui : Park Jin",
		"Quoi : Les diplomates",
		"Où : New York, États-Unis",
		"Quand : le 22 septembre",
	)
	lacks(t, "/brief korea in French", fr, "(fr)", "United States", "Who:", "Where:", "22 September")
	contains(t, "/language", c.say(operator, "/language"), "Cette discussion lit briefbot en français.", "/language en passe en anglais.")
	if got, _ := c.store.ChatLanguage(context.Background(), console.Chat); got != "fr" {
		t.Errorf("the console chat's language is stored as %q, want fr", got)
	}
}

// A chat that chose none reads its platform's language; its choice, once
// made, wins over its platform's.
func TestTheDefaultIsThePlatformsLanguage(t *testing.T) {
	c := newSeedChat(t)
	user := bot.Request{Chat: briefbot.ChatRef{Platform: "telegram", ID: "42"}, UserID: "42", Lang: "fr"}
	contains(t, "a French user's brief", c.say(user, "/brief korea"), "Qui : Park Jin", "Où : New York, États-Unis")
	contains(t, "a French user's /language", c.say(user, "/language"), "Cette discussion lit briefbot en français.")
	contains(t, "/language en", c.say(user, "/language english"), "This chat now reads briefbot in English.")
	contains(t, "then the brief", c.say(user, "/brief korea"), "Who: Park Jin", "Where: New York, United States")

	other := bot.Request{Chat: briefbot.ChatRef{Platform: "telegram", ID: "43"}, UserID: "43"}
	contains(t, "a user whose platform tells no language", c.say(other, "/brief korea"), "Who: Park Jin")

	// A subscription keeps the language it was made in, for its digests.
	french := bot.Request{Chat: briefbot.ChatRef{Platform: "telegram", ID: "44"}, UserID: "44", Lang: "fr"}
	contains(t, "a French user's /subscribe", c.say(french, "/subscribe korea 07:00"), "Abonné à korea : chaque jour à 07:00 UTC.")
	subs, err := c.store.Subscriptions(context.Background(), french.Chat)
	if err != nil || len(subs) != 1 || subs[0].Lang != "fr" {
		t.Errorf("the French user's subscriptions %+v, %v; want korea, in French", subs, err)
	}
}

// In a group only its administrators change its language; anyone reads it.
func TestOnlyAGroupsAdminsChangeItsLanguage(t *testing.T) {
	c := newSeedChat(t)
	group := briefbot.ChatRef{Platform: "telegram", ID: "-100"}
	member := bot.Request{Chat: group, UserID: "11", Shared: true, Lang: "en",
		ChatAdmin: func(context.Context) (bool, error) { return false, nil }}
	admin := member
	admin.UserID, admin.ChatAdmin = "10", func(context.Context) (bool, error) { return true, nil }
	broken := member
	broken.ChatAdmin = func(context.Context) (bool, error) { return false, errors.New("Bot API down") }

	contains(t, "a member's change", c.say(member, "/language fr"), "Only this group's administrators may change its language.")
	contains(t, "a failed lookup", c.say(broken, "/language fr"), "Something went wrong")
	if got, _ := c.store.ChatLanguage(context.Background(), group); got != "" {
		t.Fatalf("the group's language is %q after a member's change, want none", got)
	}
	contains(t, "a member's read", c.say(member, "/language"), "This chat reads briefbot in English.")
	contains(t, "the admin's change", c.say(admin, "/language fr"), "Cette discussion lit désormais briefbot en français.")
	contains(t, "the member's brief after it", c.say(member, "/brief korea"), "Qui : Park Jin")
	contains(t, "a member's change, in French", c.say(member, "/language en"), "Seuls les administrateurs de ce groupe peuvent changer sa langue.")
}

func TestLanguageRefusesOneItDoesNotSpeak(t *testing.T) {
	c := newSeedChat(t)
	for _, arg := range []string{"de", "klingon", "en fr"} {
		contains(t, "/language "+arg, c.say(operator, "/language "+arg), "I speak English (/language en), French (/language fr).")
	}
	if got, _ := c.store.ChatLanguage(context.Background(), console.Chat); got != "" {
		t.Errorf("the language is %q after refused changes, want none", got)
	}
	for arg, want := range map[string]string{"FR": "fr", "fr-CA": "fr", "Français": "fr", "anglais": "en"} {
		c.say(operator, "/language "+arg)
		if got, _ := c.store.ChatLanguage(context.Background(), console.Chat); got != want {
			t.Errorf("/language %s set %q, want %q", arg, got, want)
		}
	}
}

// Every command /help lists has its one line in French too.
func TestEveryCommandHasItsFrenchHelp(t *testing.T) {
	r := featuretest.Router(teststore.Open(t), func() time.Time { return now }, nil)
	fr := bot.LabelsFor("fr")
	for _, c := range r.Commands() {
		if fr.HelpOf(c) == c.Help {
			t.Errorf("/%s has no French help", c.Name)
		}
	}
	help := r.Handle(context.Background(), bot.Request{Chat: console.Chat, Text: "/help", Lang: "fr"})
	if got := help.Plain(); !strings.Contains(got, "/language [en|fr] — la langue de cette discussion") {
		t.Errorf("French /help:\n%s", got)
	}
}

// An answer's own words are the chat's; ask.AnswerMessage is English.
func TestAnAnswerInEachLanguage(t *testing.T) {
	if got := ask.AnswerMessage(ask.Answer{}).Plain(); !strings.Contains(got, ask.Unknown) {
		t.Errorf("an unknown answer in English: %q, want %q", got, ask.Unknown)
	}
	fr := ask.AnswerMessageIn(ask.Answer{}, "fr")
	if got := fr.Plain(); fr.Lang != "fr" || !strings.Contains(got, "Je ne sais pas") || !strings.Contains(got, "Essayez d'abord /brief") {
		t.Errorf("an unknown answer in French: %q", got)
	}
	known := ask.Answer{Topic: "korea", Quotes: []ask.Quote{{Sentence: "Park Jin a rencontré Antony Blinken.",
		Article: briefbot.Article{ID: 1, Source: "Wikinews", Published: time.Date(2023, 9, 23, 0, 0, 0, 0, time.UTC)}}}}
	if got := ask.AnswerMessageIn(known, "fr").Plain(); !strings.Contains(got, "[1] — Wikinews, 23 sept. 2023") {
		t.Errorf("a citation in French: %q", got)
	}
}

package discord_test

// The adapter answering through the chat's real features (brief, ask,
// digest, feeds, topics) on a real store holding the bundled samples, over
// the real discordgo client and the fake Discord: what a Discord user sees.

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/bot/discord"
	"briefbot/bot/discord/discordtest"
	"briefbot/ingest"
	"briefbot/internal/featuretest"
	"briefbot/internal/testclock"
	"briefbot/samples"
	"briefbot/storage/teststore"
	"briefbot/summarize"
)

// chatNow is where the clock of the feature tests starts.
var chatNow = time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)

// The settings the feature tests run with: the configuration's defaults.
const (
	perMinute = 20
)

// harness is a bot over the fake Discord answering through the chat's
// features, each user's /brief and /ask limited per minute.
type harness struct {
	*running
	store   briefbot.Store
	clock   *testclock.Clock
	handler bot.Handler
	logs    *syncWriter // the bot's and the features' log
}

func newHarness(t *testing.T, o discord.Options) *harness {
	t.Helper()
	h := &harness{store: sampleStore(t), clock: testclock.New(chatNow), logs: &syncWriter{}}
	fake := discordtest.New(t, discordtest.Options{Guilds: []discordtest.Guild{server()}})
	log := slog.New(slog.NewTextHandler(h.logs, nil))
	h.handler = bot.Limited(featuretest.Router(h.store, h.clock.Now, log), bot.NewLimiter(perMinute, h.clock.Now))
	o.Admins, o.Chats, o.Log = []string{adminID}, h.store, log
	h.running = serve(t, fake, h.handler, o)
	return h
}

// syncWriter is a log buffer the bot's goroutines share.
type syncWriter struct {
	mu sync.Mutex
	w  bytes.Buffer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func (s *syncWriter) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.String()
}

// sampleStore is a new store holding the bundled samples, published
// before chatNow, summarized as briefbot ingests them.
func sampleStore(t *testing.T) briefbot.Store {
	t.Helper()
	arts, err := summarized(t)
	if err != nil {
		t.Fatal(err)
	}
	db := teststore.Open(t)
	if _, err := db.AddArticles(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	return db
}

// summarized are the samples as briefbot ingests them, summarized once
// for all the tests.
var summarized = func() func(t *testing.T) ([]briefbot.Article, error) {
	var once sync.Once
	var arts []briefbot.Article
	var err error
	return func(t *testing.T) ([]briefbot.Article, error) {
		once.Do(func() { arts, err = ingestSamples(t) })
		return arts, err
	}
}()

func ingestSamples(t *testing.T) ([]briefbot.Article, error) {
	arts, err := samples.Articles(chatNow)
	if err != nil {
		return nil, err
	}
	db := teststore.Open(t)
	in := &ingest.Ingester{Store: db, Summarizer: summarize.New(), Clean: summarize.Clean, DeriveTitle: summarize.DeriveTitle,
		Now: func() time.Time { return chatNow }}
	if _, err := in.IngestArticles(context.Background(), arts); err != nil {
		return nil, err
	}
	return db.RecentArticles(context.Background(), time.Time{}, len(arts)+1)
}

// command runs a slash command from at and returns the bot's calls that
// answer it: its callback, then its edits and follow-ups.
func (h *harness) command(t *testing.T, at discordtest.Origin, name string, opts ...discordtest.Option) []discordtest.Call {
	t.Helper()
	ix := h.fake.Command(at, name, opts...)
	h.settle(t, ix)
	return h.answers(ix)
}

// press presses the button labelled label on the message and returns the
// calls that answer it.
func (h *harness) press(t *testing.T, at discordtest.Origin, messageID string, m discordtest.Message, label string) []discordtest.Call {
	t.Helper()
	ix := h.fake.Press(at, messageID, customID(t, m, label))
	h.settle(t, ix)
	return h.answers(ix)
}

// answers are the calls about the interaction, taken.
func (h *harness) answers(ix discordtest.Interaction) []discordtest.Call {
	var out []discordtest.Call
	for _, c := range h.fake.Took(discordtest.RouteCallback, discordtest.RouteWebhookEdit, discordtest.RouteFollowup, discordtest.RouteWebhookDelete) {
		if c.Interaction == ix.ID {
			out = append(out, c)
		}
	}
	return out
}

// customID is the custom id of the button labelled label on m.
func customID(t *testing.T, m discordtest.Message, label string) string {
	t.Helper()
	for _, row := range m.Components {
		for _, b := range row.Components {
			if b.Label == label {
				return b.CustomID
			}
		}
	}
	t.Fatalf("no button %q on %q: %+v", label, m.Content, m.Components)
	return ""
}

// labels are the labels of m's buttons.
func labels(m discordtest.Message) string {
	var out []string
	for _, row := range m.Components {
		for _, b := range row.Components {
			out = append(out, b.Label)
		}
	}
	return strings.Join(out, ",")
}

// quiet fails the test for a message that may ping someone.
func quiet(t *testing.T, c discordtest.Call) {
	t.Helper()
	am := c.Message().AllowedMentions
	if am == nil || am.Parse == nil || len(am.Parse) != 0 || len(am.Users) != 0 || len(am.Roles) != 0 || am.RepliedUser {
		t.Errorf("%s: allowed_mentions %+v, want none", c.Route, am)
	}
}

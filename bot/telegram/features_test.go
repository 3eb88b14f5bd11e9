package telegram_test

// The adapter answering through the chat's real features (brief, ask,
// digest, feeds, topics) on a real store holding the bundled samples, over
// the real Bot API client and the fake Bot API: what a Telegram user sees.

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/bot/telegram"
	"briefbot/bot/telegram/telegramtest"
	"briefbot/internal/featuretest"
	"briefbot/internal/testclock"
)

// chatNow is where the clock of the feature tests starts.
var chatNow = time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)

// The settings the feature tests run with: the configuration's defaults.
const (
	perMinute = 20 // each user's /brief and /ask a minute
)

// botAdmin is the one user the bot takes as its admin.
const botAdmin = 7

// harness is a connected bot over the fake Bot API that answers through
// the chat's features, each user's /brief and /ask limited per minute.
type harness struct {
	fake    *telegramtest.Fake
	store   briefbot.Store
	clock   *testclock.Clock
	waits   *waitLog // the bot's waits; none is held
	bot     *telegram.Bot
	handler bot.Handler
	logs    *bytes.Buffer // the bot's and the features' log
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	h := &harness{fake: telegramtest.New(t), store: featuretest.SampleStore(t, chatNow), clock: testclock.New(chatNow),
		waits: newWaitLog(false), logs: &bytes.Buffer{}}
	log := slog.New(slog.NewTextHandler(h.logs, nil))
	h.bot = connect(t, h.fake, telegram.Options{Sleep: h.waits.sleep, Now: h.clock.Now,
		Admins: []int64{botAdmin}, Chats: h.store, Log: log})
	h.handler = bot.Limited(featuretest.Router(h.store, h.clock.Now, log), bot.NewLimiter(perMinute, h.clock.Now))
	return h
}

// step has the bot read and answer one batch of updates.
func (h *harness) step(t *testing.T) {
	t.Helper()
	step(t, h.bot, h.handler)
}

// sent returns the messages sent since the last call.
func (h *harness) sent() []telegramtest.Call { return h.fake.Took("sendMessage") }

// replies answers one batch of updates and returns the texts sent, as
// they were sent (HTML).
func (h *harness) replies(t *testing.T) []string {
	t.Helper()
	h.step(t)
	var out []string
	for _, c := range h.sent() {
		out = append(out, c.Form.Get("text"))
	}
	return out
}

// subscribedTopics lists the topics a Telegram chat subscribes to.
func (h *harness) subscribedTopics(t *testing.T, chat int64) []string {
	t.Helper()
	subs, err := h.store.Subscriptions(context.Background(), telegram.ChatRef(chat))
	if err != nil {
		t.Fatal(err)
	}
	var topics []string
	for _, s := range subs {
		topics = append(topics, s.Topic)
	}
	return topics
}

// zone is a Telegram chat's time zone.
func (h *harness) zone(t *testing.T, chat int64) string {
	t.Helper()
	z, err := h.store.ChatZone(context.Background(), telegram.ChatRef(chat))
	if err != nil {
		t.Fatal(err)
	}
	return z
}

// button is the data of the button labelled label under a message sent;
// the test fails when there is none.
func button(t *testing.T, c telegramtest.Call, label string) string {
	t.Helper()
	for _, b := range c.Buttons() {
		if b.Text == label {
			return b.Data
		}
	}
	t.Fatalf("no button %q under %.60q: %v", label, c.Form.Get("text"), c.Buttons())
	return ""
}

// labels are the labels of the buttons under a message sent.
func labels(c telegramtest.Call) string {
	var out []string
	for _, b := range c.Buttons() {
		out = append(out, b.Text)
	}
	return strings.Join(out, ",")
}

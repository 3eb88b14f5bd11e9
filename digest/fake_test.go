package digest_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/digest"
	"briefbot/storage/sqlite"
	"briefbot/storage/teststore"
)

// fakeClock stands still until Sleep moves it on.
type fakeClock struct{ now time.Time }

func (c *fakeClock) Now() time.Time { return c.now }

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.now = c.now.Add(d)
	return ctx.Err()
}

// oneStory builds a digest of one story whatever the topic.
type oneStory struct{}

func (oneStory) Digest(_ context.Context, s briefbot.Subscription, now time.Time) (digest.Digest, error) {
	story := briefbot.Story{ID: 1, Headline: "News on " + s.Topic}
	return digest.Digest{Sub: s, Since: now.Add(-24 * time.Hour), Until: now, Stories: []briefbot.Story{story}}, nil
}

// telegramLimits are Telegram's sending limits, which the fake platform
// enforces: 30 messages a second, one a second per chat, 20 a minute per
// group (negative ids).
var telegramLimits = bot.Limits{
	Overall:  bot.Rate{N: 30, Per: time.Second},
	PerChat:  bot.Rate{N: 1, Per: time.Second},
	PerGroup: bot.Rate{N: 20, Per: time.Minute},
	IsGroup:  func(c briefbot.ChatRef) bool { return strings.HasPrefix(c.ID, "-") },
}

// platform is a fake Telegram: it records every message with the fake
// clock's time, answers 429 with retry_after when a limit is broken or
// when told to, and 403 for the chats in gone.
type platform struct {
	clock      *fakeClock
	limits     bot.Limits
	sent       []sent
	tried      map[briefbot.ChatRef]int
	gone       map[briefbot.ChatRef]bool
	throttleAt map[int]time.Duration // n-th call → retry_after
	failAt     map[int]string        // n-th call → a failure of that kind (Unknown: the part arrives, its answer is lost)
	partsOf    map[string]int        // a digest's title → the parts it is sent as
	violations int
	all        []time.Time
	byChat     map[briefbot.ChatRef][]time.Time
	calls      int
}

type sent struct {
	chat  briefbot.ChatRef
	topic string
	part  int
	at    time.Time
}

func newPlatform(clock *fakeClock) *platform {
	return &platform{clock: clock, limits: telegramLimits, tried: map[briefbot.ChatRef]int{},
		gone: map[briefbot.ChatRef]bool{}, byChat: map[briefbot.ChatRef][]time.Time{}, throttleAt: map[int]time.Duration{},
		failAt: map[int]string{}, partsOf: map[string]int{}}
}

// Send sends msg as partsOf[msg.Title] parts (one by default), each with
// the tracker's calls around it, as a real platform does.
func (p *platform) Send(ctx context.Context, chat briefbot.ChatRef, msg bot.Message, t bot.Tracker) error {
	parts := max(p.partsOf[msg.Title], 1)
	for part := t.From(); part < parts; part++ {
		if err := t.Sending(ctx, part, parts); err != nil {
			return err
		}
		if err := p.sendPart(chat, msg, part); err != nil {
			return err
		}
		if err := t.Sent(ctx, part); err != nil {
			return err
		}
	}
	return nil
}

// sendPart records one part, or fails it as told or as Telegram would.
func (p *platform) sendPart(chat briefbot.ChatRef, msg bot.Message, part int) error {
	p.calls++
	p.tried[chat]++
	if d, ok := p.throttleAt[p.calls]; ok {
		return &bot.SendError{Kind: bot.RetryLater, Part: part, RetryAfter: d, Err: errors.New("429 Too Many Requests")}
	}
	if kind, ok := p.failAt[p.calls]; ok {
		if kind == bot.Unknown {
			p.sent = append(p.sent, sent{chat: chat, topic: msg.Title, part: part, at: p.clock.Now()})
		}
		return &bot.SendError{Kind: kind, Part: part, Err: errors.New("injected failure")}
	}
	if p.gone[chat] {
		return &bot.SendError{Kind: bot.ChatGone, Part: part, Err: errors.New("403 Forbidden: bot was blocked by the user")}
	}
	now := p.clock.Now()
	if p.breaks(chat, now) {
		p.violations++
		return &bot.SendError{Kind: bot.RetryLater, Part: part, RetryAfter: time.Second, Err: errors.New("429 flood")}
	}
	p.sent = append(p.sent, sent{chat: chat, topic: msg.Title, part: part, at: now})
	return nil
}

// breaks reports whether a message to chat at now would break a limit:
// more than N in any window of Per (overall, per chat, per group).
func (p *platform) breaks(chat briefbot.ChatRef, now time.Time) bool {
	over := func(ts []time.Time, r bot.Rate) bool {
		return r.N > 0 && len(ts) >= r.N && now.Sub(ts[len(ts)-r.N]) < r.Per
	}
	mine := p.byChat[chat]
	group := p.limits.IsGroup(chat) && over(mine, p.limits.PerGroup)
	if over(p.all, p.limits.Overall) || over(mine, p.limits.PerChat) || group {
		return true
	}
	p.all = append(p.all, now)
	p.byChat[chat] = append(mine, now)
	return false
}

func mustOpen(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	return teststore.OpenPath(tb, path)
}

func mustSubscribe(tb testing.TB, db briefbot.SubscriptionStore, chat briefbot.ChatRef, topic, clock, zone string, created time.Time) briefbot.Subscription {
	tb.Helper()
	s, err := db.Subscribe(context.Background(), briefbot.Subscription{Chat: chat, Topic: topic, LocalTime: clock, Zone: zone, Created: created})
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func newScheduler(db digest.Store, p *platform, clock *fakeClock) *digest.Scheduler {
	return &digest.Scheduler{
		Store: db, Digests: oneStory{}, Sender: p, Clock: clock,
		Limits: map[string]bot.Limits{"telegram": telegramLimits},
	}
}

// countByTopic counts the messages each (chat, title) got.
func countByTopic(ss []sent) map[string]int {
	n := map[string]int{}
	for _, s := range ss {
		n[s.chat.String()+" "+s.topic]++
	}
	return n
}

func dbPath(tb testing.TB) string { return filepath.Join(tb.TempDir(), "digests.db") }

func chatN(i int) briefbot.ChatRef {
	return briefbot.ChatRef{Platform: "telegram", ID: fmt.Sprint(1000 + i)}
}

func sortedKeys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

package digest_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/digest"
	"briefbot/storage/sqlite"
	"briefbot/storage/teststore"
)

// fakeClock is a discrete-event clock. Goroutines it starts (Go: the
// fan-out's workers) take part: time stands still while any of them runs
// and, once each sleeps on it or has returned, jumps to the earliest
// wake-up. So work takes no time and every Sleep exactly its length, and
// concurrent workers whose platform calls take 150 ms each are simulated
// the same on any machine. Tests move it on between ticks by setting now;
// only goroutines it started may sleep on it.
type fakeClock struct {
	mu       sync.Mutex
	now      time.Time
	running  int // goroutines it started that neither sleep nor have returned
	sleepers []*sleeper
}

type sleeper struct {
	until time.Time
	ctx   context.Context
	wake  chan struct{}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Go runs f in a goroutine that takes part in the simulation.
func (c *fakeClock) Go(f func()) {
	c.mu.Lock()
	c.running++
	c.mu.Unlock()
	go func() {
		defer func() {
			c.mu.Lock()
			defer c.mu.Unlock()
			c.running--
			c.advance()
		}()
		f()
	}()
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	c.mu.Lock()
	s := &sleeper{until: c.now.Add(d), ctx: ctx, wake: make(chan struct{})}
	c.sleepers = append(c.sleepers, s)
	c.running--
	c.advance()
	c.mu.Unlock()
	select {
	case <-s.wake:
		return nil
	case <-ctx.Done():
		c.mu.Lock()
		defer c.mu.Unlock()
		if i := slices.Index(c.sleepers, s); i >= 0 { // not woken by time meanwhile
			c.sleepers = slices.Delete(c.sleepers, i, i+1)
			c.running++
		}
		return ctx.Err()
	}
}

// advance, with c.mu held, moves time on to the earliest wake-up and wakes
// the sleepers due then, once none of its goroutines runs.
func (c *fakeClock) advance() {
	if c.running > 0 || len(c.sleepers) == 0 {
		return
	}
	next := c.sleepers[0].until
	for _, s := range c.sleepers {
		if s.ctx.Err() != nil {
			return // it is waking up: it runs
		}
		if s.until.Before(next) {
			next = s.until
		}
	}
	if next.After(c.now) {
		c.now = next
	}
	c.sleepers = slices.DeleteFunc(c.sleepers, func(s *sleeper) bool {
		if s.until.After(c.now) {
			return false
		}
		close(s.wake)
		c.running++
		return true
	})
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
// They mirror bot/telegram's RateLimits.
var telegramLimits = bot.Limits{
	Overall:  bot.Rate{N: 30, Per: time.Second},
	PerChat:  bot.Rate{N: 1, Per: time.Second},
	PerGroup: bot.Rate{N: 20, Per: time.Minute},
	IsGroup:  func(c briefbot.ChatRef) bool { return strings.HasPrefix(c.ID, "-") },
}

// discordLimits are Discord's, as the Discord adapter declares them: 50
// requests a second per bot, and 5 messages per 5 s per channel.
var discordLimits = bot.Limits{
	Overall: bot.Rate{N: 50, Per: time.Second},
	PerChat: bot.Rate{N: 5, Per: 5 * time.Second},
}

// platform is a fake Telegram (or Discord, with its limits): it records
// every message with the fake clock's time as it arrives, answers 429 with
// retry_after when a limit is broken or when told to, and 403 for the
// chats in gone. Each call takes latency on the fake clock. It is safe
// for concurrent use, and counts the calls to a chat made while another
// to it is in flight.
type platform struct {
	clock      *fakeClock
	limits     bot.Limits
	latency    time.Duration
	mu         sync.Mutex
	sent       []sent
	tried      map[briefbot.ChatRef]int
	gone       map[briefbot.ChatRef]bool
	throttleAt map[int]time.Duration // n-th call → retry_after
	failAt     map[int]string        // n-th call → a failure of that kind (Unknown: the part arrives, its answer is lost)
	partsOf    map[string]int        // a digest's title → the parts it is sent as
	parts      func(bot.Message) int // when set, the parts a message is sent as, instead of partsOf
	violations int
	all        []time.Time
	byChat     map[briefbot.ChatRef][]time.Time
	calls      int
	inFlight   map[briefbot.ChatRef]int
	overlaps   int // calls to a chat while another to it was in flight
	calling    int // calls in flight
	maxCalling int // the most calls in flight at once
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
		failAt: map[int]string{}, partsOf: map[string]int{}, inFlight: map[briefbot.ChatRef]int{}}
}

// count is how many messages arrived.
func (p *platform) count() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.sent)
}

// Send sends msg as partsOf[msg.Title] parts (one by default; or as
// parts says), each with the tracker's calls around it, as a real
// platform does.
func (p *platform) Send(ctx context.Context, chat briefbot.ChatRef, msg bot.Message, t bot.Tracker) error {
	p.mu.Lock()
	parts := max(p.partsOf[msg.Title], 1)
	if p.parts != nil {
		parts = p.parts(msg)
	}
	p.mu.Unlock()
	for part := t.From(); part < parts; part++ {
		if err := t.Sending(ctx, part, parts); err != nil {
			return err
		}
		if err := p.call(ctx, chat, msg, part); err != nil {
			return err
		}
		if err := t.Sent(ctx, part); err != nil {
			return err
		}
	}
	return nil
}

// call sends one part, which takes latency: it arrives at once, and the
// answer comes after latency.
func (p *platform) call(ctx context.Context, chat briefbot.ChatRef, msg bot.Message, part int) error {
	p.mu.Lock()
	if p.inFlight[chat] > 0 {
		p.overlaps++
	}
	p.inFlight[chat]++
	p.calling++
	p.maxCalling = max(p.maxCalling, p.calling)
	err := p.sendPart(chat, msg, part)
	p.mu.Unlock()
	if p.latency > 0 {
		if serr := p.clock.Sleep(ctx, p.latency); serr != nil && err == nil {
			err = &bot.SendError{Kind: bot.Unknown, Part: part, Err: serr}
		}
	}
	p.mu.Lock()
	p.inFlight[chat]--
	p.calling--
	p.mu.Unlock()
	return err
}

// sendPart records one part, or fails it as told or as Telegram would;
// p.mu is held.
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
	group := p.limits.IsGroup != nil && p.limits.IsGroup(chat) && over(mine, p.limits.PerGroup)
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

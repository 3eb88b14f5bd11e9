package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/bot/console"
	"briefbot/digest"
	"briefbot/digest/cronticks"
)

// newScheduler builds the digest scheduler, which delivers through the
// platforms within their limits.
func (a *app) newScheduler(platforms ...bot.Platform) *digest.Scheduler {
	grace, lease := a.cfg.Digests.Durations()
	limits := map[string]bot.Limits{}
	for _, p := range platforms {
		limits[p.Name()] = p.Limits()
	}
	return &digest.Scheduler{
		Store: a.store, Digests: digest.Builder{Briefer: a.briefer}, Sender: bot.Senders(platforms...),
		Clock: envClock{now: a.env.Now}, Limits: limits,
		Grace: grace, Lease: lease,
		Log: a.log, Metrics: a.digestMetrics, OnPanic: a.metrics.Recovered,
	}
}

// startDigests delivers the daily digests in the background, through the
// platforms, until ctx is done: once at start-up (to catch up after
// downtime), then every minute, and as soon as the lease of a digest
// another process held expires (it died mid-digest). The returned function
// waits for the tick in flight.
func (a *app) startDigests(ctx context.Context, platforms ...bot.Platform) (wait func()) {
	s := a.newScheduler(platforms...)
	var mu sync.Mutex // ticks must not overlap
	takeovers := make(chan time.Time, 1)
	tick := func(ctx context.Context, _ time.Time) {
		mu.Lock()
		defer mu.Unlock()
		var err error
		if perr := briefbot.Contain("digests", func() { err = s.Tick(ctx, a.env.Now()) }); perr != nil {
			err = perr
		}
		if err != nil && !errors.Is(err, context.Canceled) {
			a.log.Error("digests", "err", err)
		}
		if at := s.NextTakeover(); !at.IsZero() {
			select {
			case takeovers <- at:
			default: // one is waiting already
			}
		}
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		tick(ctx, a.env.Now())
		if err := cronticks.Run(ctx, cronticks.EveryMinute, tick); err != nil {
			a.log.Error("digests stopped", "err", err)
		}
	}()
	go func() {
		defer wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case at := <-takeovers:
				if a.sleep(ctx, at.Sub(a.env.Now())+time.Second) != nil {
					return
				}
				tick(ctx, a.env.Now())
			}
		}
	}()
	return wg.Wait
}

// sleep waits d, or until ctx is done, through Env.Sleep when set.
func (a *app) sleep(ctx context.Context, d time.Duration) error {
	if a.env.Sleep != nil {
		return a.env.Sleep(ctx, d)
	}
	return digest.RealClock{}.Sleep(ctx, d)
}

// envClock tells the program's time and waits in real time.
type envClock struct{ now func() time.Time }

func (c envClock) Now() time.Time { return c.now() }

func (c envClock) Sleep(ctx context.Context, d time.Duration) error {
	return digest.RealClock{}.Sleep(ctx, d)
}

// consoleMirror maps the CLI's subscription verbs to the chat commands they
// run for the console chat.
var consoleMirror = map[string]string{
	"add": "subscribe", "remove": "unsubscribe", "timezone": "timezone", "preview": "digest", "mine": "subscriptions",
}

// runSubscriptions lists every chat's subscriptions, or manages the console
// chat's own: add TOPIC [HH:MM] [ZONE], remove TOPIC|all, timezone ZONE,
// preview TOPIC, mine.
func runSubscriptions(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "subscriptions")
	if len(args) > 0 && args[0] == "list" {
		args = args[1:] // flags may follow the verb
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	a, err := openApp(ctx, env, c)
	if err != nil {
		return err
	}
	defer a.Close()
	if cmd, ok := consoleMirror[fs.Arg(0)]; ok {
		text := strings.TrimSpace("/" + cmd + " " + strings.Join(fs.Args()[1:], " "))
		req := bot.Request{Chat: console.Chat, UserID: "console", Text: text, Admin: true}
		return console.Render(env.Stdout, a.router().Handle(ctx, req))
	}
	if verb := fs.Arg(0); verb != "" && verb != "list" {
		return briefbot.Errorf(briefbot.EInvalid, "unknown subscriptions command %q; use list, add, remove, timezone or preview", verb)
	}
	subs, err := a.store.AllSubscriptions(ctx)
	if err != nil {
		return err
	}
	for _, s := range subs {
		fmt.Fprintln(env.Stdout, subscriptionLine(s, env.Now()))
	}
	if len(subs) == 0 {
		fmt.Fprintln(env.Stdout, "No subscriptions.")
	}
	return nil
}

// subscriptionLine is one subscription, for operators.
func subscriptionLine(s briefbot.Subscription, now time.Time) string {
	state := "next unknown"
	if s.Paused != "" {
		state = "paused: " + s.Paused
	} else if loc, _, err := digest.LoadZone(s.Zone); err == nil {
		if at, err := digest.NextDigest(s, loc, now); err == nil {
			state = "next " + at.In(loc).Format("2006-01-02 15:04 MST")
		}
	}
	last := s.LastDate
	if last == "" {
		last = "never"
	}
	return fmt.Sprintf("%d\t%s\t%s\t%s %s\tlast %s\t%s", s.ID, s.Chat, s.Topic, s.LocalTime, s.Zone, last, state)
}

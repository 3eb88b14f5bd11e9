package main

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/bot/console"
	"briefbot/digest"
	"briefbot/digest/cronticks"
	"briefbot/internal/cli"
)

// newScheduler builds the digest scheduler, which delivers through the
// platforms within their limits.
func (a *app) newScheduler(platforms ...bot.Platform) *digest.Scheduler {
	grace, lease := a.cfg.Digests.Durations()
	limits := map[string]bot.Limits{}
	for _, p := range platforms {
		limits[p.Name()] = p.Limits()
	}
	s := &digest.Scheduler{
		Store: a.store, Digests: digest.Builder{Briefer: a.briefer}, Sender: bot.Senders(platforms...),
		Clock: digest.NowClock(a.env.Now), Limits: limits,
		Grace: grace, Lease: lease,
		Log: a.log, Metrics: a.digestMetrics, OnPanic: a.metrics.Recovered,
	}
	if t := a.llm.translator; t != nil {
		s.Rewrite = func(ctx context.Context, msg *bot.Message) { translateItems(ctx, t, msg.Items, msg.Lang) }
	}
	return s
}

// startDigests delivers the daily digests in the background, through the
// platforms, every minute until ctx is done; the returned function waits
// for the tick in flight.
func (a *app) startDigests(ctx context.Context, platforms ...bot.Platform) (wait func()) {
	s := a.newScheduler(platforms...)
	every := func(ctx context.Context, tick func(context.Context, time.Time)) error {
		return cronticks.Run(ctx, cronticks.EveryMinute, tick)
	}
	var wg sync.WaitGroup
	wg.Go(func() { s.Run(ctx, every) })
	return wg.Wait
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
	if err := cli.Parse(fs, args); err != nil {
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
		fmt.Fprintln(env.Stdout, digest.Listing(s, env.Now()))
	}
	if len(subs) == 0 {
		fmt.Fprintln(env.Stdout, "No subscriptions.")
	}
	return nil
}

package main

import (
	"context"
	"fmt"

	"briefbot/bot"
	"briefbot/bot/console"
	"briefbot/internal/cli"
)

// runBot serves every configured chat platform, the feeds and the digests
// until it is stopped; see serve for when the console chat runs.
func runBot(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "run")
	forceConsole := fs.Bool("console", false, "run the console chat on standard input and output too, even with a platform configured or no terminal")
	if err := cli.Parse(fs, args); err != nil {
		return err
	}
	a, err := openPrepared(ctx, env, c)
	if err != nil {
		return err
	}
	defer a.Close()
	return a.serve(ctx, *forceConsole)
}

// startBackground starts the feed poller and the digest scheduler, which
// delivers through the platforms; the returned function stops them and
// waits for the work in flight.
func (a *app) startBackground(ctx context.Context, platforms ...bot.Platform) (stop func()) {
	bgCtx, cancel := context.WithCancel(ctx)
	waitRekey := a.startRekey(bgCtx)
	waitPoller := a.startPoller(bgCtx)
	waitDigests := a.startDigests(bgCtx, platforms...)
	return func() { cancel(); waitDigests(); waitPoller(); waitRekey() }
}

// openPrepared opens the app for serving: the configured feeds followed and,
// for an empty database, the samples loaded.
func openPrepared(ctx context.Context, env Env, c *common) (*app, error) {
	a, err := openApp(ctx, env, c)
	if err != nil {
		return nil, err
	}
	if err := a.prepare(ctx); err != nil {
		a.Close()
		return nil, err
	}
	return a, nil
}

// prepare follows the configured feeds and, for a database with no articles
// and no feeds, loads the samples.
func (a *app) prepare(ctx context.Context) error {
	if err := a.syncConfigFeeds(ctx); err != nil {
		return err
	}
	if err := a.loadSamplesIfEmpty(ctx); err != nil {
		return fmt.Errorf("load samples: %w", err)
	}
	return nil
}

// runChat runs the console chat on standard input and output until the
// input ends or ctx is done.
func runChat(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "chat")
	if err := cli.Parse(fs, args); err != nil {
		return err
	}
	a, err := openPrepared(ctx, env, c)
	if err != nil {
		return err
	}
	defer a.Close()
	return a.newConsole().Run(ctx, a.chatRouter())
}

// newConsole is the console chat on standard input and output, with a
// prompt and a greeting on a terminal.
func (a *app) newConsole() *console.Console {
	con := &console.Console{In: a.env.Stdin, Out: a.env.Stdout}
	con.OnConnected = func(up bool) { a.metrics.PlatformConnected(con.Name(), up) }
	if a.env.TTY {
		con.Prompt = "> "
		con.Greeting = "briefbot console. Try /brief korea, or /help. Ctrl-D quits."
	}
	return con
}

// chatRouter is the router the chat platforms answer through: a reply to
// one of the bot's messages is a question for /ask.
func (a *app) chatRouter() *bot.Router {
	r := a.router()
	r.FollowUp = "ask"
	return r
}

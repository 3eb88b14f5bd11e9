package main

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"briefbot/bot"
	"briefbot/bot/console"
)

// served is a platform being served and the handler it answers through.
type served struct {
	bot.Platform
	handler bot.Handler
}

// serve runs the configured platforms, the feed poller, the digest
// scheduler and, when enabled, the operator's endpoints, until ctx is done
// or a platform fails for good (a refused token).
//
// The console chat runs when forced (-console), or when no platform is
// configured and standard input is a terminal. When it runs, the end of its
// input (Ctrl-D) ends the whole run. Without it, briefbot is a service: it
// serves until SIGTERM or SIGINT, whatever standard input is (/dev/null
// under docker run -d or systemd). The console chat's digests are written
// to standard output either way.
func (a *app) serve(ctx context.Context, forceConsole bool) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	con := a.newConsole()
	platforms, err := a.platforms(ctx)
	if err != nil {
		return err
	}
	if forceConsole || len(platforms) == 0 && a.env.TTY {
		platforms = append(platforms, served{Platform: connectedConsole{Console: con, app: a}, handler: a.chatRouter()})
	} else {
		a.log.Info("serving until stopped (SIGTERM or SIGINT); no console chat", "platforms", len(platforms))
	}
	names := make([]string, len(platforms))
	senders := []bot.Platform{con}
	for i, p := range platforms {
		names[i] = p.Name()
		senders = append(senders, p.Platform)
		a.metrics.PlatformConnected(p.Name(), false) // until it is
	}
	stopOps, err := a.startOps(ctx, names)
	if err != nil {
		return err
	}
	defer stopOps()
	stopBackground := a.startBackground(ctx, senders...)
	err = runPlatforms(ctx, cancel, platforms)
	stopBackground() // before the database closes
	a.log.Info("stopped", "err", err)
	return err
}

// platforms makes the configured chat platforms.
func (a *app) platforms(ctx context.Context) ([]served, error) {
	var out []served
	if a.cfg.Telegram.Token != "" {
		tg, err := a.telegramBot(ctx, nil, a.env.Sleep)
		if err != nil {
			return nil, err
		}
		out = append(out, served{Platform: tg, handler: a.usersHandler()})
	}
	return out, nil
}

// connectedConsole is the console, connected while it runs.
type connectedConsole struct {
	*console.Console
	app *app
}

func (c connectedConsole) Run(ctx context.Context, h bot.Handler) error {
	c.app.metrics.PlatformConnected(c.Name(), true)
	defer c.app.metrics.PlatformConnected(c.Name(), false)
	c.app.log.Debug("console chat started")
	defer c.app.log.Debug("console chat stopped")
	return c.Console.Run(ctx, h)
}

// runPlatforms runs every platform until ctx is done. The first platform
// to stop (the console at the end of its input) or to fail stops the
// others, and the failures are returned.
func runPlatforms(ctx context.Context, cancel context.CancelFunc, platforms []served) error {
	errs := make([]error, len(platforms))
	var wg sync.WaitGroup
	for i, p := range platforms {
		wg.Go(func() {
			defer cancel()
			if err := p.Run(ctx, p.handler); err != nil {
				errs[i] = fmt.Errorf("%s: %w", p.Name(), err)
			}
		})
	}
	if len(platforms) == 0 {
		<-ctx.Done()
	}
	wg.Wait()
	return errors.Join(errs...)
}

package main

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"briefbot/bot/console"
	"briefbot/bot/telegram"
)

// platform is one chat platform being served: its Run answers users until
// ctx is done, and Send delivers its chats' digests.
type platform struct {
	name string
	run  func(ctx context.Context) error
}

// serve runs the configured platforms, the feed poller, the digest
// scheduler and, when enabled, the operator's endpoints, until ctx is done
// or a platform fails for good (a refused token).
//
// The console chat runs when forced (-console), or when no platform is
// configured and standard input is a terminal. When it runs, the end of its
// input (Ctrl-D) ends the whole run. Without it, briefbot is a service: it
// serves until SIGTERM or SIGINT, whatever standard input is (/dev/null
// under docker run -d or systemd).
func (a *app) serve(ctx context.Context, forceConsole bool) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	a.env.Stdout = &syncWriter{w: a.env.Stdout} // shared by the console and its digests
	senders := platformSender{console.Chat.Platform: consoleSender{out: a.env.Stdout}}
	platforms, err := a.platforms(ctx, senders)
	if err != nil {
		return err
	}
	if forceConsole || len(platforms) == 0 && a.env.TTY {
		platforms = append(platforms, platform{name: console.Chat.Platform, run: func(ctx context.Context) error {
			defer cancel() // the console's input ended: so does the run
			a.metrics.PlatformConnected(console.Chat.Platform, true)
			defer a.metrics.PlatformConnected(console.Chat.Platform, false)
			return a.console(ctx)
		}})
	} else {
		a.log.Info("serving until stopped (SIGTERM or SIGINT); no console chat", "platforms", len(platforms))
	}
	names := make([]string, len(platforms))
	for i, p := range platforms {
		names[i] = p.name
		a.metrics.PlatformConnected(p.name, false) // until it is
	}
	stopOps, err := a.startOps(ctx, names)
	if err != nil {
		return err
	}
	defer stopOps()
	stopBackground := a.startBackground(ctx, senders)
	err = runPlatforms(ctx, cancel, platforms)
	stopBackground() // before the database closes
	a.log.Info("stopped", "err", err)
	return err
}

// platforms makes the configured chat platforms and adds their senders.
func (a *app) platforms(ctx context.Context, senders platformSender) ([]platform, error) {
	var out []platform
	if a.cfg.Telegram.Token != "" {
		tg, err := a.telegramBot(ctx, nil, a.env.Sleep)
		if err != nil {
			return nil, err
		}
		senders[telegram.Platform] = tg
		out = append(out, platform{name: telegram.Platform, run: tg.Run})
	}
	return out, nil
}

// runPlatforms runs every platform until ctx is done. The first platform
// to fail stops the others, and its error is returned.
func runPlatforms(ctx context.Context, cancel context.CancelFunc, platforms []platform) error {
	errs := make([]error, len(platforms))
	var wg sync.WaitGroup
	for i, p := range platforms {
		wg.Go(func() {
			if err := p.run(ctx); err != nil {
				errs[i] = fmt.Errorf("%s: %w", p.name, err)
				cancel()
			}
		})
	}
	if len(platforms) == 0 {
		<-ctx.Done()
	}
	wg.Wait()
	return errors.Join(errs...)
}

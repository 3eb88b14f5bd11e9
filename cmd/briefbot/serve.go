package main

import (
	"context"

	"briefbot/bot"
)

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
	con := a.newConsole()
	platforms, err := a.platforms(ctx)
	if err != nil {
		return err
	}
	if forceConsole || len(platforms) == 0 && a.env.TTY {
		platforms = append(platforms, bot.Serving{Platform: con, Handler: a.chatRouter()})
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
	err = bot.RunAll(ctx, platforms...)
	stopBackground() // before the database closes
	a.log.Info("stopped", "err", err)
	return err
}

// platforms makes the configured chat platforms.
func (a *app) platforms(ctx context.Context) ([]bot.Serving, error) {
	var out []bot.Serving
	if a.cfg.Telegram.Token != "" {
		tg, err := a.telegramBot(ctx, nil, a.env.Sleep)
		if err != nil {
			return nil, err
		}
		out = append(out, bot.Serving{Platform: tg, Handler: a.usersHandler()})
	}
	if a.cfg.Discord.Token != "" {
		dc, err := a.discordBot(ctx)
		if err != nil {
			return nil, err
		}
		out = append(out, bot.Serving{Platform: dc, Handler: a.usersHandler()})
	}
	return out, nil
}

package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/bot/console"
	"briefbot/feeds"
	"briefbot/feeds/opml"
)

// runFeeds lists, adds, removes, imports and exports the followed feeds.
func runFeeds(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "feeds")
	name := fs.String("name", "", "with add: the feed's display name")
	lang := fs.String("lang", "", "with add: the language of its articles when they give none")
	interval := fs.Duration("interval", 0, "with add: time between polls (default from the config)")
	return withApp(ctx, env, fs, c, args, nil, func(a *app, args []string) error {
		verb, rest := "list", args
		if len(rest) > 0 {
			verb, rest = rest[0], rest[1:]
		}
		admin := &feeds.Admin{Store: a.store, Now: env.Now}
		show := func(msg bot.Message, err error) error {
			if err != nil {
				return err
			}
			return console.Render(env.Stdout, msg)
		}
		switch {
		case verb == "list" && len(rest) == 0:
			return show(admin.Run(ctx, ""))
		case verb == "add" && len(rest) == 1:
			return show(admin.Add(ctx, briefbot.Feed{URL: rest[0], Name: *name, Lang: *lang, Interval: *interval}))
		case verb == "remove" && len(rest) == 1:
			return show(admin.Run(ctx, "remove "+rest[0]))
		case verb == "import" && len(rest) == 1:
			return importOPML(ctx, env, admin, rest[0])
		case verb == "export" && len(rest) == 0:
			return opml.Export(ctx, a.store, env.Stdout)
		}
		return briefbot.Errorf(briefbot.EInvalid, "feeds takes: list | add URL | remove ID | import FILE.opml | export")
	})
}

func importOPML(ctx context.Context, env Env, admin *feeds.Admin, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return briefbot.Errorf(briefbot.EInvalid, "%v", err)
	}
	res, err := opml.Import(ctx, admin, data)
	for _, r := range res.Refused {
		fmt.Fprintf(env.Stderr, "briefbot: %s: %s\n", r.URL, briefbot.ErrorMessage(r.Err))
	}
	if err == nil {
		fmt.Fprintf(env.Stdout, "%d feeds added, %d already followed, %d refused\n", res.Added, res.Known, len(res.Refused))
	}
	return err
}

// syncConfigFeeds follows the feeds listed in the configuration that the
// database does not follow yet.
func (a *app) syncConfigFeeds(ctx context.Context) error {
	listed := make([]briefbot.Feed, len(a.cfg.Feeds))
	for i, cf := range a.cfg.Feeds {
		interval, _ := time.ParseDuration(cf.Interval) // validated by config.Load
		listed[i] = briefbot.Feed{URL: cf.URL, Name: cf.Name, Lang: cf.Language, Interval: interval}
	}
	if err := (&feeds.Admin{Store: a.store, Now: a.env.Now}).Follow(ctx, listed); err != nil {
		return fmt.Errorf("configured feeds: %w", err)
	}
	return nil
}

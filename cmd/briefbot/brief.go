package main

import (
	"context"
	"strings"

	"briefbot"
	"briefbot/bot"
	"briefbot/bot/console"
	"briefbot/brief"
	"briefbot/internal/cli"
)

// runBrief prints the brief on a topic, read as the chat reads /brief.
func runBrief(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "brief")
	asJSON := fs.Bool("json", false, "print the brief as JSON")
	window := fs.String("window", "", "time window such as 36h, 3d or 2w (default from the config)")
	n := fs.Int("n", 0, "number of stories (default from the config)")
	return withApp(ctx, env, fs, c, args, nil, func(a *app, topic []string) error {
		q, err := a.briefer.ParseArgs(strings.Join(topic, " "))
		if err != nil {
			return err
		}
		if *window != "" {
			if q.Window, err = briefbot.ParseWindow(*window); err != nil {
				return err
			}
		}
		if *n < 0 || *n > brief.MaxItemsAsked {
			return briefbot.Errorf(briefbot.EInvalid, "-n %d: choose 1 to %d stories", *n, brief.MaxItemsAsked)
		}
		if *n > 0 {
			q.Count = *n
		}
		br, err := a.briefer.Brief(ctx, q.Topic, q.Window, q.Count)
		if err != nil {
			return err
		}
		if *asJSON {
			return cli.WriteJSON(env.Stdout, brief.ViewOf(br))
		}
		return console.Render(env.Stdout, brief.BriefMessage(br, a.consoleLang(ctx)))
	})
}

// consoleLang is the language the console chat reads: its own choice
// (/language), else the configuration's.
func (a *app) consoleLang(ctx context.Context) string {
	if lang, err := a.store.ChatLanguage(ctx, console.Chat); err == nil && bot.ServedLang(lang) != "" {
		return lang
	}
	return a.cfg.Chat.Language
}

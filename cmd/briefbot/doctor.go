package main

import (
	"context"
	"net/http"

	"briefbot/bot/discord"
	"briefbot/bot/telegram"
	"briefbot/config"
	"briefbot/internal/cli"
	"briefbot/ops/doctor"
)

// runDoctor checks what briefbot needs to run, and says what to fix.
func runDoctor(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "doctor")
	if err := cli.Parse(fs, args); err != nil {
		return err
	}
	r := &doctor.Report{}
	cfg, err := config.Load(c.config, env.Getenv)
	if r.Config(c.config, cfg, err) {
		if path := dbPath(env, c, cfg); isDatabaseURL(path) || !r.Missing(path) {
			a, err := openApp(ctx, env, c)
			if err != nil {
				r.Fail("database", "%s — check the path and its permissions; restore a backup if the file is damaged", doctor.OneLine(err))
			} else {
				r.Database(ctx, shownDB(path), a.store)
				a.Close()
			}
		}
		checkPlatforms(ctx, r, cfg)
		if cfg.Ops.Listen != "" {
			r.Endpoint(ctx, cfg.Ops.Listen)
		}
	}
	r.Write(env.Stdout)
	if r.Failed > 0 {
		return errReported
	}
	return nil
}

// checkPlatforms checks that each configured platform answers with its
// token, or says there is none.
func checkPlatforms(ctx context.Context, r *doctor.Report, cfg config.Config) {
	if cfg.Telegram.Token == "" && cfg.Discord.Token == "" {
		r.OK("platforms", "none configured: `briefbot run` is the console chat on a terminal (set BRIEFBOT_TELEGRAM_TOKEN or BRIEFBOT_DISCORD_TOKEN)")
	}
	client := &http.Client{Timeout: doctor.Timeout}
	if tg := cfg.Telegram; tg.Token != "" {
		r.Reach(doctor.Platform{Name: "telegram", API: "the Bot API", TokenFix: "check BRIEFBOT_TELEGRAM_TOKEN with @BotFather",
			Endpoint: "telegram.api_endpoint", Reach: func() (string, error) {
				b, err := telegram.New(ctx, telegram.Options{Token: tg.Token, Endpoint: tg.APIEndpoint, Client: client})
				if err != nil {
					return "", err
				}
				return b.Reach()
			}})
	}
	if dc := cfg.Discord; dc.Token != "" {
		r.Reach(doctor.Platform{Name: "discord", API: "Discord's API", TokenFix: "check BRIEFBOT_DISCORD_TOKEN in the developer portal (Bot, Reset Token)",
			Endpoint: "discord.api_base_url", Reach: func() (string, error) {
				b, err := discord.New(ctx, discord.Options{Token: dc.Token, APIBase: dc.APIBaseURL, Client: client})
				if err != nil {
					return "", err
				}
				return b.Reach()
			}})
	}
}

package main

import (
	"context"
	"fmt"

	"briefbot"
	"briefbot/bot/console"
)

// runBot starts every configured platform: the console when none has a token.
func runBot(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "run")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, _, err := loadConfig(env, c)
	if err != nil {
		return err
	}
	for name, token := range map[string]string{"Telegram": cfg.Telegram.Token, "Discord": cfg.Discord.Token} {
		if token != "" {
			return briefbot.Errorf(briefbot.EInvalid, "a %s token is configured, but this build of briefbot has only the console chat; unset the token to use it", name)
		}
	}
	return chat(ctx, env, c)
}

// runChat runs the console chat.
func runChat(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "chat")
	if err := parse(fs, args); err != nil {
		return err
	}
	return chat(ctx, env, c)
}

func chat(ctx context.Context, env Env, c *common) error {
	a, err := openApp(ctx, env, c)
	if err != nil {
		return err
	}
	defer a.Close()
	if err := a.loadSamplesIfEmpty(ctx); err != nil {
		return fmt.Errorf("load samples: %w", err)
	}
	con := &console.Console{In: env.Stdin, Out: env.Stdout}
	if env.TTY {
		con.Prompt = "> "
		fmt.Fprintln(env.Stdout, "briefbot console. Try /brief korea, or /help. Ctrl-D quits.")
	}
	a.log.Debug("console chat started")
	err = con.Run(ctx, a.router())
	a.log.Debug("console chat stopped")
	return err
}

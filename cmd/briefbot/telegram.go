package main

import (
	"context"
	"net/http"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/bot/console"
	"briefbot/bot/telegram"
	"briefbot/scheduler"
)

// serveTelegram runs the Telegram bot with the feed poller and the digest
// scheduler until ctx is done. The console chat's digests still go to
// standard output.
func serveTelegram(ctx context.Context, env Env, c *common) error {
	a, err := openPrepared(ctx, env, c)
	if err != nil {
		return err
	}
	defer a.Close()
	tg, err := a.telegramBot(ctx, nil, nil)
	if err != nil {
		return err
	}
	defer a.startBackground(ctx, platformSender{
		telegram.Platform:     tg,
		console.Chat.Platform: consoleSender{out: &syncWriter{w: a.env.Stdout}},
	})() // stops before the database closes
	return tg.Run(ctx)
}

// telegramBot connects to the Bot API; client and sleep are nil in
// production.
func (a *app) telegramBot(ctx context.Context, client *http.Client, sleep func(context.Context, time.Duration) error) (*telegram.Bot, error) {
	tg := a.cfg.Telegram
	b, err := telegram.New(ctx, telegram.Options{
		Token: tg.Token, Endpoint: tg.APIEndpoint, Client: client, Sleep: sleep,
		Handler: a.router(), Asker: a.asker(), Admins: tg.Admins, Chats: a.store, Log: a.log,
		Webhook: telegram.Webhook{URL: tg.Webhook.URL, Listen: tg.Webhook.Listen, SecretToken: tg.Webhook.SecretToken},
	})
	if err != nil {
		return nil, briefbot.Errorf(briefbot.EInvalid, "could not reach Telegram: %v", err)
	}
	return b, nil
}

// platformSender delivers each digest through its chat's platform.
type platformSender map[string]scheduler.Sender

func (p platformSender) Send(ctx context.Context, chat briefbot.ChatRef, msg bot.Message) error {
	s, ok := p[chat.Platform]
	if !ok {
		return consoleSender{}.Send(ctx, chat, msg) // reports the platform as not running
	}
	return s.Send(ctx, chat, msg)
}

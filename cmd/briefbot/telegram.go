package main

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"briefbot/bot"
	"briefbot/bot/telegram"
)

// telegramBot makes the Telegram platform, which connects when it runs;
// client and sleep are nil in production.
func (a *app) telegramBot(ctx context.Context, client *http.Client, sleep func(context.Context, time.Duration) error) (*telegram.Bot, error) {
	tg := a.cfg.Telegram
	b, err := telegram.New(ctx, telegram.Options{
		Token: tg.Token, Endpoint: tg.APIEndpoint, Client: client, Sleep: sleep, Now: a.env.Now,
		Workers: a.cfg.Chat.Workers, MaxMessagesPerSecond: tg.MaxMessagesPerSecond,
		Admins: tg.Admins, Chats: a.store, Log: a.log,
		Webhook:       telegram.Webhook{URL: tg.Webhook.URL, Listen: tg.Webhook.Listen, SecretToken: tg.Webhook.SecretToken},
		OnPanic:       a.metrics.Recovered,
		OnRateLimited: func() { a.metrics.RateLimited(telegram.Platform) },
		OnConnected:   func(up bool) { a.metrics.PlatformConnected(telegram.Platform, up) },
	})
	if err != nil {
		return nil, fmt.Errorf("telegram: %w", err)
	}
	return b, nil
}

// usersHandler is what a platform of many users answers through: the
// chat's router, each user's /brief and /ask limited per minute.
func (a *app) usersHandler() bot.Handler {
	return bot.Limited(a.chatRouter(), bot.NewLimiter(a.cfg.Chat.RequestsPerMinute, a.env.Now))
}

package main

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"briefbot/bot/discord"
)

// discordBot makes the Discord platform, which connects when it runs;
// client and sleep are nil in production.
func (a *app) discordBot(ctx context.Context, client *http.Client, sleep func(context.Context, time.Duration) error) (*discord.Bot, error) {
	d := a.cfg.Discord
	b, err := discord.New(ctx, discord.Options{
		Token: d.Token, APIBase: d.APIBaseURL, GuildID: d.GuildID, ShardID: d.ShardID, ShardCount: d.ShardCount,
		Interactions: discord.Interactions{Listen: d.Interactions.Listen, PublicKey: d.Interactions.PublicKey},
		Admins:       d.Admins, Chats: a.store, Client: client, Log: a.log, Sleep: sleep, Now: a.env.Now,
		Workers: a.cfg.Chat.Workers, MaxMessagesPerSecond: d.MaxMessagesPerSecond,
		OnPanic:       a.metrics.Recovered,
		OnRateLimited: func() { a.metrics.RateLimited(discord.Platform) },
		OnConnected:   func(up bool) { a.metrics.PlatformConnected(discord.Platform, up) },
	})
	if err != nil {
		return nil, fmt.Errorf("discord: %w", err)
	}
	return b, nil
}

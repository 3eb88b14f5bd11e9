package main

import (
	"context"

	"briefbot/bot/discord"
)

// discordBot makes the Discord platform, which connects when it runs.
func (a *app) discordBot(ctx context.Context) (*discord.Bot, error) {
	d := a.cfg.Discord
	return discord.New(ctx, discord.Options{
		Token: d.Token, APIBase: d.APIBaseURL, GuildID: d.GuildID, ShardID: d.ShardID, ShardCount: d.ShardCount,
		Interactions: discord.Interactions{Listen: d.Interactions.Listen, PublicKey: d.Interactions.PublicKey},
		Admins:       d.Admins, Chats: a.store, Log: a.log, Sleep: a.env.Sleep, Now: a.env.Now,
		Workers: a.cfg.Chat.Workers, MaxMessagesPerSecond: d.MaxMessagesPerSecond,
		OnPanic:       a.metrics.Recovered,
		OnRateLimited: func() { a.metrics.RateLimited(discord.Platform) },
		OnConnected:   func(up bool) { a.metrics.PlatformConnected(discord.Platform, up) },
	})
}

package discord_test

import (
	"context"
	"slices"
	"testing"

	"briefbot/bot"
	"briefbot/bot/discord"
	"briefbot/bot/discord/discordtest"
)

// The session finds the gateway through the REST base and identifies as
// its shard, with the intents the bot needs and no privileged one; the
// commands go to the configured server only.
func TestTheGatewayIsFoundThroughTheBaseAndShardsIdentify(t *testing.T) {
	t.Parallel()
	fake := discordtest.New(t, discordtest.Options{Guilds: []discordtest.Guild{server()}})
	serve(t, fake, bot.NewRouter(nil), discord.Options{ShardID: 1, ShardCount: 2, GuildID: guildID})
	if got := fake.Calls(discordtest.RouteGateway); len(got) != 1 || got[0].Version != "10" {
		t.Errorf("gateway found by %v, want one GET /gateway under the base, v10", got)
	}
	ids := fake.Identifies()
	if len(ids) != 1 || !slices.Equal(ids[0].Shard, []int{1, 2}) || ids[0].Token != "Bot "+discordtest.Token {
		t.Fatalf("identified as %+v, want shard 1 of 2 with the bot's token", ids)
	}
	const guilds, guildMessages, directMessages = 1 << 0, 1 << 9, 1 << 12
	if got := ids[0].Intents; got != guilds|guildMessages|directMessages {
		t.Errorf("intents %b, want servers, their messages and DMs, nothing privileged", got)
	}
	if got := fake.Calls(discordtest.RouteGuildCommands); len(got) != 1 || got[0].GuildID != guildID || len(fake.Calls(discordtest.RouteGlobalCommands)) != 0 {
		t.Errorf("commands registered by %v, want one overwrite in server %s", got, guildID)
	}
}

// OnConnected is told when the gateway is up and, once the bot stops,
// down; a stop ends Run without an error.
func TestOnConnectedFollowsTheGateway(t *testing.T) {
	t.Parallel()
	fake := discordtest.New(t, discordtest.Options{})
	events := make(chan bool, 10)
	b, err := discord.New(context.Background(), discord.Options{Token: discordtest.Token, APIBase: fake.URL(),
		OnConnected: func(up bool) { events <- up }})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx, bot.NewRouter(nil)) }()
	if up := <-events; !up {
		t.Fatal("told down before up")
	}
	// Up is told on READY, which the fake counts as a session once it has
	// written it: the count may follow a moment later, never fail to.
	wait, stop := context.WithTimeout(context.Background(), waitLimit)
	defer stop()
	if err := fake.WaitGateway(wait, func(g discordtest.GatewayState) bool { return g.Connected == 1 }); err != nil {
		t.Errorf("told up, and the gateway has %d sessions: %v", fake.Gateway().Connected, err)
	}
	if ids := fake.Identifies(); len(ids) != 1 {
		t.Errorf("told up after %d identifies, want 1", len(ids))
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run: %v", err)
	}
	close(events)
	last := true
	for up := range events {
		last = up
	}
	if last {
		t.Error("not told down after the stop")
	}
}

package discord

import (
	"context"
	"time"

	"github.com/bwmarrin/discordgo"

	"briefbot/bot"
)

// serveGateway answers through h what the gateway dispatches until ctx is
// done: interactions, and the messages that reply to the bot's (see
// onMessage). The session's handlers run on its reading loop and only
// queue work. discordgo reconnects and resumes by itself; OnConnected is
// told up when the gateway's session is ready (or resumed) and down when
// the connection drops. When ctx is done the session
// is closed and the work taken is finished (see stopGateway).
func (b *Bot) serveGateway(ctx context.Context, h bot.Handler) error {
	s := b.session
	removers := []func(){
		s.AddHandler(func(_ *discordgo.Session, e *discordgo.InteractionCreate) {
			b.goAck(func(ctx context.Context) { b.interact(ctx, h, e.Interaction, restAnswer{b, e.Interaction}) })
		}),
		s.AddHandler(func(_ *discordgo.Session, e *discordgo.MessageCreate) { b.onMessage(h, e.Message) }),
		s.AddHandler(func(*discordgo.Session, *discordgo.Ready) { b.connected(true) }),
		s.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) {
			b.connected(false)
			b.log.Warn("discord: the gateway dropped the connection; reconnecting")
		}),
		s.AddHandler(func(*discordgo.Session, *discordgo.Resumed) {
			b.connected(true)
			b.log.Info("discord: the gateway session resumed")
		}),
		s.AddHandler(func(*discordgo.Session, *discordgo.RateLimit) { b.rateLimited() }),
	}
	remove := func() {
		for _, r := range removers {
			r()
		}
	}
	if err := b.untilReachable(ctx, "gateway", s.Open); err != nil {
		remove()
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	b.log.Info("discord bot started", "bot", b.user().Username, "shard", b.shard[0], "shards", b.shard[1])
	<-ctx.Done()
	remove()
	b.stopGateway()
	b.log.Info("discord bot stopped")
	return nil
}

// closeGrace is how long a stop waits for the session to close once the
// work is done: its close frame goes at once, then discordgo waits a
// second for Discord to close the connection, which a stop need not.
const closeGrace = 200 * time.Millisecond

// stopGateway closes the session, which takes no more work, while the
// work taken is finished (see drain).
func (b *Bot) stopGateway() {
	closed := make(chan struct{})
	go func() {
		defer close(closed)
		if err := b.session.Close(); err != nil {
			b.log.Warn("discord: closing the gateway", "err", redact(err, b.token))
		}
	}()
	b.drain()
	t := time.NewTimer(closeGrace)
	defer t.Stop()
	select {
	case <-closed:
	case <-t.C:
	}
	b.connected(false)
}

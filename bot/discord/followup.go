package discord

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"

	"briefbot/bot"
)

// onMessage answers a message that replies to one of the bot's own, as a
// follow-up (a question on the brief it replies to, unless it is a
// command), and any message in a DM. Other messages in servers are
// chatter, left alone, as are the messages of bots. The answer replies to
// the message. The cheap checks come first: one too long is refused
// before anything is looked up for it.
func (b *Bot) onMessage(h bot.Handler, m *discordgo.Message) {
	me := b.user()
	if m == nil || m.Author == nil || m.Author.Bot || m.Author.ID == me.ID {
		return
	}
	text := strings.TrimSpace(m.Content)
	followUp := m.ReferencedMessage != nil && m.ReferencedMessage.Author != nil && m.ReferencedMessage.Author.ID == me.ID
	if text == "" || !followUp && m.GuildID != "" {
		return
	}
	no := false
	ref := &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &no}
	if refusal, long := bot.TooLong(text); long {
		b.replyTo(m.ChannelID, ref, refusal)
		return
	}
	req := b.messageRequest(m, text)
	req.FollowUp = followUp
	taken := b.lanes.Take(m.ChannelID, func(ctx context.Context) {
		msg, ok := b.answer(ctx, h, req)
		if !ok {
			msg = bot.Text(failedText)
		}
		b.replyTo(m.ChannelID, ref, msg)
	})
	if taken != bot.Queued {
		b.log.Warn("discord: a message not answered: too many waiting", "channel", m.ChannelID)
	}
}

// messageRequest is what the core is asked for a message, in the
// server's language unless the channel chose one. In a server,
// whether the author administers the channel is read from the gateway's
// state of the server (its roles and the channel's overwrites); when the
// state does not know, the author does not.
func (b *Bot) messageRequest(m *discordgo.Message, text string) bot.Request {
	req := bot.Request{Chat: ChatRef(m.ChannelID), UserID: m.Author.ID, Text: text, Admin: b.admins[m.Author.ID]}
	if m.GuildID != "" {
		req.Lang = b.guildLang(m.GuildID)
		req.Shared = true
		req.ChatAdmin = func(context.Context) (bool, error) {
			perms, err := b.session.State.MessagePermissions(m)
			return err == nil && managesChannels(perms), nil
		}
	}
	return req
}

// guildLang is the language briefbot speaks that a server prefers, as the
// gateway's state knows it ("" when it does not): a message, unlike an
// interaction, carries no locale.
func (b *Bot) guildLang(guildID string) string {
	if b.session == nil || b.session.State == nil {
		return ""
	}
	g, err := b.session.State.Guild(guildID)
	if err != nil {
		return ""
	}
	return bot.ServedLang(g.PreferredLocale)
}

// replyTo sends a reply to a message, after the channel's earlier
// replies: its first message replies to ref, pinging nobody, not even
// the author replied to. A failure is logged.
func (b *Bot) replyTo(channel string, ref *discordgo.MessageReference, msg bot.Message) {
	if msg.Empty() {
		return
	}
	b.lanes.Send(channel, func(ctx context.Context) {
		for i, o := range b.outgoings(msg) {
			send := o.message(nil)
			if i == 0 {
				send = o.message(ref)
			}
			err := b.retry(ctx, func() error {
				_, err := b.api.ChannelMessageSendComplex(channel, send, b.opts(ctx)...)
				return err
			})
			if err != nil {
				b.log.Warn("discord: reply not sent", "channel", channel, "err", redact(err, b.token))
				return
			}
		}
	})
}

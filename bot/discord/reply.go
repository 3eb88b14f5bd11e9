package discord

import (
	"context"
	"errors"
	"time"

	"github.com/bwmarrin/discordgo"

	"briefbot/bot"
)

// Retries of a reply: after a 429, and after an unknown webhook.
const (
	maxRetries         = 5
	webhookRetries     = 3
	webhookWait        = 250 * time.Millisecond // times the attempt
	codeUnknownWebhook = 10015
)

// outgoing is one Discord message of a reply, as each call takes it: its
// part, and the buttons of the reply's actions under the last part.
type outgoing struct {
	part
	components []discordgo.MessageComponent
}

// outgoings renders a reply as the messages to send.
func (b *Bot) outgoings(m bot.Message) []outgoing {
	parts := render(m)
	out := make([]outgoing, len(parts))
	for i, p := range parts {
		out[i].part = p
	}
	if n := len(out); n > 0 {
		out[n-1].components = b.components(m.Actions)
	}
	return out
}

// noMentions lets a message ping nobody: no @everyone, role, user or
// replied-to author, whatever its text says.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// edit replaces a message's content, embeds and buttons with o's.
func (o outgoing) edit() *discordgo.WebhookEdit {
	content, embeds, components := o.content, nonNil(o.embeds), nonNil(o.components)
	return &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, Components: &components, AllowedMentions: noMentions()}
}

// webhook is o as a follow-up message of an interaction.
func (o outgoing) webhook(flags discordgo.MessageFlags) *discordgo.WebhookParams {
	return &discordgo.WebhookParams{Content: o.content, Embeds: o.embeds, Components: nonNil(o.components),
		AllowedMentions: noMentions(), Flags: flags}
}

// message is o as a channel message, a reply to ref when not nil.
func (o outgoing) message(ref *discordgo.MessageReference) *discordgo.MessageSend {
	return &discordgo.MessageSend{Content: o.content, Embeds: nonNil(o.embeds), Components: nonNil(o.components),
		AllowedMentions: noMentions(), Reference: ref}
}

// deliver answers a job once its first answer was deferred. A command's
// "thinking…" becomes the reply's first message, and the rest follow. A
// press that asks to replace its message with a next page edits it in
// place when the reply is one message with stories; any other press's
// reply, a refusal included, comes as new messages. A command's empty
// reply (the silence towards a flood) removes the "thinking…".
func (b *Bot) deliver(ctx context.Context, j *job, msg bot.Message) error {
	parts := b.outgoings(msg)
	switch {
	case len(parts) == 0 && j.press:
		return nil
	case len(parts) == 0:
		return b.retry(ctx, func() error { return b.api.InteractionResponseDelete(j.i, b.opts(ctx)...) })
	case j.press && j.action.Replace && len(parts) == 1 && len(msg.Items) > 0:
		return b.editOriginal(ctx, j.i, parts[0])
	case j.press:
		return b.followups(ctx, j.i, parts, 0)
	}
	if err := b.editOriginal(ctx, j.i, parts[0]); err != nil {
		return err
	}
	return b.followups(ctx, j.i, parts[1:], 0)
}

func (b *Bot) editOriginal(ctx context.Context, i *discordgo.Interaction, o outgoing) error {
	return b.retry(ctx, func() error {
		_, err := b.api.InteractionResponseEdit(i, o.edit(), b.opts(ctx)...)
		return err
	})
}

// followups sends parts as follow-up messages of the interaction.
func (b *Bot) followups(ctx context.Context, i *discordgo.Interaction, parts []outgoing, flags discordgo.MessageFlags) error {
	for _, o := range parts {
		err := b.retry(ctx, func() error {
			_, err := b.api.FollowupMessageCreate(i, true, o.webhook(flags), b.opts(ctx)...)
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// fail tells the user, and the user alone, that their interaction could
// not be answered; a command's "thinking…" is removed first, so that the
// note is the one answer.
func (b *Bot) fail(ctx context.Context, j *job) {
	if !j.press {
		_ = b.retry(ctx, func() error { return b.api.InteractionResponseDelete(j.i, b.opts(ctx)...) })
	}
	note := outgoing{part: part{content: failedText}}
	if err := b.followups(ctx, j.i, []outgoing{note}, discordgo.MessageFlagsEphemeral); err != nil {
		b.log.Warn("discord: could not tell a user their interaction failed", "channel", j.i.ChannelID, "err", redact(err, b.token))
	}
}

// retry calls f again after each 429, waiting as long as Discord asks
// (through Options.Sleep), up to maxRetries times; and after an "unknown
// webhook" (10015) on the first calls about an interaction answered by
// the endpoint's HTTP response, which Discord may not have taken in yet.
func (b *Bot) retry(ctx context.Context, f func() error) error {
	for attempt := 0; ; attempt++ {
		err := f()
		wait, again := b.again(err, attempt)
		if !again {
			return err
		}
		if err := b.sleep(ctx, wait); err != nil {
			return err
		}
	}
}

// again says whether, and after how long, a failed call is tried again.
func (b *Bot) again(err error, attempt int) (time.Duration, bool) {
	if err == nil || attempt == maxRetries {
		return 0, false
	}
	if wait, limited := retryAfter(err); limited {
		b.rateLimited()
		b.log.Warn("discord: rate limited, waiting", "retry_in", wait.String())
		return wait, true
	}
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Message != nil && rest.Message.Code == codeUnknownWebhook && attempt < webhookRetries {
		return time.Duration(attempt+1) * webhookWait, true
	}
	return 0, false
}

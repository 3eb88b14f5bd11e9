package discord

import (
	"context"

	"github.com/bwmarrin/discordgo"

	"briefbot"
	"briefbot/bot"
)

// What users are told when their interaction cannot be answered.
const (
	failedText  = "Sorry, something went wrong while answering that; it has been logged. Please try again."
	busyText    = "I am answering too many requests at the moment; please try again in a minute."
	unknownText = "I don't know that command any more; Discord may still be updating its list."
)

// firstAnswer gives an interaction its first answer, which Discord wants
// within 3 s: a REST call from the gateway (restAnswer), the HTTP response
// at the interactions endpoint (httpAnswer).
type firstAnswer interface {
	answer(ctx context.Context, r *discordgo.InteractionResponse) error
	// then runs f once the answer has gone, when Discord takes calls
	// about the interaction that follow it.
	then(f func())
}

// job is a command or a button press being answered.
type job struct {
	i      *discordgo.Interaction
	press  bool       // a button press, acknowledged with a deferred update
	action bot.Action // a press's action
	req    bot.Request
	acked  chan struct{} // closed once the first answer was given, or failed
	ackErr error         // why the first answer failed; set before acked closes
}

// interact answers an interaction through h: a PING with PONG, an
// autocomplete with the option's suggestions, and a command or a button
// press with a deferred answer at once, while its work waits its turn in
// the channel's lane and its answer is edited in (see work).
func (b *Bot) interact(ctx context.Context, h bot.Handler, i *discordgo.Interaction, first firstAnswer) {
	switch i.Type {
	case discordgo.InteractionPing:
		b.respond(ctx, i, first, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
	case discordgo.InteractionApplicationCommandAutocomplete:
		b.respond(ctx, i, first, b.autocomplete(ctx, i))
	case discordgo.InteractionApplicationCommand:
		b.onCommand(ctx, h, i, first)
	case discordgo.InteractionMessageComponent:
		b.onPress(ctx, h, i, first)
	default:
		b.respond(ctx, i, first, ephemeral(unknownText))
	}
}

// onCommand answers a slash command: its options are written back as the
// line the router reads. One too long is refused before any work.
func (b *Bot) onCommand(ctx context.Context, h bot.Handler, i *discordgo.Interaction, first firstAnswer) {
	text, ok := b.line(i.ApplicationCommandData())
	if !ok {
		b.respond(ctx, i, first, ephemeral(unknownText))
		return
	}
	if refusal, long := bot.TooLong(text); long {
		b.respond(ctx, i, first, ephemeralMessage(refusal))
		return
	}
	b.start(ctx, h, &job{i: i, req: b.request(i, text)}, first)
}

// onPress answers a button press with the command its data carries; a
// press on data that is not a button of ours is told the button expired.
func (b *Bot) onPress(ctx context.Context, h bot.Handler, i *discordgo.Interaction, first firstAnswer) {
	a, ok := b.pressed(i.MessageComponentData().CustomID)
	if !ok || i.Message == nil {
		b.respond(ctx, i, first, ephemeral(bot.ActionExpired))
		return
	}
	b.start(ctx, h, &job{i: i, press: true, action: a, req: b.request(i, a.Command)}, first)
}

// start takes a job into its channel's lane and gives the first answer:
// deferred (Discord shows "thinking…" under a command; a press keeps its
// message as it is until its answer). When the lanes are full, the user
// is told to try again, rather than left with no answer.
func (b *Bot) start(ctx context.Context, h bot.Handler, j *job, first firstAnswer) {
	j.acked = make(chan struct{})
	switch b.lanes.Take(j.i.ChannelID, func(ctx context.Context) { b.work(ctx, h, j) }) {
	case bot.Queued:
	case bot.Dropped:
		b.log.Warn("discord: a channel sends interactions faster than they are answered; dropping them until it catches up", "channel", j.i.ChannelID)
		fallthrough
	default:
		b.respond(ctx, j.i, first, ephemeral(busyText))
		return
	}
	deferred := discordgo.InteractionResponseDeferredChannelMessageWithSource
	if j.press {
		deferred = discordgo.InteractionResponseDeferredMessageUpdate
	}
	j.ackErr = b.respond(ctx, j.i, first, &discordgo.InteractionResponse{Type: deferred})
	first.then(func() { close(j.acked) })
}

// work answers a job through h, on a worker of the lanes; its answer goes
// out on the channel's sender once the first answer is given.
func (b *Bot) work(ctx context.Context, h bot.Handler, j *job) {
	msg, ok := b.answer(ctx, h, j.req)
	b.lanes.Send(j.i.ChannelID, func(ctx context.Context) {
		<-j.acked
		if j.ackErr != nil {
			return // logged by respond; Discord no longer takes an answer
		}
		if ok {
			err := b.deliver(ctx, j, msg)
			if err == nil {
				return
			}
			b.log.Warn("discord: could not answer an interaction", "channel", j.i.ChannelID, "err", redact(err, b.token))
		}
		b.fail(ctx, j)
	})
}

// answer is h's answer to req; false when h panicked (contained, logged).
func (b *Bot) answer(ctx context.Context, h bot.Handler, req bot.Request) (bot.Message, bool) {
	var msg bot.Message
	if err := briefbot.Contain("interaction", func() { msg = h.Handle(ctx, req) }); err != nil {
		b.contained("interaction", err)
		return bot.Message{}, false
	}
	return msg, true
}

// respond gives an interaction its first answer, and logs a failure.
func (b *Bot) respond(ctx context.Context, i *discordgo.Interaction, first firstAnswer, r *discordgo.InteractionResponse) error {
	err := first.answer(ctx, r)
	if err != nil {
		b.log.Warn("discord: could not acknowledge an interaction", "type", i.Type.String(), "err", redact(err, b.token))
	}
	return err
}

// restAnswer is the first answer over REST, for interactions from the
// gateway: it has gone once the call returns.
type restAnswer struct {
	b *Bot
	i *discordgo.Interaction
}

func (a restAnswer) answer(ctx context.Context, r *discordgo.InteractionResponse) error {
	return a.b.api.InteractionRespond(a.i, r, a.b.opts(ctx)...)
}

func (restAnswer) then(f func()) { f() }

// request is what the core is asked for an interaction, in the user's
// language unless the channel chose one (see interactionLang). In a server's
// channel the core may ask whether the member administers the channel,
// which only a change to its digests and time zone does: a member who may
// manage the channel does (Discord sends the member's permissions in the
// channel with each interaction). In a DM the user alone reads the
// digests, and may change them. Admin, who may manage feeds, is for the
// users Options.Admins names, wherever they write.
func (b *Bot) request(i *discordgo.Interaction, text string) bot.Request {
	user := interactionUser(i)
	req := bot.Request{Chat: ChatRef(i.ChannelID), UserID: user, Text: text, Admin: user != "" && b.admins[user],
		Lang: interactionLang(i)}
	if i.GuildID != "" {
		req.Shared = true
		if i.Member != nil {
			perms := i.Member.Permissions
			req.ChatAdmin = func(context.Context) (bool, error) { return managesChannels(perms), nil }
		}
	}
	return req
}

// interactionLang is the language briefbot speaks that the user's Discord
// is set to (the interaction's locale), else the server's (its
// guild_locale); "" for neither.
func interactionLang(i *discordgo.Interaction) string {
	if lang := bot.ServedLang(string(i.Locale)); lang != "" {
		return lang
	}
	if i.GuildLocale != nil {
		return bot.ServedLang(string(*i.GuildLocale))
	}
	return ""
}

// managesChannels reports whether permissions include Manage Channels,
// as an administrator's do.
func managesChannels(perms int64) bool {
	return perms&(discordgo.PermissionManageChannels|discordgo.PermissionAdministrator) != 0
}

func interactionUser(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

// contained logs a panic contained while answering.
func (b *Bot) contained(stage string, err error) {
	b.log.Error("discord: contained a panic", "stage", stage, "err", redact(err, b.token))
	if b.onPanic != nil {
		b.onPanic(stage)
	}
}

// ephemeral is a first answer only its user sees.
func ephemeral(text string) *discordgo.InteractionResponse {
	return ephemeralMessage(bot.Text(text))
}

// ephemeralMessage is a message as a first answer only its user sees; a
// message longer than one Discord message is cut.
func ephemeralMessage(m bot.Message) *discordgo.InteractionResponse {
	d := &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions(),
		Embeds: []*discordgo.MessageEmbed{}, Components: []discordgo.MessageComponent{}}
	if parts := render(m); len(parts) > 0 {
		d.Content, d.Embeds = parts[0].content, nonNil(parts[0].embeds)
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: d}
}

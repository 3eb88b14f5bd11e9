package discord_test

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/bot/discord"
	"briefbot/bot/discord/discordtest"
	"briefbot/bot/platformtest"
)

// TestPlatform runs the shared platform suite over the real discordgo
// client and the fake Discord: what a user says is a slash command, a
// press a button's interaction, a reply to the bot a MESSAGE_CREATE that
// references its message. Chats are the server's channels, by id. The
// subtests share one fake and one bot, which answers through each
// subtest's handler in turn, as closing a gateway session takes discordgo
// a second.
func TestPlatform(t *testing.T) {
	fake := discordtest.New(t, discordtest.Options{Guilds: []discordtest.Guild{server()}})
	h := &handlers{ready: make(chan struct{})}
	r := start(t, fake, h, discord.Options{}) // registers the commands of the first subtest's handler
	platformtest.Run(t, func(t *testing.T, next bot.Handler) platformtest.Driver {
		h.set(next)
		r.connected(t)
		fake.Took()
		fake.ClearFaults()
		r.dropper.drop.Store(false)
		return &driver{t: t, r: r, presses: map[string]bool{}, buttons: map[string]shown{}, latest: map[string]string{}}
	})
}

// handlers answers through the handler set last, waiting for the first;
// it lists its commands.
type handlers struct {
	ready chan struct{} // closed when the first is set
	once  sync.Once
	mu    sync.Mutex
	h     bot.Handler
}

func (hs *handlers) set(h bot.Handler) {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	hs.h = h
	hs.once.Do(func() { close(hs.ready) })
}

func (hs *handlers) current() bot.Handler {
	<-hs.ready
	hs.mu.Lock()
	defer hs.mu.Unlock()
	return hs.h
}

func (hs *handlers) Handle(ctx context.Context, req bot.Request) bot.Message {
	return hs.current().Handle(ctx, req)
}

func (hs *handlers) Commands() []bot.CommandInfo { return bot.CommandsOf(hs.current()) }

// driver drives the adapter over the fake Discord.
type driver struct {
	t       *testing.T
	r       *running
	settle  []func()        // waits for the bot to answer what was said and pressed
	presses map[string]bool // the interactions that are presses, by id
	buttons map[string]shown
	latest  map[string]string // by channel: the bot's latest message
}

// shown is a message of the bot's with buttons.
type shown struct {
	id      string
	buttons map[string]string // label -> custom id
}

func (d *driver) Caps() platformtest.Caps {
	return platformtest.Caps{Buttons: true, FollowUps: true, Network: true}
}

func (d *driver) Platform() bot.Platform { return d.r.bot }

func (d *driver) Chat(chat string) briefbot.ChatRef { return discord.ChatRef(chat) }

func origin(user, chat string) discordtest.Origin {
	return discordtest.Origin{GuildID: guildID, ChannelID: chat, User: discordtest.User{ID: user, Username: "user" + user}}
}

// Say sends text as the slash command it names, the rest of the text as
// the value of the command's first option, as a user fills it.
func (d *driver) Say(user, chat, text string) {
	name, rest, _ := strings.Cut(strings.TrimPrefix(text, "/"), " ")
	var opts []discordtest.Option
	for _, c := range d.r.fake.Commands("") {
		if c.Name != name || len(c.Options) == 0 || rest == "" {
			continue
		}
		o := c.Options[0]
		if n, err := strconv.ParseInt(rest, 10, 64); err == nil && o.Type == 4 {
			opts = append(opts, discordtest.Int(o.Name, n))
		} else {
			opts = append(opts, discordtest.String(o.Name, rest))
		}
	}
	ix := d.r.fake.Command(origin(user, chat), name, opts...)
	d.settle = append(d.settle, func() { d.r.settle(d.t, ix) })
}

func (d *driver) ReplyTo(user, chat, text string) {
	id := d.r.reply(origin(user, chat), d.latest[chat], text)
	d.settle = append(d.settle, func() { d.r.settleMessage(d.t, id) })
}

func (d *driver) Press(user, chat string, a bot.Action) {
	s := d.buttons[chat]
	id, ok := s.buttons[a.Label]
	if !ok {
		d.t.Fatalf("no button %q under the latest message in channel %s", a.Label, chat)
	}
	ix := d.r.fake.Press(origin(user, chat), s.id, id)
	d.presses[ix.ID] = true
	d.settle = append(d.settle, func() { d.r.settle(d.t, ix) })
}

// Replies are the messages the bot sent, edited or answered with since
// the last call, once it has answered everything.
func (d *driver) Replies() []platformtest.Reply {
	for _, s := range d.settle {
		s()
	}
	d.settle = nil
	var out []platformtest.Reply
	for _, c := range d.r.fake.Took() {
		if r, ok := d.read(c); ok {
			out = append(out, r)
		}
	}
	return out
}

// read is the reply a call shows the user, if any.
func (d *driver) read(c discordtest.Call) (platformtest.Reply, bool) {
	switch {
	case c.Status >= 300:
		return platformtest.Reply{}, false
	case c.Route == discordtest.RouteCallback && c.Callback() != discordtest.CallbackMessage:
		return platformtest.Reply{}, false
	case c.Route != discordtest.RouteCallback && c.Route != discordtest.RouteWebhookEdit &&
		c.Route != discordtest.RouteFollowup && c.Route != discordtest.RouteMessageCreate:
		return platformtest.Reply{}, false
	}
	m := c.Message()
	chat := c.ChannelID
	if chat == "" {
		chat = channelID
	}
	r := platformtest.Reply{Chat: chat, Text: plain(m), Edit: c.Route == discordtest.RouteWebhookEdit && d.presses[c.Interaction]}
	s := shown{id: c.MessageID, buttons: map[string]string{}}
	for _, row := range m.Components {
		for _, b := range row.Components {
			r.Buttons = append(r.Buttons, b.Label)
			s.buttons[b.Label] = b.CustomID
		}
	}
	if c.MessageID != "" {
		d.latest[chat] = c.MessageID
		if len(r.Buttons) > 0 {
			d.buttons[chat] = s
		}
	}
	return r, true
}

// plain is a message's text as a reader sees it: content, then each
// embed's title, description and fields, without Discord's escapes.
func plain(m discordtest.Message) string {
	parts := []string{m.Content}
	for _, e := range m.Embeds {
		parts = append(parts, e.Title, e.Description)
		for _, f := range e.Fields {
			parts = append(parts, f.Name+": "+f.Value)
		}
	}
	return unescape(strings.Join(parts, "\n"))
}

// unescape drops the backslash of Discord's escapes.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte(`\*_~|<>[]()#-+.`+"`", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func (d *driver) Fail(kind string, wait time.Duration) {
	switch kind {
	case bot.RetryLater:
		d.r.fake.Fail(discordtest.RouteMessageCreate, 1, discordtest.RateLimited(wait.Seconds()))
	case bot.ChatGone:
		d.r.fake.Fail(discordtest.RouteMessageCreate, 1, discordtest.MissingPermissions())
	case bot.SendFailed:
		d.r.fake.Fail(discordtest.RouteMessageCreate, 1, discordtest.Fault{Status: 400, Code: 50035, Message: "Invalid Form Body"})
	case bot.Unknown:
		d.r.dropper.drop.Store(true)
	default:
		d.t.Fatalf("no such failure: %s", kind)
	}
}

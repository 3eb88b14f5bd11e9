package discordtest

import (
	"strconv"
	"time"
)

// Interaction types.
const (
	InteractionPing         = 1
	InteractionCommand      = 2
	InteractionComponent    = 3
	InteractionAutocomplete = 4
	InteractionModal        = 5
)

// Origin is where an interaction comes from: a user, in a guild's channel
// or (GuildID "") in their DM channel, made when ChannelID is "".
type Origin struct {
	GuildID, ChannelID string
	User               User
	Locale             string // "" is en-US
}

// Option is an option of a slash command as a user fills it.
type Option struct {
	Name    string
	Type    int // 1 subcommand, 3 string, 4 integer, 5 boolean, 10 number...
	Value   any
	Focused bool     // the option an autocomplete is about
	Options []Option // of a subcommand
}

// String is a string option.
func String(name, value string) Option { return Option{Name: name, Type: 3, Value: value} }

// Int is an integer option.
func Int(name string, value int64) Option { return Option{Name: name, Type: 4, Value: value} }

// Bool is a boolean option.
func Bool(name string, value bool) Option { return Option{Name: name, Type: 5, Value: value} }

// Number is a number option.
func Number(name string, value float64) Option { return Option{Name: name, Type: 10, Value: value} }

// Subcommand is a subcommand with its options.
func Subcommand(name string, opts ...Option) Option {
	return Option{Name: name, Type: 1, Options: opts}
}

// Focus returns o as the option an autocomplete is about.
func (o Option) Focus() Option {
	o.Focused = true
	return o
}

func (o Option) json() map[string]any {
	out := map[string]any{"name": o.Name, "type": o.Type}
	if o.Type == 1 || o.Type == 2 {
		opts := []any{}
		for _, sub := range o.Options {
			opts = append(opts, sub.json())
		}
		out["options"] = opts
	} else {
		out["value"] = o.Value
	}
	if o.Focused {
		out["focused"] = true
	}
	return out
}

// Interaction is an interaction the fake dispatched.
type Interaction struct {
	ID, Token          string
	Type               int
	GuildID, ChannelID string
	Sent               time.Time // by the fake's clock
}

// interaction is the fake's state of one: what was answered.
type interaction struct {
	Interaction
	user      User
	acked     bool
	original  string   // the id of the message @original is
	followups []string // the ids of its followups
}

// Command dispatches a slash command; it must be registered (globally or
// in the origin's guild), as Discord sends no other.
func (f *Fake) Command(at Origin, name string, opts ...Option) Interaction {
	f.mu.Lock()
	id, ok := f.commandID(at.GuildID, name)
	f.mu.Unlock()
	if !ok {
		f.t.Errorf("discordtest: command %q is not registered (use Interact to send any)", name)
	}
	return f.Interact(at, InteractionCommand, commandData(id, name, opts))
}

// Autocomplete dispatches an autocomplete of a registered command: the
// options as typed so far, one of them focused (the last, when none is).
func (f *Fake) Autocomplete(at Origin, name string, opts ...Option) Interaction {
	focused := false
	for _, o := range opts {
		focused = focused || o.Focused
	}
	if !focused && len(opts) > 0 {
		opts = append([]Option(nil), opts...)
		opts[len(opts)-1].Focused = true
	}
	f.mu.Lock()
	id, ok := f.commandID(at.GuildID, name)
	f.mu.Unlock()
	if !ok {
		f.t.Errorf("discordtest: command %q is not registered", name)
	}
	return f.Interact(at, InteractionAutocomplete, commandData(id, name, opts))
}

func commandData(id, name string, opts []Option) map[string]any {
	list := []any{}
	for _, o := range opts {
		list = append(list, o.json())
	}
	return map[string]any{"id": id, "name": name, "type": 1, "options": list}
}

// Press dispatches a press of the button with the custom id on a message;
// when the fake has the message (the bot sent it in the test), the button
// must be on it.
func (f *Fake) Press(at Origin, messageID, customID string) Interaction {
	return f.Interact(at, InteractionComponent, map[string]any{"custom_id": customID, "component_type": 2},
		messageID)
}

// Interact dispatches an interaction of any type with its data (nil for a
// ping); for a component (type 3), the message id it is on comes after.
func (f *Fake) Interact(at Origin, typ int, data map[string]any, messageID ...string) Interaction {
	f.mu.Lock()
	ix, payload := f.newInteraction(at, typ, data, messageID)
	endpoint := f.endpoint
	f.mu.Unlock()
	if endpoint != "" {
		f.deliver(endpoint, ix.Interaction, payload)
		return ix.Interaction
	}
	if err := f.Dispatch("INTERACTION_CREATE", payload); err != nil {
		f.t.Errorf("discordtest: dispatching interaction %s: %v", ix.ID, err)
	}
	return ix.Interaction
}

// newInteraction makes an interaction's state and payload; it runs under
// the lock.
func (f *Fake) newInteraction(at Origin, typ int, data map[string]any, messageID []string) (*interaction, map[string]any) {
	if at.GuildID == "" && at.ChannelID == "" {
		at.ChannelID = f.dmChannel(at.User)
	}
	id := f.newID()
	ix := &interaction{Interaction: Interaction{ID: id, Token: "interaction-token-" + id, Type: typ,
		GuildID: at.GuildID, ChannelID: at.ChannelID, Sent: f.now()}, user: at.User}
	locale := at.Locale
	if locale == "" {
		locale = "en-US"
	}
	p := map[string]any{"id": id, "application_id": AppID, "type": typ, "token": ix.Token, "version": 1,
		"data": data, "channel_id": at.ChannelID, "locale": locale}
	f.placeInteraction(p, at)
	if typ == InteractionComponent && len(messageID) > 0 {
		ix.original = messageID[0]
		p["message"] = f.pressedMessage(messageID[0], at.ChannelID, data["custom_id"])
	}
	f.interactions[id] = ix
	f.tokens[ix.Token] = ix
	return ix, p
}

// placeInteraction adds where an interaction comes from and who sends it,
// with their permissions; it runs under the lock.
func (f *Fake) placeInteraction(p map[string]any, at Origin) {
	ch := f.channels[at.ChannelID]
	p["channel"] = map[string]any{"id": at.ChannelID, "type": ChannelText}
	if at.GuildID == "" {
		p["channel"].(map[string]any)["type"] = ChannelDM
		p["user"], p["context"] = at.User.json(), 1
		p["app_permissions"] = strconv.FormatInt(PermAll, 10)
		return
	}
	g := f.guilds[at.GuildID]
	if g == nil || ch == nil || ch.guild != g {
		f.t.Errorf("discordtest: interaction in unknown guild %s or channel %s", at.GuildID, at.ChannelID)
		g = &Guild{ID: at.GuildID}
		ch = &channel{Channel: Channel{ID: at.ChannelID}, guild: g}
	}
	m, known := g.member(at.User.ID)
	if !known {
		m = Member{User: at.User}
	}
	bot, _ := g.member(BotID)
	member := m.json(f.now())
	member["permissions"] = strconv.FormatInt(g.Permissions(m, &ch.Channel), 10)
	p["guild_id"], p["member"], p["context"], p["guild_locale"] = g.ID, member, 0, "en-US"
	p["app_permissions"] = strconv.FormatInt(g.Permissions(bot, &ch.Channel), 10)
}

// pressedMessage is the message a pressed button is on; one the fake
// does not have (sent before the test) it makes, bare, so that the answer
// may edit it. It runs under the lock.
func (f *Fake) pressedMessage(id, channelID string, customID any) map[string]any {
	m := f.messages[id]
	if m == nil {
		m = &message{id: id, channelID: channelID, fields: map[string]any{}, sent: f.now()}
		if ch := f.channels[channelID]; ch != nil && ch.guild != nil {
			m.guildID = ch.guild.ID
		}
		f.messages[id] = m
		return m.json()
	}
	if s, _ := customID.(string); !m.hasCustomID(s) {
		f.t.Errorf("discordtest: message %s has no button %q to press", id, s)
	}
	return m.json()
}

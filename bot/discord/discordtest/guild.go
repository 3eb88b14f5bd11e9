package discordtest

import (
	"slices"
	"strconv"
	"time"
)

// Permission bits, as Discord numbers them.
const (
	PermCreateInvite   int64 = 1 << 0
	PermAdministrator  int64 = 1 << 3
	PermManageChannels int64 = 1 << 4
	PermManageGuild    int64 = 1 << 5
	PermViewChannel    int64 = 1 << 10
	PermSendMessages   int64 = 1 << 11
	PermManageMessages int64 = 1 << 13
	PermEmbedLinks     int64 = 1 << 14
	PermReadHistory    int64 = 1 << 16
	PermUseCommands    int64 = 1 << 31

	// PermAll is every permission, as an administrator or the owner has.
	PermAll int64 = 1<<47 - 1
	// DefaultPermissions are the @everyone role's when a guild names none.
	DefaultPermissions = PermCreateInvite | PermViewChannel | PermSendMessages |
		PermEmbedLinks | PermReadHistory | PermUseCommands
)

// Channel types.
const (
	ChannelText     = 0
	ChannelDM       = 1
	ChannelCategory = 4
	ChannelNews     = 5
)

// User is a Discord user.
type User struct {
	ID       string
	Username string
	Bot      bool
}

// Bot is the fake's bot user.
func Bot() User { return User{ID: BotID, Username: BotName, Bot: true} }

// Guild is a server the bot is in.
type Guild struct {
	ID, Name string
	OwnerID  string // has every permission
	// Roles are the guild's roles; the one whose ID is the guild's is
	// @everyone, DefaultPermissions when none is.
	Roles    []Role
	Channels []Channel
	// Members are the guild's members besides the bot, whose roles are
	// BotRoles.
	Members  []Member
	BotRoles []string
}

// Role is a guild's role.
type Role struct {
	ID, Name    string
	Permissions int64
}

// Channel is a guild's channel (ChannelText when Type is 0).
type Channel struct {
	ID, Name   string
	Type       int
	Overwrites []Overwrite
}

// Overwrite changes the permissions of a role (or, with Member, of a
// member) in a channel.
type Overwrite struct {
	ID          string
	Member      bool
	Allow, Deny int64
}

// Member is a user of a guild, with the ids of their roles.
type Member struct {
	User  User
	Roles []string
	Nick  string
}

// channel is a channel the fake knows: a guild's, or a DM.
type channel struct {
	Channel
	guild     *Guild // nil for a DM
	recipient User   // of a DM
}

// addGuild makes g and its channels known; it runs under the lock or
// before the fake serves.
func (f *Fake) addGuild(g Guild) *Guild {
	gc := g
	if !slices.ContainsFunc(gc.Roles, func(r Role) bool { return r.ID == gc.ID }) {
		gc.Roles = append([]Role{{ID: gc.ID, Name: "@everyone", Permissions: DefaultPermissions}}, gc.Roles...)
	}
	if _, ok := f.guilds[gc.ID]; !ok {
		f.guildOrder = append(f.guildOrder, gc.ID)
	}
	f.guilds[gc.ID] = &gc
	for _, c := range gc.Channels {
		f.channels[c.ID] = &channel{Channel: c, guild: &gc}
	}
	return &gc
}

// member is the member of g with the user id, the bot included.
func (g *Guild) member(userID string) (Member, bool) {
	if userID == BotID {
		return Member{User: Bot(), Roles: g.BotRoles}, true
	}
	for _, m := range g.Members {
		if m.User.ID == userID {
			return m, true
		}
	}
	return Member{}, false
}

// Permissions computes a member's permissions in a channel of g (nil: in
// the guild) as Discord does: @everyone and the member's roles, everything
// for an administrator or the owner, then the channel's overwrites for
// @everyone, for the member's roles, and for the member.
func (g *Guild) Permissions(m Member, ch *Channel) int64 {
	if m.User.ID != "" && m.User.ID == g.OwnerID {
		return PermAll
	}
	var perms int64
	for _, r := range g.Roles {
		if r.ID == g.ID || slices.Contains(m.Roles, r.ID) {
			perms |= r.Permissions
		}
	}
	if perms&PermAdministrator != 0 {
		return PermAll
	}
	if ch == nil {
		return perms
	}
	var allow, deny int64
	for _, o := range ch.Overwrites {
		switch {
		case !o.Member && o.ID == g.ID:
			perms = perms&^o.Deny | o.Allow
		case !o.Member && slices.Contains(m.Roles, o.ID):
			allow, deny = allow|o.Allow, deny|o.Deny
		}
	}
	perms = perms&^deny | allow
	for _, o := range ch.Overwrites {
		if o.Member && o.ID == m.User.ID {
			perms = perms&^o.Deny | o.Allow
		}
	}
	return perms
}

func (u User) json() map[string]any {
	name := u.Username
	if name == "" {
		name = "user" + u.ID
	}
	return map[string]any{"id": u.ID, "username": name, "global_name": name, "discriminator": "0", "bot": u.Bot}
}

func (m Member) json(joined time.Time) map[string]any {
	roles := m.Roles
	if roles == nil {
		roles = []string{}
	}
	return map[string]any{"user": m.User.json(), "roles": roles, "nick": m.Nick,
		"joined_at": joined.UTC().Format(time.RFC3339), "deaf": false, "mute": false}
}

func (c *channel) json() map[string]any {
	out := map[string]any{"id": c.ID, "type": c.Type}
	if c.guild == nil {
		out["recipients"] = []any{c.recipient.json()}
		return out
	}
	ows := []any{}
	for _, o := range c.Overwrites {
		typ := 0
		if o.Member {
			typ = 1
		}
		ows = append(ows, map[string]any{"id": o.ID, "type": typ,
			"allow": strconv.FormatInt(o.Allow, 10), "deny": strconv.FormatInt(o.Deny, 10)})
	}
	out["guild_id"], out["name"], out["permission_overwrites"] = c.guild.ID, c.Name, ows
	return out
}

// json is g as GUILD_CREATE sends it, its members and the bot included.
func (g *Guild) json(now time.Time) map[string]any {
	roles := []any{}
	for i, r := range g.Roles {
		roles = append(roles, map[string]any{"id": r.ID, "name": r.Name, "position": i,
			"permissions": strconv.FormatInt(r.Permissions, 10)})
	}
	channels := []any{}
	for _, c := range g.Channels {
		ch := &channel{Channel: c, guild: g}
		channels = append(channels, ch.json())
	}
	bot, _ := g.member(BotID)
	members := []any{bot.json(now)}
	for _, m := range g.Members {
		members = append(members, m.json(now))
	}
	return map[string]any{"id": g.ID, "name": g.Name, "owner_id": g.OwnerID, "unavailable": false,
		"joined_at": now.UTC().Format(time.RFC3339), "member_count": len(members),
		"roles": roles, "channels": channels, "members": members}
}

// AddGuild makes the bot join g: the fake knows it, and sends its
// GUILD_CREATE to the connected clients.
func (f *Fake) AddGuild(g Guild) {
	f.mu.Lock()
	gc := f.addGuild(g)
	data := gc.json(f.now())
	f.mu.Unlock()
	f.broadcast("GUILD_CREATE", data)
}

// AddChannel makes a guild's new channel known (it is not dispatched).
func (f *Fake) AddChannel(guildID string, c Channel) {
	f.mu.Lock()
	defer f.mu.Unlock()
	g := f.guilds[guildID]
	if g == nil {
		f.t.Errorf("discordtest: AddChannel to unknown guild %s", guildID)
		return
	}
	g.Channels = append(g.Channels, c)
	f.channels[c.ID] = &channel{Channel: c, guild: g}
}

// dmChannel is the DM channel with a user, made on first use; it runs
// under the lock.
func (f *Fake) dmChannel(u User) string {
	if id, ok := f.dms[u.ID]; ok {
		return id
	}
	id := f.newID()
	f.dms[u.ID] = id
	f.channels[id] = &channel{Channel: Channel{ID: id, Type: ChannelDM}, recipient: u}
	return id
}

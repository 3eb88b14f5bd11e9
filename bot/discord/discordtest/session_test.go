package discordtest_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"briefbot/bot/discord/discordtest"
)

// rewrite maps discordgo's https://discord.com/api/v<N>/... onto the
// fake's base, as the adapter's client does.
type rewrite struct {
	base string
	next http.RoundTripper
}

var apiPath = regexp.MustCompile(`^/api/v[0-9]+(/.*)$`)

func (rt rewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	m := apiPath.FindStringSubmatch(r.URL.EscapedPath())
	if r.URL.Host != "discord.com" || m == nil {
		return rt.next.RoundTrip(r)
	}
	u, err := url.Parse(rt.base + m[1])
	if err != nil {
		return nil, err
	}
	u.RawQuery = r.URL.RawQuery
	r2 := r.Clone(r.Context())
	r2.URL, r2.Host = u, u.Host
	return rt.next.RoundTrip(r2)
}

// newSession is a discordgo session whose REST calls go to the fake; it
// is not connected to the gateway.
func newSession(t *testing.T, f *discordtest.Fake, token string) *discordgo.Session {
	t.Helper()
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		t.Fatal(err)
	}
	s.Client = &http.Client{Transport: rewrite{f.URL(), http.DefaultTransport}, Timeout: 5 * time.Second}
	return s
}

// open connects s to the fake's gateway, and closes it when the test ends
// (discordgo's Close waits a second, so the tests that open run in
// parallel).
func open(t *testing.T, f *discordtest.Fake, s *discordgo.Session) {
	t.Helper()
	if err := s.Open(); err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	// discordgo sends its first heartbeat as it connects; a Close while it
	// does makes it reconnect, so the tests wait for it.
	err := f.WaitGateway(ctxFor(t), func(g discordtest.GatewayState) bool { return g.Heartbeats >= 1 })
	if err != nil {
		t.Fatalf("no heartbeat: %v", err)
	}
}

func ctxFor(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// events collects the events of one type discordgo hands its handlers.
func events[E any](s *discordgo.Session) chan E {
	ch := make(chan E, 16)
	s.AddHandler(func(_ *discordgo.Session, e E) { ch <- e })
	return ch
}

func next[E any](t *testing.T, ch chan E) E {
	t.Helper()
	select {
	case e := <-ch:
		return e
	case <-time.After(5 * time.Second):
		var zero E
		t.Fatalf("no %T came", zero)
		return zero
	}
}

const (
	guildID   = "2000"
	newsID    = "2001" // the bot may post
	quietID   = "2002" // @everyone may read, not post
	hiddenID  = "2003" // @everyone may not read
	adminRole = "2100"
)

var (
	ana = discordtest.User{ID: "3001", Username: "ana"}
	bo  = discordtest.User{ID: "3002", Username: "bo"}
)

func newsGuild() discordtest.Guild {
	return discordtest.Guild{
		ID: guildID, Name: "News Room", OwnerID: "3999",
		Roles: []discordtest.Role{{ID: adminRole, Name: "admin", Permissions: discordtest.PermAdministrator}},
		Channels: []discordtest.Channel{
			{ID: newsID, Name: "news"},
			{ID: quietID, Name: "quiet", Overwrites: []discordtest.Overwrite{{ID: guildID, Deny: discordtest.PermSendMessages}}},
			{ID: hiddenID, Name: "hidden", Overwrites: []discordtest.Overwrite{{ID: guildID, Deny: discordtest.PermViewChannel}}},
		},
		Members: []discordtest.Member{{User: ana, Roles: []string{adminRole}}, {User: bo}},
	}
}

func TestGatewayRefusesAWrongToken(t *testing.T) {
	t.Parallel()
	f := discordtest.New(t, discordtest.Options{})
	s := newSession(t, f, "wrong")
	err := s.Open()
	if err == nil {
		_ = s.Close()
		t.Fatal("Open with a wrong token succeeded")
	}
	if !strings.Contains(err.Error(), "4004") {
		t.Errorf("Open: %v, want the close code 4004 (authentication failed)", err)
	}
	if got := f.Gateway(); got.Identifies != 1 || got.Connected != 0 {
		t.Errorf("gateway = %+v, want one identify and nobody connected", got)
	}
}

func TestGatewayResumesAfterADrop(t *testing.T) {
	t.Parallel()
	f := discordtest.New(t, discordtest.Options{Guilds: []discordtest.Guild{newsGuild()}})
	s := newSession(t, f, discordtest.Token)
	resumed := events[*discordgo.Resumed](s)
	open(t, f, s)
	f.DropGateway()

	// The resumed connection's first heartbeat is awaited too, so that
	// the session does not close while sending it.
	err := f.WaitGateway(ctxFor(t), func(g discordtest.GatewayState) bool {
		return g.Resumes == 1 && g.Connected == 1 && g.Heartbeats == 2
	})
	if err != nil {
		t.Fatalf("no resume: %v (%+v)", err, f.Gateway())
	}
	next(t, resumed)
	r := f.Resumes()[0]
	if r.SessionID != discordtest.SessionID || r.Seq != 2 {
		t.Errorf("RESUME = %+v, want the session and seq 2 (READY, GUILD_CREATE)", r)
	}
	if got := f.Gateway().Identifies; got != 1 {
		t.Errorf("identifies = %d, want 1: a resume does not identify again", got)
	}
}

// readyGuildsAndState checks what a session got as it connected.
func readyGuildsAndState(t *testing.T, b *bot) {
	f, s, ready, guilds := b.f, b.s, b.ready, b.guilds

	r := next(t, ready)
	if r.SessionID != discordtest.SessionID || r.User.ID != discordtest.BotID || r.Application.ID != discordtest.AppID {
		t.Errorf("READY = session %q, user %+v, application %+v", r.SessionID, r.User, r.Application)
	}
	if r.Shard == nil || *r.Shard != [2]int{1, 2} {
		t.Errorf("READY shard = %v, want [1 2]", r.Shard)
	}
	g := next(t, guilds)
	if g.Name != "News Room" || len(g.Channels) != 3 || len(g.Members) != 3 {
		t.Errorf("GUILD_CREATE = %q, %d channels, %d members; want News Room, 3, 3 (the bot too)", g.Name, len(g.Channels), len(g.Members))
	}

	ids := f.Identifies()
	if len(ids) != 1 {
		t.Fatalf("identifies = %d, want 1", len(ids))
	}
	id := ids[0]
	if id.Token != "Bot "+discordtest.Token || id.Intents != int64(s.Identify.Intents) || !slices.Equal(id.Shard, []int{1, 2}) {
		t.Errorf("IDENTIFY token %q intents %d shard %v", id.Token, id.Intents, id.Shard)
	}
	if !id.Compress || id.Query.Get("v") != "9" || id.Query.Get("encoding") != "json" {
		t.Errorf("IDENTIFY compress %v, query %v: discordgo asks for compress, v=9, json", id.Compress, id.Query)
	}

	// discordgo's state reads the guild's roles, channels and members.
	perms := func(user, ch string) int64 {
		p, err := s.State.UserChannelPermissions(user, ch)
		if err != nil {
			t.Fatalf("permissions of %s in %s: %v", user, ch, err)
		}
		return p
	}
	if p := perms(discordtest.BotID, newsID); p&discordgo.PermissionSendMessages == 0 {
		t.Errorf("the bot cannot post in #news: %b", p)
	}
	if p := perms(discordtest.BotID, quietID); p&discordgo.PermissionSendMessages != 0 {
		t.Errorf("the bot may post in #quiet, whose overwrite denies it: %b", p)
	}
	if p := perms(ana.ID, quietID); p&discordgo.PermissionAdministrator == 0 {
		t.Errorf("ana, an admin, is not one: %b", p)
	}
}

package discord_test

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"briefbot/bot"
	"briefbot/bot/discord"
	"briefbot/bot/discord/discordtest"
)

// waitLimit bounds every wait of the end-to-end tests for what the bot
// does; none waits for time to pass.
const waitLimit = 10 * time.Second

// The server and its members in the end-to-end tests.
const (
	guildID   = "500"
	channelID = "42"
	ownerID   = "1"  // owns the server
	modID     = "2"  // may manage channels
	memberID  = "7"  // may not
	adminID   = "99" // the bot's admin (Options.Admins), a member
)

var (
	owner  = discordtest.User{ID: ownerID, Username: "owner"}
	mod    = discordtest.User{ID: modID, Username: "mod"}
	member = discordtest.User{ID: memberID, Username: "member"}
	admin  = discordtest.User{ID: adminID, Username: "admin"}
)

// server is the guild of the end-to-end tests: one text channel, a role
// that may manage channels, and its members.
func server() discordtest.Guild {
	return discordtest.Guild{ID: guildID, Name: "News", OwnerID: ownerID,
		Roles:    []discordtest.Role{{ID: "600", Name: "mods", Permissions: discordtest.DefaultPermissions | discordtest.PermManageChannels}},
		Channels: []discordtest.Channel{{ID: channelID, Name: "news"}, {ID: "43", Name: "other"}},
		Members: []discordtest.Member{{User: owner}, {User: mod, Roles: []string{"600"}}, {User: member},
			{User: admin}}}
}

// in is where a member writes: the server's channel.
func in(u discordtest.User) discordtest.Origin {
	return discordtest.Origin{GuildID: guildID, ChannelID: channelID, User: u}
}

// dropper makes the next message sent to a channel lose its answer: the
// request reaches the fake (which takes the message), and the bot gets no
// answer, as when a connection drops after the request was written.
type dropper struct {
	next http.RoundTripper
	drop atomic.Bool
}

func (d *dropper) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := d.next.RoundTrip(r)
	if err == nil && r.Method == "POST" && strings.HasSuffix(r.URL.Path, "/messages") && d.drop.CompareAndSwap(true, false) {
		resp.Body.Close()
		return nil, errors.New("connection reset by peer")
	}
	return resp, err
}

// running is a bot served over the fake's gateway until the test ends.
type running struct {
	fake     *discordtest.Fake
	bot      *discord.Bot
	dropper  *dropper
	waits    *waits
	ups      chan struct{} // a value each time the bot says it is connected
	endpoint bool          // the bot serves the interactions endpoint
}

// waits records the waits the bot asked for; none is held.
type waits struct {
	mu  sync.Mutex
	got []time.Duration
}

func (w *waits) sleep(_ context.Context, d time.Duration) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.got = append(w.got, d)
	return nil
}

// serve runs a bot over fake answering through h, with o, until the test
// ends; it returns once the bot is connected (over the gateway, or
// serving its endpoint), its commands registered.
func serve(t *testing.T, fake *discordtest.Fake, h bot.Handler, o discord.Options) *running {
	t.Helper()
	r := start(t, fake, h, o)
	r.connected(t)
	return r
}

// start starts a bot over fake answering through h, with o, until the
// test ends.
func start(t *testing.T, fake *discordtest.Fake, h bot.Handler, o discord.Options) *running {
	t.Helper()
	r := &running{fake: fake, dropper: &dropper{next: http.DefaultTransport}, waits: &waits{},
		ups: make(chan struct{}, 100), endpoint: o.Interactions.Listen != ""}
	o.Token, o.APIBase = discordtest.Token, fake.URL()
	o.Client = &http.Client{Transport: r.dropper, Timeout: waitLimit}
	if o.Sleep == nil {
		o.Sleep = r.waits.sleep
	}
	o.OnConnected = func(up bool) {
		if up {
			select {
			case r.ups <- struct{}{}:
			default:
			}
		}
	}
	b, err := discord.New(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	r.bot = b
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx, h) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	return r
}

// connected waits until the bot serves: its gateway session is
// identified, or its endpoint listens; its commands are registered then.
func (r *running) connected(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	if !r.endpoint {
		if err := r.fake.WaitGateway(ctx, func(s discordtest.GatewayState) bool { return s.Connected > 0 }); err != nil {
			t.Fatalf("the bot did not connect: %v", err)
		}
		return
	}
	for r.bot.EndpointAddr() == "" {
		select {
		case <-r.ups:
		case <-ctx.Done():
			t.Fatal("the bot did not serve its endpoint")
		}
	}
}

// settle waits until the bot has answered the interaction: its callback
// came, and the work and replies it started are done.
func (r *running) settle(t *testing.T, ix discordtest.Interaction) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	_, err := r.fake.WaitFor(ctx, func(c discordtest.Call) bool { return c.Route == discordtest.RouteCallback && c.Interaction == ix.ID })
	if err != nil {
		t.Fatalf("interaction %s was never acknowledged: %v", ix.ID, err)
	}
	if err := r.bot.Wait(ctx); err != nil {
		t.Fatal(err)
	}
}

// settleMessage waits until the bot replied to the message with the id.
func (r *running) settleMessage(t *testing.T, messageID string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	_, err := r.fake.WaitFor(ctx, func(c discordtest.Call) bool {
		return c.Route == discordtest.RouteMessageCreate && strings.Contains(string(c.Body), `"message_id":"`+messageID+`"`)
	})
	if err != nil {
		t.Fatalf("message %s was never answered: %v", messageID, err)
	}
	if err := r.bot.Wait(ctx); err != nil {
		t.Fatal(err)
	}
}

// nextID makes the ids of the messages the tests write.
var nextID atomic.Int64

// reply dispatches a MESSAGE_CREATE from u in the origin's channel that
// replies to the bot's message with the id (none: a plain message) and
// returns its id.
func (r *running) reply(at discordtest.Origin, replyTo, text string) string {
	id := strconv.FormatInt(9_000_000_000+nextID.Add(1), 10)
	m := map[string]any{"id": id, "channel_id": at.ChannelID, "type": 0, "content": text,
		"author": map[string]any{"id": at.User.ID, "username": at.User.Username}, "mentions": []any{}}
	if at.GuildID != "" {
		m["guild_id"] = at.GuildID
		m["member"] = map[string]any{"roles": []any{}}
	}
	if replyTo != "" {
		m["type"] = 19
		m["message_reference"] = map[string]any{"message_id": replyTo, "channel_id": at.ChannelID}
		m["referenced_message"] = map[string]any{"id": replyTo, "channel_id": at.ChannelID, "content": "",
			"author": map[string]any{"id": discordtest.BotID, "username": discordtest.BotName, "bot": true}}
	}
	if err := r.fake.Dispatch("MESSAGE_CREATE", m); err != nil {
		panic(err)
	}
	return id
}

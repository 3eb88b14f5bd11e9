package discordtest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The fake's bot: the token it accepts (sessions send "Bot " + Token), its
// application, and who the gateway and GET /users/@me say it is. As on
// Discord, the bot's user id is its application's id.
const (
	Token     = "test-token-not-real"
	AppID     = "1000000000000000001"
	BotID     = AppID
	BotName   = "BriefBot"
	SessionID = "fake-session-1"
)

// Options configure a Fake; the zero value is a bot in no guild.
type Options struct {
	// Guilds are the servers the bot is in, sent as GUILD_CREATE after
	// READY and used for permissions.
	Guilds []Guild
	// HeartbeatInterval is the interval HELLO asks for; 0 is an hour, so
	// that a client sends one heartbeat when it connects and no more.
	HeartbeatInterval time.Duration
	// Now is the fake's clock, for the times it records and the 3 s and
	// 15 min windows of interactions; nil is time.Now.
	Now func() time.Time
	// Compress sends dispatches as zlib binary frames to a client whose
	// IDENTIFY asks "compress", as Discord does.
	Compress bool
	// AllowViolations stops the fake from failing the test when it
	// refuses a message or command over Discord's limits; the refusals
	// are still counted in Violations.
	AllowViolations bool
}

// Fake is the fake Discord. Its methods are safe for concurrent use.
type Fake struct {
	t    testing.TB
	opts Options
	srv  *httptest.Server
	mux  *http.ServeMux

	mu           sync.Mutex
	changed      chan struct{} // closed and replaced on each change
	calls        []*Call
	faults       []*fault
	latency      Latency
	violations   []string
	nextID       int64
	guilds       map[string]*Guild
	guildOrder   []string
	channels     map[string]*channel
	dms          map[string]string // user id -> DM channel id
	messages     map[string]*message
	interactions map[string]*interaction // by id
	tokens       map[string]*interaction // by token
	commands     map[string][]map[string]any
	gw           gateway
	endpoint     string         // where interactions are posted; "": the gateway
	deliveries   sync.WaitGroup // the posts under way
}

// New starts a fake Discord, closed when the test ends (after the
// cleanups the test registers later, such as closing its session).
func New(t testing.TB, opts Options) *Fake {
	if opts.HeartbeatInterval == 0 {
		opts.HeartbeatInterval = time.Hour
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	f := &Fake{
		t: t, opts: opts, changed: make(chan struct{}), nextID: 1200000000000000000,
		guilds: map[string]*Guild{}, channels: map[string]*channel{}, dms: map[string]string{},
		messages: map[string]*message{}, interactions: map[string]*interaction{},
		tokens: map[string]*interaction{}, commands: map[string][]map[string]any{},
		gw: gateway{conns: map[*conn]bool{}},
	}
	for _, g := range opts.Guilds {
		f.addGuild(g)
	}
	f.mux = f.routes()
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.Close)
	return f
}

// URL is the REST API's base, e.g. "http://127.0.0.1:PORT/api/v10".
func (f *Fake) URL() string { return f.srv.URL + "/api/v10" }

// GatewayURL is the gateway's address that GET /gateway gives.
func (f *Fake) GatewayURL() string { return "ws" + strings.TrimPrefix(f.srv.URL, "http") + gatewayPath }

// Close drops the gateway's connections and stops the fake: requests to it
// then fail to connect. It is safe to call more than once.
func (f *Fake) Close() {
	f.closeGateway()
	f.deliveries.Wait()
	f.srv.Close()
}

const gatewayPath = "/gateway-ws"

var apiPrefix = regexp.MustCompile(`^/api/v([0-9]+)(/.*)$`)

// serve sends the gateway's path to the gateway and the rest, without its
// /api/v<N> prefix, to the REST routes.
func (f *Fake) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == gatewayPath || r.URL.Path == gatewayPath+"/" {
		f.serveGateway(w, r)
		return
	}
	version, rest := "", r.URL.Path
	if m := apiPrefix.FindStringSubmatch(r.URL.Path); m != nil {
		version, rest = m[1], m[2]
	} else {
		rest = "/not-under-api" + rest // reaches the catch-all
	}
	r2 := r.WithContext(context.WithValue(r.Context(), versionKey{}, version))
	u := *r.URL
	u.Path, u.RawPath = rest, ""
	r2.URL = &u
	f.mux.ServeHTTP(w, r2)
}

type versionKey struct{}

// now is the fake's clock.
func (f *Fake) now() time.Time { return f.opts.Now() }

// newID returns a new snowflake; it runs under the lock.
func (f *Fake) newID() string {
	f.nextID++
	return strconv.FormatInt(f.nextID, 10)
}

// notify wakes the waiters; it runs under the lock.
func (f *Fake) notify() {
	close(f.changed)
	f.changed = make(chan struct{})
}

// waitUntil returns nil once cond, run under the lock, is true, or ctx's
// error when ctx ends first.
func (f *Fake) waitUntil(ctx context.Context, cond func() bool) error {
	for {
		f.mu.Lock()
		ok, ch := cond(), f.changed
		f.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// refuse counts a violation of Discord's limits and, unless the options
// allow them, fails the test; it runs under the lock.
func (f *Fake) refuse(route string, problems []string) {
	for _, p := range problems {
		f.violations = append(f.violations, route+": "+p)
		if !f.opts.AllowViolations {
			f.t.Errorf("discordtest: %s refused as Discord would: %s", route, p)
		}
	}
	f.notify()
}

// Violations are the refusals of messages and commands over Discord's
// limits so far, each as "route: problem".
func (f *Fake) Violations() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.violations...)
}

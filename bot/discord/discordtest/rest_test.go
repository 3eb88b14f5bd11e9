package discordtest_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"briefbot/bot/discord/discordtest"
)

// rest is a fake with the news guild and a session that only calls the
// REST API.
func rest(t *testing.T, opts discordtest.Options) (*discordtest.Fake, *discordgo.Session) {
	t.Helper()
	opts.Guilds = []discordtest.Guild{newsGuild()}
	f := discordtest.New(t, opts)
	return f, newSession(t, f, discordtest.Token)
}

func TestChannelMessages(t *testing.T) {
	f, s := rest(t, discordtest.Options{})
	msg, err := s.ChannelMessageSend(newsID, "Korea today")
	if err != nil {
		t.Fatalf("ChannelMessageSend: %v", err)
	}
	if msg.ID == "" || msg.ChannelID != newsID || msg.GuildID != guildID || msg.Author.ID != discordtest.BotID || msg.Content != "Korea today" {
		t.Errorf("sent %+v", msg)
	}
	edited, err := s.ChannelMessageEdit(newsID, msg.ID, "Korea tonight")
	if err != nil || edited.ID != msg.ID || edited.Content != "Korea tonight" || edited.EditedTimestamp == nil {
		t.Errorf("ChannelMessageEdit = %+v, %v", edited, err)
	}
	calls := f.Calls(discordtest.RouteMessageCreate, discordtest.RouteMessageEdit)
	if len(calls) != 2 || calls[0].MessageID != msg.ID || calls[0].ChannelID != newsID || calls[0].Version != "10" ||
		calls[1].Message().Content != "Korea tonight" {
		t.Errorf("calls = %+v", calls)
	}

	ch, err := s.Channel(newsID)
	if err != nil || ch.Name != "news" || ch.GuildID != guildID {
		t.Errorf("Channel = %+v, %v", ch, err)
	}
	me, err := s.User("@me")
	if err != nil || me.ID != discordtest.BotID || !me.Bot {
		t.Errorf("User(@me) = %+v, %v", me, err)
	}
	dm, err := s.UserChannelCreate(ana.ID)
	if err != nil {
		t.Fatalf("UserChannelCreate: %v", err)
	}
	if _, err := s.ChannelMessageSend(dm.ID, "hi"); err != nil {
		t.Errorf("a DM: %v", err)
	}

	refused := []struct {
		name, channel string
		code          int
	}{
		{"unknown channel", "9999", 10003},
		{"channel denying the bot to post", quietID, 50013},
		{"channel hidden from the bot", hiddenID, 50001},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.ChannelMessageSend(tt.channel, "x"); restCode(err) != tt.code {
				t.Errorf("sending: %v, want code %d", err, tt.code)
			}
		})
	}
	if _, err := s.ChannelMessageEdit(quietID, msg.ID, "x"); restCode(err) != 10008 {
		t.Errorf("editing a message of another channel: %v, want 10008", err)
	}
}

func TestMultipartMessage(t *testing.T) {
	f, s := rest(t, discordtest.Options{})
	_, err := s.ChannelMessageSendComplex(newsID, &discordgo.MessageSend{Content: "the list",
		Files: []*discordgo.File{{Name: "brief.txt", ContentType: "text/plain", Reader: strings.NewReader("one\ntwo")}}})
	if err != nil {
		t.Fatalf("sending a file: %v", err)
	}
	c := f.Calls(discordtest.RouteMessageCreate)
	if len(c) != 1 || c[0].Message().Content != "the list" || len(c[0].Files) != 1 || c[0].Files[0] != "brief.txt" {
		t.Errorf("calls = %+v", c)
	}
}

func TestFaults(t *testing.T) {
	tests := []struct {
		name   string
		fault  discordtest.Fault
		status int
		code   int
	}{
		{"missing permissions", discordtest.MissingPermissions(), 403, 50013},
		{"missing access", discordtest.MissingAccess(), 403, 50001},
		{"unknown channel", discordtest.UnknownChannel(), 404, 10003},
		{"server error", discordtest.ServerError(), 500, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, s := rest(t, discordtest.Options{})
			f.Fail(discordtest.RouteMessageCreate, 1, tt.fault)
			_, err := s.ChannelMessageSend(newsID, "x")
			var re *discordgo.RESTError
			if !errors.As(err, &re) || re.Response.StatusCode != tt.status || restCode(err) != tt.code {
				t.Fatalf("sending: %v, want %d with code %d", err, tt.status, tt.code)
			}
			if _, err := s.ChannelMessageSend(newsID, "x"); err != nil {
				t.Errorf("the call after the fault: %v", err)
			}
			c := f.Calls()
			if len(c) != 2 || !c[0].Fault || c[0].Status != tt.status || c[1].Fault || c[1].Status != 200 {
				t.Errorf("calls = %+v", c)
			}
		})
	}
}

func TestFaultsOnAnyRouteAndEveryCall(t *testing.T) {
	f, s := rest(t, discordtest.Options{})
	f.Fail(discordtest.AnyRoute, 2, discordtest.MissingAccess())
	if _, err := s.Channel(newsID); restCode(err) != 50001 {
		t.Errorf("first call: %v", err)
	}
	if _, err := s.User("@me"); restCode(err) != 50001 {
		t.Errorf("second call: %v", err)
	}
	if _, err := s.User("@me"); err != nil {
		t.Errorf("third call: %v", err)
	}
	f.Fail(discordtest.RouteMe, 0, discordtest.ServerError())
	for range 3 {
		if _, err := s.User("@me"); err == nil {
			t.Fatal("a call succeeded while every call fails")
		}
	}
	f.ClearFaults()
	if _, err := s.User("@me"); err != nil {
		t.Errorf("after ClearFaults: %v", err)
	}
}

func TestBadGatewayRetriedByDiscordgo(t *testing.T) {
	f, s := rest(t, discordtest.Options{})
	f.Fail(discordtest.RouteMessageCreate, 2, discordtest.BadGateway())
	if _, err := s.ChannelMessageSend(newsID, "x"); err != nil {
		t.Fatalf("sending through two 502s: %v", err)
	}
	if got := len(f.Calls(discordtest.RouteMessageCreate)); got != 3 {
		t.Errorf("calls = %d, want 3: discordgo retries a 502 by itself", got)
	}
}

func TestRateLimitRetriedByDiscordgo(t *testing.T) {
	f, s := rest(t, discordtest.Options{})
	limited := events[*discordgo.RateLimit](s)
	f.Fail(discordtest.RouteMessageCreate, 1, discordtest.RateLimited(0.05))
	if _, err := s.ChannelMessageSend(newsID, "x"); err != nil {
		t.Fatalf("sending through a 429: %v", err)
	}
	c := f.Calls(discordtest.RouteMessageCreate)
	if len(c) != 2 || c[0].Status != 429 || c[1].Status != 200 {
		t.Fatalf("calls = %+v, want a 429 then the retry", c)
	}
	if waited := c[1].At.Sub(c[0].At); waited < 50*time.Millisecond {
		t.Errorf("discordgo retried after %v, before retry_after", waited)
	}
	if rl := next(t, limited); rl.RetryAfter != 50*time.Millisecond || rl.Message != "You are being rate limited." {
		t.Errorf("RateLimit event = %+v", rl.TooManyRequests)
	}
}

func TestRateLimitReturnedWhenNotRetried(t *testing.T) {
	tests := []struct {
		name   string
		fault  discordtest.Fault
		global string
	}{
		{"route", discordtest.RateLimited(0.05), ""},
		{"global", discordtest.GlobalRateLimited(0.05), "true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, s := rest(t, discordtest.Options{})
			f.Fail(discordtest.RouteMessageCreate, 1, tt.fault)
			_, err := s.ChannelMessageSend(newsID, "x", discordgo.WithRetryOnRatelimit(false))
			var rl *discordgo.RateLimitError
			if !errors.As(err, &rl) || rl.RetryAfter != 50*time.Millisecond {
				t.Fatalf("sending: %v, want a RateLimitError of 50ms", err)
			}
			resp := rawCall(t, f, http.MethodGet, "/users/@me", tt.fault)
			for _, k := range []string{"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Reset-After", "X-RateLimit-Bucket", "Retry-After"} {
				if resp.Header.Get(k) == "" {
					t.Errorf("the 429 lacks %s", k)
				}
			}
			if got := resp.Header.Get("X-RateLimit-Global"); got != tt.global {
				t.Errorf("X-RateLimit-Global = %q, want %q", got, tt.global)
			}
		})
	}
}

// rawCall makes a call with net/http, failing it with ft.
func rawCall(t *testing.T, f *discordtest.Fake, method, path string, ft discordtest.Fault) *http.Response {
	t.Helper()
	f.Fail(discordtest.AnyRoute, 1, ft)
	req, err := http.NewRequestWithContext(t.Context(), method, f.URL()+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bot "+discordtest.Token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

func TestNotFoundAndUnauthorized(t *testing.T) {
	f, s := rest(t, discordtest.Options{})
	tests := []struct {
		name, path, token string
		status            int
		body              string
	}{
		{"unknown route", "/guilds/1/bans", "Bot " + discordtest.Token, 404, `{"code":0,"message":"404: Not Found"}`},
		{"outside the API", "/robots.txt", "Bot " + discordtest.Token, 404, `{"code":0,"message":"404: Not Found"}`},
		{"wrong token", "/users/@me", "Bot nope", 401, `{"code":0,"message":"401: Unauthorized"}`},
		{"no token for the gateway", "/gateway", "", 200, `{"url":"` + f.GatewayURL() + `"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := f.URL()
			if tt.path == "/robots.txt" {
				base = strings.TrimSuffix(base, "/api/v10")
			}
			req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, base+tt.path, nil)
			if tt.token != "" {
				req.Header.Set("Authorization", tt.token)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var body, want any
			_ = json.NewDecoder(resp.Body).Decode(&body)
			_ = json.Unmarshal([]byte(tt.body), &want)
			if resp.StatusCode != tt.status || fmt.Sprint(body) != fmt.Sprint(want) {
				t.Errorf("%s = %d %v, want %d %v", tt.path, resp.StatusCode, body, tt.status, want)
			}
		})
	}
	if _, err := s.GuildBans(guildID, 10, "", ""); restCode(err) != 0 {
		t.Errorf("discordgo on an unknown route: %v", err)
	}
	if got := f.Calls(discordtest.RouteUnknown); len(got) != 3 {
		t.Errorf("unknown calls = %d, want 3", len(got))
	}
}

func TestWaitFor(t *testing.T) {
	f, s := rest(t, discordtest.Options{})
	done, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := f.WaitFor(done, discordtest.ByRoute(discordtest.RouteMessageCreate)); err == nil {
		t.Error("WaitFor returned no error for a call that never came")
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		if _, err := s.ChannelMessageSend(newsID, "later"); err != nil {
			t.Errorf("sending: %v", err)
		}
	})
	c, err := f.WaitFor(ctxFor(t), discordtest.ByRoute(discordtest.RouteMessageCreate))
	wg.Wait()
	if err != nil || c.Message().Content != "later" {
		t.Errorf("WaitFor = %+v, %v", c, err)
	}
	if got := f.Took(discordtest.RouteMessageCreate); len(got) != 1 || len(f.Calls()) != 0 {
		t.Errorf("Took = %d calls, and %d left", len(got), len(f.Calls()))
	}
}

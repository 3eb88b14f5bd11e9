package discordtest_test

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"briefbot/bot/discord/discordtest"
	"briefbot/internal/testclock"
)

var briefCommand = &discordgo.ApplicationCommand{
	Name: "brief", Description: "The news on a topic",
	Options: []*discordgo.ApplicationCommandOption{{
		Type: discordgo.ApplicationCommandOptionString, Name: "topic", Description: "What about",
		Required: true, Autocomplete: true,
	}},
}

// bot is a session open on a fake with the news guild (compressed, as
// shard 1 of 2) and the /brief command registered, with the events it
// receives.
type bot struct {
	f      *discordtest.Fake
	s      *discordgo.Session
	clk    *testclock.Clock
	got    chan *discordgo.InteractionCreate
	ready  chan *discordgo.Ready
	guilds chan *discordgo.GuildCreate
}

func connected(t *testing.T) *bot {
	t.Helper()
	clk := testclock.New(time.Unix(1_700_000_000, 0))
	f := discordtest.New(t, discordtest.Options{Guilds: []discordtest.Guild{newsGuild()}, Now: clk.Now, Compress: true})
	s := newSession(t, f, discordtest.Token)
	s.ShardID, s.ShardCount = 1, 2
	s.Identify.Intents = discordgo.IntentsGuilds | discordgo.IntentsDirectMessages
	b := &bot{f: f, s: s, clk: clk, got: events[*discordgo.InteractionCreate](s),
		ready: events[*discordgo.Ready](s), guilds: events[*discordgo.GuildCreate](s)}
	open(t, f, s)
	cmds, err := s.ApplicationCommandBulkOverwrite(discordtest.AppID, "", []*discordgo.ApplicationCommand{briefCommand})
	if err != nil {
		t.Fatalf("ApplicationCommandBulkOverwrite: %v", err)
	}
	if len(cmds) != 1 || cmds[0].ID == "" || cmds[0].Name != "brief" || cmds[0].ApplicationID != discordtest.AppID {
		t.Fatalf("registered %+v, want /brief with an id", cmds)
	}
	return b
}

func restCode(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Message != nil {
		return re.Message.Code
	}
	return -1
}

// TestInteractions runs its cases on one session, as discordgo's Close
// takes a second.
func TestInteractions(t *testing.T) {
	t.Parallel()
	b := connected(t)
	f := b.f
	if c := f.Took(discordtest.RouteGlobalCommands); len(c) != 1 || c[0].Commands()[0].Options[0].Name != "topic" {
		t.Errorf("bulk overwrite calls = %+v, want one with the topic option", c)
	}
	if cmds := f.Commands(""); len(cmds) != 1 || cmds[0].ID == "" {
		t.Errorf("Commands = %+v", cmds)
	}
	cases := []struct {
		name string
		run  func(*testing.T, *bot)
	}{
		{"ready, guilds and state", readyGuildsAndState},
		{"command deferred then edited", commandDeferredThenEdited},
		{"press updates the message", pressUpdatesTheMessage},
		{"autocomplete", autocomplete},
		{"command in a DM", commandInDM},
		{"acknowledgement timed by the fake clock", timedAcknowledgement},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f.Took()
			tc.run(t, b)
		})
	}
}

func commandDeferredThenEdited(t *testing.T, b *bot) {
	f, s, got := b.f, b.s, b.got
	at := discordtest.Origin{GuildID: guildID, ChannelID: newsID, User: bo}
	sent := f.Command(at, "brief", discordtest.String("topic", "korea"))
	i := next(t, got).Interaction
	if i.ID != sent.ID || i.Token != sent.Token || i.AppID != discordtest.AppID || i.GuildID != guildID || i.ChannelID != newsID {
		t.Fatalf("interaction = %+v, want %+v", i, sent)
	}
	data := i.ApplicationCommandData()
	if data.Name != "brief" || data.Options[0].StringValue() != "korea" {
		t.Errorf("data = %+v", data)
	}
	if i.Member == nil || i.Member.User.ID != bo.ID || i.Member.Permissions&discordgo.PermissionSendMessages == 0 {
		t.Errorf("member = %+v, want bo, who may post", i.Member)
	}

	err := s.InteractionRespond(i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
	if err != nil {
		t.Fatalf("InteractionRespond: %v", err)
	}
	edit := &discordgo.WebhookEdit{
		Embeds: &[]*discordgo.MessageEmbed{{Title: "Korea", Description: "Three stories"}},
		Components: &[]discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "More", CustomID: "more:1", Style: discordgo.PrimaryButton},
		}}},
		AllowedMentions: &discordgo.MessageAllowedMentions{},
	}
	msg, err := s.InteractionResponseEdit(i, edit)
	if err != nil {
		t.Fatalf("InteractionResponseEdit: %v", err)
	}
	if msg.ID == "" || msg.Embeds[0].Title != "Korea" || msg.Flags&discordgo.MessageFlagsLoading != 0 {
		t.Errorf("edited = %+v, want the embed, no longer loading", msg)
	}

	cb := f.Calls(discordtest.RouteCallback)
	if len(cb) != 1 || cb[0].Callback() != discordtest.CallbackDeferred || cb[0].Interaction != sent.ID {
		t.Fatalf("callbacks = %+v, want one deferred", cb)
	}
	if cb[0].Since < 0 || cb[0].Since > discordtest.AckWindow {
		t.Errorf("acknowledged after %v, want within %v", cb[0].Since, discordtest.AckWindow)
	}
	ed := f.Calls(discordtest.RouteWebhookEdit)
	if len(ed) != 1 {
		t.Fatalf("edits = %d, want 1", len(ed))
	}
	m := ed[0].Message()
	if m.Embeds[0].Title != "Korea" || m.Components[0].Components[0].CustomID != "more:1" ||
		m.AllowedMentions == nil || len(m.AllowedMentions.Parse) != 0 {
		t.Errorf("edit sent %+v", m)
	}

	err = s.InteractionRespond(i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
	if restCode(err) != 40060 {
		t.Errorf("a second answer: %v, want 40060 (already acknowledged)", err)
	}
	fu, err := s.FollowupMessageCreate(i, true, &discordgo.WebhookParams{Content: "and one more"})
	if err != nil || fu.ID == "" || fu.Content != "and one more" {
		t.Errorf("FollowupMessageCreate = %+v, %v", fu, err)
	}
}

func pressUpdatesTheMessage(t *testing.T, b *bot) {
	f, s, got := b.f, b.s, b.got
	embed := &discordgo.MessageEmbed{Title: "Korea", Description: "Three stories"}
	msg, err := s.ChannelMessageSendComplex(newsID, &discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{embed},
		Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "More", CustomID: "more:1", Style: discordgo.PrimaryButton}}}}})
	if err != nil {
		t.Fatalf("sending: %v", err)
	}
	sent := f.Press(discordtest.Origin{GuildID: guildID, ChannelID: newsID, User: bo}, msg.ID, "more:1")
	p := next(t, got).Interaction
	if p.ID != sent.ID || p.Type != discordgo.InteractionMessageComponent || p.MessageComponentData().CustomID != "more:1" ||
		p.Message.ID != msg.ID || len(p.Message.Components) != 1 {
		t.Fatalf("press = %+v", p)
	}
	err = s.InteractionRespond(p, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage,
		Data: &discordgo.InteractionResponseData{Content: "page 2", Embeds: []*discordgo.MessageEmbed{embed}}})
	if err != nil {
		t.Fatalf("update: %v", err)
	}
	// discordgo sends "components": null, which takes the buttons away.
	if m, ok := f.Message(msg.ID); !ok || m.Content != "page 2" || len(m.Embeds) != 1 || len(m.Components) != 0 {
		t.Errorf("the message after the update = %+v, %v", m, ok)
	}
	if _, err := s.InteractionResponseEdit(p, &discordgo.WebhookEdit{Content: ptr("page 3")}); err != nil {
		t.Errorf("editing @original, the pressed message: %v", err)
	}
	if m, _ := f.Message(msg.ID); m.Content != "page 3" {
		t.Errorf("@original of a press edited %q, not the pressed message", m.Content)
	}
}

func autocomplete(t *testing.T, b *bot) {
	f, s, got := b.f, b.s, b.got
	f.Autocomplete(discordtest.Origin{GuildID: guildID, ChannelID: newsID, User: ana}, "brief", discordtest.String("topic", "kor"))
	a := next(t, got).Interaction
	opt := a.ApplicationCommandData().Options[0]
	if a.Type != discordgo.InteractionApplicationCommandAutocomplete || !opt.Focused || opt.StringValue() != "kor" {
		t.Fatalf("autocomplete = type %v, option %+v", a.Type, opt)
	}
	if a.Member.Permissions&discordgo.PermissionAdministrator == 0 {
		t.Errorf("ana's permissions %b lack administrator", a.Member.Permissions)
	}
	err := s.InteractionRespond(a, &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "Korea", Value: "korea"}}}})
	if err != nil {
		t.Fatalf("autocomplete result: %v", err)
	}
	if c := f.Calls(discordtest.RouteCallback); len(c) != 1 || c[0].Message().Choices[0].Name != "Korea" {
		t.Errorf("callbacks = %+v", c)
	}
}

func commandInDM(t *testing.T, b *bot) {
	f, s, got := b.f, b.s, b.got
	f.Command(discordtest.Origin{User: bo}, "brief", discordtest.String("topic", "chile"))
	d := next(t, got).Interaction
	if d.GuildID != "" || d.Member != nil || d.User == nil || d.User.ID != bo.ID || d.ChannelID == "" {
		t.Fatalf("DM interaction = guild %q, member %v, user %v, channel %q", d.GuildID, d.Member, d.User, d.ChannelID)
	}
	err := s.InteractionRespond(d, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: "Chile today", Flags: discordgo.MessageFlagsEphemeral}})
	if err != nil {
		t.Fatalf("InteractionRespond: %v", err)
	}
	if c := f.Calls(discordtest.RouteCallback); len(c) != 1 || c[0].Message().Content != "Chile today" || c[0].Message().Flags != 64 {
		t.Errorf("callbacks = %+v", c)
	}
	ch, err := s.UserChannelCreate(bo.ID)
	if err != nil || ch.ID != d.ChannelID {
		t.Errorf("bo's DM channel = %+v, %v; want the interaction's %s", ch, err, d.ChannelID)
	}
}

func timedAcknowledgement(t *testing.T, b *bot) {
	f, s, got := b.f, b.s, b.got
	clk := b.clk
	var delay atomic.Int64 // the network's, on the fake clock
	delay.Store(int64(150 * time.Millisecond))
	f.SetLatency(func(_ context.Context, route string) {
		if route == discordtest.RouteCallback {
			clk.Add(time.Duration(delay.Load()))
		}
	})
	defer f.SetLatency(nil)
	at := discordtest.Origin{GuildID: guildID, ChannelID: newsID, User: bo}

	f.Command(at, "brief", discordtest.String("topic", "korea"))
	if err := s.InteractionRespond(next(t, got).Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
		t.Fatalf("InteractionRespond: %v", err)
	}
	delay.Store(int64(3500 * time.Millisecond))
	f.Command(at, "brief", discordtest.String("topic", "korea"))
	err := s.InteractionRespond(next(t, got).Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
	if restCode(err) != 10062 {
		t.Errorf("a late answer: %v, want 10062 (unknown interaction)", err)
	}

	cb := f.Calls(discordtest.RouteCallback)
	if len(cb) != 2 || cb[0].Since != 150*time.Millisecond || cb[1].Since != 3500*time.Millisecond {
		t.Fatalf("callbacks = %+v, want after 150ms and 3.5s", cb)
	}
	if cb[0].Status != http.StatusNoContent || cb[1].Status != http.StatusNotFound {
		t.Errorf("statuses = %d, %d; want 204, 404", cb[0].Status, cb[1].Status)
	}
}

// endpoint is an HTTP interactions endpoint as a bot serves it: it
// verifies Discord's signature, answers a ping with a pong and anything
// else with a deferred message.
func endpoint(t *testing.T) *httptest.Server {
	key, err := hex.DecodeString(discordtest.PublicKey())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		sig, _ := hex.DecodeString(r.Header.Get("X-Signature-Ed25519"))
		msg := append([]byte(r.Header.Get("X-Signature-Timestamp")), body...)
		if len(sig) != ed25519.SignatureSize || !ed25519.Verify(key, msg, sig) {
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		var i discordgo.Interaction
		if err := json.Unmarshal(body, &i); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		typ := discordgo.InteractionResponseDeferredChannelMessageWithSource
		if i.Type == discordgo.InteractionPing {
			typ = discordgo.InteractionResponsePong
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(discordgo.InteractionResponse{Type: typ})
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestInteractionsPostedToAnEndpoint(t *testing.T) {
	f, s := rest(t, discordtest.Options{})
	ep := endpoint(t)
	f.DeliverTo(ep.URL)
	if status, _, err := f.Post(t.Context(), ep.URL, []byte(`{"type":1}`), false); err != nil || status != http.StatusUnauthorized {
		t.Errorf("a forged post = %d, %v; want 401 from the endpoint", status, err)
	}
	if _, err := s.ApplicationCommandBulkOverwrite(discordtest.AppID, "", []*discordgo.ApplicationCommand{briefCommand}); err != nil {
		t.Fatal(err)
	}

	ping := f.Interact(discordtest.Origin{User: bo}, discordtest.InteractionPing, nil)
	sent := f.Command(discordtest.Origin{GuildID: guildID, ChannelID: newsID, User: bo}, "brief", discordtest.String("topic", "korea"))
	for _, ix := range []discordtest.Interaction{ping, sent} {
		c, err := f.WaitFor(ctxFor(t), func(c discordtest.Call) bool { return c.Interaction == ix.ID })
		if err != nil {
			t.Fatalf("no answer to %s: %v", ix.ID, err)
		}
		want := discordtest.CallbackPong
		if ix.Type == discordtest.InteractionCommand {
			want = discordtest.CallbackDeferred
		}
		if c.Callback() != want || c.Status != http.StatusNoContent || c.Header.Get(discordtest.Delivered) != "true" {
			t.Errorf("answer to %s = %v, callback %d; want %d", ix.ID, c, c.Callback(), want)
		}
	}
	i := &discordgo.Interaction{AppID: discordtest.AppID, Token: sent.Token}
	if _, err := s.InteractionResponseEdit(i, &discordgo.WebhookEdit{Content: ptr("Korea")}); err != nil {
		t.Errorf("editing the answer the endpoint deferred: %v", err)
	}
}

func ptr[T any](v T) *T { return &v }

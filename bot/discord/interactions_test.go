package discord_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"briefbot/bot"
	"briefbot/bot/discord"
	"briefbot/bot/discord/discordtest"
	"briefbot/internal/featuretest"
)

// As an HTTP interactions endpoint the bot needs no gateway: it registers
// its commands over REST, refuses what Discord did not sign, answers PING
// with PONG and a command with a deferred answer in its HTTP response,
// then edits the answer in over REST.
func TestTheInteractionsEndpointServesWithoutAGateway(t *testing.T) {
	t.Parallel()
	fake := discordtest.New(t, discordtest.Options{Guilds: []discordtest.Guild{server()}})
	h := bot.Limited(featuretest.Router(sampleStore(t), func() time.Time { return chatNow }, nil), bot.NewLimiter(perMinute, nil))
	r := serve(t, fake, h, discord.Options{Interactions: discord.Interactions{Listen: "127.0.0.1:0", PublicKey: discordtest.PublicKey()}})
	url := "http://" + r.bot.EndpointAddr() + "/interactions"
	fake.DeliverTo(url)
	checkRegistered(t, fake.Calls(discordtest.RouteGlobalCommands))
	if got := fake.Calls(discordtest.RouteGateway, discordtest.RouteGatewayBot); len(got) != 0 || fake.Gateway().Connected != 0 {
		t.Errorf("the endpoint used the gateway: %v", got)
	}

	ping, _ := json.Marshal(map[string]any{"id": "1", "application_id": discordtest.AppID, "type": 1, "token": "t", "version": 1})
	for _, signed := range []bool{false, true} {
		code, body, err := fake.Post(context.Background(), url, ping, signed)
		switch {
		case err != nil:
			t.Fatal(err)
		case !signed && code != http.StatusUnauthorized:
			t.Errorf("a PING badly signed: %d %s, want 401", code, body)
		case signed && (code != http.StatusOK || strings.TrimSpace(string(body)) != `{"type":1}`):
			t.Errorf("a PING signed: %d %s, want a PONG", code, body)
		}
	}

	ix := fake.Command(in(member), "brief", discordtest.String("topic", "korea"))
	r.settle(t, ix)
	var first, edit discordtest.Call
	for _, c := range fake.Took(discordtest.RouteCallback, discordtest.RouteWebhookEdit) {
		switch {
		case c.Interaction != ix.ID:
		case c.Route == discordtest.RouteCallback:
			first = c
		default:
			edit = c
		}
	}
	if first.Header.Get(discordtest.Delivered) == "" || first.Callback() != discordtest.CallbackDeferred || first.Since > discordtest.AckWindow {
		t.Errorf("the command's first answer %v, want a deferred one in the HTTP response within 3 s", first)
	}
	if edit.Status != http.StatusOK {
		t.Fatalf("the answer was never edited in: %v", edit)
	}
	checkBrief(t, edit.Message(), "1. ")
	quiet(t, edit)
}

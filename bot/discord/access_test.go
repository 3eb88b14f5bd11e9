package discord_test

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"briefbot/bot"
	"briefbot/bot/discord"
	"briefbot/bot/discord/discordtest"
	"briefbot/digest"
	"briefbot/internal/featuretest"
)

// answerText is what the one message answering an interaction says: its
// first answer when that is a message, else the edit or follow-up.
func answerText(t *testing.T, calls []discordtest.Call) string {
	t.Helper()
	for _, c := range calls {
		if c.Route != discordtest.RouteCallback || c.Callback() == discordtest.CallbackMessage {
			return plain(c.Message())
		}
	}
	t.Fatalf("no message answers %v", calls)
	return ""
}

// In a server's channel only members who may manage the channel change its
// digests and zone; in a DM anyone changes theirs. Feeds are the bot's
// admins' wherever they write.
func TestWhoMayChangeAChannelsDigests(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	korea := discordtest.String("topic", "korea")
	for _, tc := range []struct {
		name string
		at   discordtest.Origin
		cmd  string
		opts []discordtest.Option
		want string
	}{
		{"a member may not subscribe the channel", in(member), "subscribe", []discordtest.Option{korea}, digest.NotChatAdmin},
		{"a member may not set its zone", in(member), "timezone", []discordtest.Option{discordtest.String("timezone", "Asia/Seoul")}, digest.NotChatAdmin},
		{"a member may read its digests", in(member), "subscriptions", nil, "No daily digests"},
		{"a moderator may subscribe it", in(mod), "subscribe", []discordtest.Option{korea, discordtest.String("time", "07:30"), discordtest.String("timezone", "Europe/Paris")}, "Subscribed to korea"},
		{"the owner may unsubscribe it", in(owner), "unsubscribe", []discordtest.Option{korea}, "korea"},
		{"anyone may subscribe their DM", discordtest.Origin{User: member}, "subscribe", []discordtest.Option{korea}, "Subscribed to korea"},
		{"a member may not manage feeds", in(member), "feeds", nil, "Only an admin of this bot"},
		{"the bot's admin may", in(admin), "feeds", nil, "feeds"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := answerText(t, h.command(t, tc.at, tc.cmd, tc.opts...))
			if !strings.Contains(got, tc.want) {
				t.Errorf("/%s answered %q, want %q", tc.cmd, got, tc.want)
			}
		})
	}
	subs, err := h.store.AllSubscriptions(t.Context())
	if err != nil || len(subs) != 1 || subs[0].Chat.ID == channelID {
		t.Errorf("subscriptions %+v, %v; want only the DM's", subs, err)
	}
}

func TestAutocompleteSuggestsTopicsAndZones(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	for _, tc := range []struct {
		cmd  string
		opts []discordtest.Option
		want string
	}{
		{"brief", []discordtest.Option{discordtest.String("topic", "kor").Focus()}, "South Korea"},
		{"subscribe", []discordtest.Option{discordtest.String("topic", "korea"), discordtest.String("timezone", "Europe/Pa").Focus()}, "Europe/Paris"},
	} {
		ix := h.fake.Autocomplete(in(member), tc.cmd, tc.opts...)
		h.settle(t, ix)
		calls := h.answers(ix)
		if len(calls) != 1 || calls[0].Callback() != discordtest.CallbackAutocomplete {
			t.Fatalf("/%s autocomplete answered with %v", tc.cmd, calls)
		}
		var names []string
		for _, c := range calls[0].Message().Choices {
			names = append(names, c.Name)
		}
		if !strings.Contains(strings.Join(names, ","), tc.want) {
			t.Errorf("/%s suggests %v, want %s", tc.cmd, names, tc.want)
		}
	}
}

func TestAButtonNotOursHasExpired(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	for i, id := range []string{"m:korea", "rAAAAAAAA/unsubscribe all"} {
		calls := h.press(t, in(member), fmt.Sprint(1300000000000000001+i), discordtest.Message{
			Components: []discordtest.Component{{Type: 1, Components: []discordtest.Component{{Type: 2, Label: "Old", CustomID: id}}}}}, "Old")
		if len(calls) != 1 || calls[0].Callback() != discordtest.CallbackMessage || calls[0].Message().Flags&64 == 0 ||
			plain(calls[0].Message()) != bot.ActionExpired {
			t.Errorf("a press of %q answered with %v, want only its presser told it expired", id, calls)
		}
	}
	if subs, _ := h.store.AllSubscriptions(t.Context()); len(subs) != 0 {
		t.Errorf("subscriptions %+v after forged presses", subs)
	}
}

// panicky panics on every request; it lists the router's commands.
type panicky struct{ *bot.Router }

func (panicky) Handle(context.Context, bot.Request) bot.Message { panic("a bug") }

func TestAFailedInteractionGetsAnEphemeralApology(t *testing.T) {
	t.Parallel()
	fake := discordtest.New(t, discordtest.Options{Guilds: []discordtest.Guild{server()}})
	var panics atomic.Int32
	r := serve(t, fake, panicky{featuretest.Router(sampleStore(t), nil, nil)}, discord.Options{OnPanic: func(string) { panics.Add(1) }})
	ix := fake.Command(in(member), "brief", discordtest.String("topic", "korea"))
	r.settle(t, ix)
	var routes []string
	var note discordtest.Message
	for _, c := range fake.Took(discordtest.RouteCallback, discordtest.RouteWebhookDelete, discordtest.RouteFollowup, discordtest.RouteWebhookEdit) {
		routes = append(routes, c.Route)
		if c.Route == discordtest.RouteFollowup {
			note = c.Message()
		}
	}
	want := discordtest.RouteCallback + "," + discordtest.RouteWebhookDelete + "," + discordtest.RouteFollowup
	if strings.Join(routes, ",") != want || note.Flags&64 == 0 || !strings.Contains(note.Content, "went wrong") {
		t.Errorf("calls %v, note %+v; want the deferred answer removed and an ephemeral apology", routes, note)
	}
	if panics.Load() != 1 {
		t.Errorf("OnPanic told %d times, want 1", panics.Load())
	}
}

func TestAnAnswerDiscordRefusesGetsAnEphemeralApology(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	h.fake.Fail(discordtest.RouteWebhookEdit, 1, discordtest.Fault{Status: 400, Code: 50035, Message: "Invalid Form Body"})
	ix := h.fake.Command(in(member), "help")
	h.settle(t, ix)
	var got []string
	var last discordtest.Call
	for _, c := range h.fake.Took(discordtest.RouteCallback, discordtest.RouteWebhookEdit, discordtest.RouteWebhookDelete, discordtest.RouteFollowup) {
		got = append(got, fmt.Sprint(c.Route, " ", c.Status))
		last = c
	}
	want := []string{discordtest.RouteCallback + " 204", discordtest.RouteWebhookEdit + " 400", discordtest.RouteWebhookDelete + " 204", discordtest.RouteFollowup + " 200"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") || last.Message().Flags&64 == 0 || !strings.Contains(last.Message().Content, "went wrong") {
		t.Errorf("calls\n%s\nwant the refused edit followed by an ephemeral apology:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	quiet(t, last)
}

// Each user's briefs and questions are limited: the first over the limit
// is told to slow down, the next get no answer, their "thinking…"
// removed; other users are answered.
func TestEachUsersLimit(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	for range perMinute {
		ix := h.fake.Command(in(member), "brief", discordtest.String("topic", "korea"))
		h.settle(t, ix)
	}
	h.fake.Took()
	if got := answerText(t, h.command(t, in(member), "brief", discordtest.String("topic", "korea"))); !strings.Contains(got, "Slow down") {
		t.Errorf("over the limit: %q, want to slow down", got)
	}
	calls := h.command(t, in(member), "ask", discordtest.String("question", "who chairs the consortium?"))
	if len(calls) != 2 || calls[1].Route != discordtest.RouteWebhookDelete {
		t.Errorf("again over the limit: %v, want the deferred answer removed", calls)
	}
	if got := answerText(t, h.command(t, in(mod), "brief", discordtest.String("topic", "korea"))); !strings.Contains(got, "Korea") {
		t.Errorf("another user: %q, want a brief", got)
	}
}

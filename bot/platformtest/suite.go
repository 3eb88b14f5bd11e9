package platformtest

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"briefbot/bot"
)

// The suite's user and chat.
const (
	user = "7"
	chat = "42"
)

// Run runs the suite; newDriver makes a driver of the adapter under test
// that answers through h, for each subtest.
func Run(t *testing.T, newDriver func(t *testing.T, h bot.Handler) Driver) {
	tests := []struct {
		name string
		run  func(t *testing.T, d Driver, s *stub)
	}{
		{"help lists the commands", helpListsTheCommands},
		{"a message comes with its actions", aMessageComesWithItsActions},
		{"a press runs its action's command", aPressRunsItsCommand},
		{"a next page replaces its message", aNextPageReplacesItsMessage},
		{"a refusal does not replace the message pressed", aRefusalDoesNotReplace},
		{"a follow-up is answered as a question", aFollowUpIsAQuestion},
		{"a message too long is refused before any work", aMessageTooLongIsRefused},
		{"a send goes part by part from the tracker's", aSendGoesPartByPart},
		{"send errors are classified", sendErrorsAreClassified},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, s := newStub()
			tt.run(t, newDriver(t, r), s)
		})
	}
}

// one returns the one reply the driver has, failing the test otherwise.
func one(t *testing.T, d Driver) Reply {
	t.Helper()
	got := d.Replies()
	if len(got) != 1 {
		t.Fatalf("replies %+v, want one", got)
	}
	return got[0]
}

func wantText(t *testing.T, r Reply, wants ...string) {
	t.Helper()
	for _, want := range wants {
		if !strings.Contains(r.Text, want) {
			t.Errorf("reply %q lacks %q", r.Text, want)
		}
	}
}

func helpListsTheCommands(t *testing.T, d Driver, _ *stub) {
	d.Say(user, chat, "/help")
	r := one(t, d)
	wantText(t, r, "/echo <text> — says the text back", "/page <n>", "/question <question>", "/help [command]")
	if strings.Contains(r.Text, "/unlisted") {
		t.Errorf("help lists a hidden command: %q", r.Text)
	}
	d.Say(user, chat, "/help page")
	wantText(t, one(t, d), "/page <n>", "one page of stories")
}

func aMessageComesWithItsActions(t *testing.T, d Driver, _ *stub) {
	d.Say(user, chat, "/page 1")
	r := one(t, d)
	wantText(t, r, "Page 1", "Story 1.1", "Story 1.2", "Wire")
	want := []string{"Next", "Echo"}
	if !d.Caps().Buttons {
		want = nil
	}
	if !slices.Equal(r.Buttons, want) {
		t.Errorf("buttons %q, want %q", r.Buttons, want)
	}
	if !d.Caps().Buttons && strings.Contains(r.Text, "/page 2") {
		t.Errorf("a platform without buttons shows an action: %q", r.Text)
	}
}

func aPressRunsItsCommand(t *testing.T, d Driver, s *stub) {
	d.Say(user, chat, "/page 1")
	d.Replies()
	d.Press(user, chat, echo)
	r := one(t, d)
	wantText(t, r, "echo: pressed")
	if r.Edit {
		t.Error("an action that does not replace edited the message")
	}
	reqs := s.requests()
	if last := reqs[len(reqs)-1]; last.Text != echo.Command || last.Chat != d.Chat(chat) {
		t.Errorf("the press reached the router as %q in %v, want %q in %v", last.Text, last.Chat, echo.Command, d.Chat(chat))
	}
}

func aNextPageReplacesItsMessage(t *testing.T, d Driver, _ *stub) {
	d.Say(user, chat, "/page 1")
	d.Replies()
	d.Press(user, chat, next)
	r := one(t, d)
	wantText(t, r, "Page 2", "Story 2.1")
	if caps := d.Caps(); caps.Buttons && (!r.Edit || !slices.Equal(r.Buttons, []string{"Next", "Echo"})) {
		t.Errorf("next page %+v, want it in place of page 1, with its buttons", r)
	}
	d.Press(user, chat, bot.Action{Label: next.Label, Command: "/page 3", Replace: true})
	wantText(t, one(t, d), "Page 3")
}

func aRefusalDoesNotReplace(t *testing.T, d Driver, _ *stub) {
	d.Say(user, chat, "/page 8")
	d.Replies()
	d.Press(user, chat, bot.Action{Label: next.Label, Command: "/page 9", Replace: true})
	r := one(t, d)
	wantText(t, r, "There is no page 9.")
	if r.Edit {
		t.Error("a refusal took the place of the page pressed")
	}
}

func aFollowUpIsAQuestion(t *testing.T, d Driver, s *stub) {
	if !d.Caps().FollowUps {
		t.Skip("the platform has no replies to the bot's messages")
	}
	d.Say(user, chat, "/page 1")
	d.Replies()
	d.ReplyTo(user, chat, "who said it?")
	wantText(t, one(t, d), "answer: who said it?")
	reqs := s.requests()
	if last := reqs[len(reqs)-1]; !last.FollowUp || last.Text != "who said it?" {
		t.Errorf("the follow-up reached the router as %+v", last)
	}
	d.ReplyTo(user, chat, "/echo a command")
	wantText(t, one(t, d), "echo: a command")
}

func aMessageTooLongIsRefused(t *testing.T, d Driver, s *stub) {
	d.Say(user, chat, "/echo "+strings.Repeat("long ", bot.MaxRequestBytes/5+1))
	wantText(t, one(t, d), "too long", "4096")
	if d.Caps().FollowUps {
		d.ReplyTo(user, chat, strings.Repeat("why? ", bot.MaxRequestBytes/5+1))
		wantText(t, one(t, d), "too long")
	}
	if got := s.requests(); len(got) != 0 {
		t.Errorf("%d requests reached a command, want none", len(got))
	}
}

func aSendGoesPartByPart(t *testing.T, d Driver, _ *stub) {
	ctx := context.Background()
	if got := d.Platform().Name(); got != d.Chat(chat).Platform {
		t.Errorf("the platform is named %q, its chats %q", got, d.Chat(chat).Platform)
	}
	tr := &tracker{}
	if err := d.Platform().Send(ctx, d.Chat(chat), bot.Message{Title: "Your digest", Lines: []string{"news"}}, tr); err != nil {
		t.Fatal(err)
	}
	wantText(t, one(t, d), "Your digest", "news")
	if !slices.Equal(tr.sending, []int{0}) || !slices.Equal(tr.sent, []int{0}) {
		t.Errorf("parts sending %v, sent %v; want [0] and [0]", tr.sending, tr.sent)
	}
	tr = &tracker{from: 1}
	if err := d.Platform().Send(ctx, d.Chat(chat), bot.Text("sent before"), tr); err != nil {
		t.Fatal(err)
	}
	if got := d.Replies(); len(got) != 0 || len(tr.sending) != 0 {
		t.Errorf("a message whose one part was sent before: replies %+v, parts sending %v; want none", got, tr.sending)
	}
}

func sendErrorsAreClassified(t *testing.T, d Driver, _ *stub) {
	if !d.Caps().Network {
		t.Skip("the platform sends over no network")
	}
	for _, tc := range []struct {
		kind string
		wait time.Duration
	}{{bot.RetryLater, 5 * time.Second}, {bot.ChatGone, 0}, {bot.SendFailed, 0}, {bot.Unknown, 0}} {
		d.Fail(tc.kind, tc.wait)
		tr := &tracker{}
		err := d.Platform().Send(context.Background(), d.Chat(chat), bot.Text("hello"), tr)
		var se *bot.SendError
		if !errors.As(err, &se) || se.Kind != tc.kind || se.RetryAfter != tc.wait || se.Part != 0 {
			t.Errorf("failed as %s: %v, want a SendError of that kind for part 1 (retry after %v)", tc.kind, err, tc.wait)
		}
		if !slices.Equal(tr.sending, []int{0}) || len(tr.sent) != 0 {
			t.Errorf("failed as %s: parts sending %v, sent %v; want [0] and none", tc.kind, tr.sending, tr.sent)
		}
		d.Replies()
	}
}

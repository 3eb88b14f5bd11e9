package bot

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"briefbot"
)

func text(m Message) string { return m.Plain() }

func TestParseCommand(t *testing.T) {
	tests := []struct{ in, name, args string }{
		{"/brief korea", "brief", "korea"},
		{"/brief@TheBot korea 3d", "brief", "korea 3d"},
		{"/BRIEF  Korea ", "brief", "Korea"},
		{"/help", "help", ""},
		{"/brief\tjapan", "brief", "japan"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			name, args, ok := parseCommand(strings.TrimSpace(tt.in))
			if !ok || name != tt.name || args != tt.args {
				t.Errorf("parseCommand(%q) = %q, %q, %v; want %q, %q", tt.in, name, args, ok, tt.name, tt.args)
			}
		})
	}
	for _, in := range []string{"hello", "/", "/@bot", ""} {
		if _, _, ok := parseCommand(in); ok {
			t.Errorf("parseCommand(%q) took it for a command", in)
		}
	}
}

func TestRouterAnswers(t *testing.T) {
	var logs bytes.Buffer
	r := NewRouter(slog.New(slog.NewTextHandler(&logs, nil)))
	r.Add(Command{Name: "boom", Help: "fails", Run: func(context.Context, Request, string) (Message, error) {
		return Message{}, &briefbot.Error{Code: briefbot.EInternal, Message: "disk /var/secret full", Err: errors.New("io")}
	}})
	r.Add(Command{Name: "picky", Help: "refuses", Run: func(context.Context, Request, string) (Message, error) {
		return Message{}, briefbot.Errorf(briefbot.EInvalid, "Say it differently.")
	}})
	tests := []struct{ name, in, want string }{
		{"help lists commands", "/help", "/picky — refuses"},
		{"start is help", "/start", "/boom — fails"},
		{"unknown command", "/nope", "I don't know /nope"},
		{"plain text", "hello there", "I answer commands"},
		{"user error shown", "/picky", "Say it differently."},
		{"internal error hidden", "/boom", "Something went wrong"},
		{"too long", "/help " + strings.Repeat("x", MaxRequestBytes), "too long"},
		{"invalid utf-8", "/help \xff\xfe", "not valid text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := text(r.Handle(context.Background(), Request{Text: tt.in}))
			if !strings.Contains(got, tt.want) {
				t.Errorf("Handle(%.40q) = %q, want it to contain %q", tt.in, got, tt.want)
			}
			if strings.Contains(got, "/var/secret") {
				t.Errorf("internal detail leaked: %q", got)
			}
		})
	}
	if !strings.Contains(logs.String(), "disk /var/secret full") {
		t.Errorf("internal error not logged: %s", logs.String())
	}
	if strings.Contains(text(r.Handle(context.Background(), Request{Text: "/help"})), "/start") {
		t.Errorf("/help lists the hidden alias /start")
	}
}

func TestRouterContainsACommandPanic(t *testing.T) {
	var logs bytes.Buffer
	r := NewRouter(slog.New(slog.NewTextHandler(&logs, nil)))
	var panics []string
	type call struct {
		platform, command string
		failed            bool
	}
	var calls []call
	r.OnPanic = func(stage string) { panics = append(panics, stage) }
	r.OnCommand = func(platform, command string, _ time.Duration, failed bool) {
		calls = append(calls, call{platform, command, failed})
	}
	r.Add(Command{Name: "crash", Help: "trips a bug", Run: func(_ context.Context, _ Request, args string) (Message, error) {
		return Text(strings.Fields(args)[5]), nil
	}})
	chat := briefbot.ChatRef{Platform: "telegram", ID: "7"}
	got := text(r.Handle(context.Background(), Request{Chat: chat, Text: "/crash private words"}))
	if !strings.Contains(got, "Something went wrong") {
		t.Errorf("reply = %q, want the apology", got)
	}
	if !strings.Contains(logs.String(), "command panicked") || strings.Contains(logs.String(), "private words") {
		t.Errorf("want the panic logged without the message's words:\n%s", logs.String())
	}
	if got := text(r.Handle(context.Background(), Request{Chat: chat, Text: "/help"})); !strings.Contains(got, "/crash") {
		t.Errorf("after the panic /help = %q, want the list", got)
	}
	if len(panics) != 1 || panics[0] != "command" {
		t.Errorf("panics = %v, want [command]", panics)
	}
	want := []call{{"telegram", "crash", true}, {"telegram", "help", false}}
	if !slices.Equal(calls, want) {
		t.Errorf("commands seen = %+v, want %+v", calls, want)
	}
}

func TestRouterSendsFollowUpsToTheFollowUpCommand(t *testing.T) {
	r := NewRouter(nil)
	var got []string
	r.Add(Command{Name: "ask", Help: "asks", Run: func(_ context.Context, req Request, args string) (Message, error) {
		got = append(got, args)
		return Text("answer"), nil
	}})
	ask := func(req Request) string { return text(r.Handle(context.Background(), req)) }
	if s := ask(Request{Text: "who said it?", FollowUp: true}); !strings.Contains(s, "I answer commands") {
		t.Errorf("follow-up with no follow-up command: %q", s)
	}
	r.FollowUp = "ask"
	if s := ask(Request{Text: " who said it? ", FollowUp: true}); !strings.Contains(s, "answer") {
		t.Errorf("follow-up: %q", s)
	}
	if s := ask(Request{Text: "/help", FollowUp: true}); !strings.Contains(s, "/ask") {
		t.Errorf("a command in reply to the bot: %q, want it run", s)
	}
	if s := ask(Request{Text: "who said it?"}); !strings.Contains(s, "I answer commands") {
		t.Errorf("plain text that is no follow-up: %q", s)
	}
	if !slices.Equal(got, []string{"who said it?"}) {
		t.Errorf("the follow-up command got %q", got)
	}
}

func TestRouterListsItsCommands(t *testing.T) {
	r := NewRouter(nil)
	r.Add(Command{Name: "brief", Args: "<topic> [window]", Help: "top stories"},
		Command{Name: "feeds", Help: "the feeds", Admin: true},
		Command{Name: "sources", Args: "<topic>", Help: "the sources of a brief", Hidden: true})
	want := []CommandInfo{
		{Name: "brief", Args: "<topic> [window]", Help: "top stories"},
		{Name: "feeds", Help: "the feeds", Admin: true},
		{Name: "help", Args: "[command]", Help: "list the commands, or explain one"},
	}
	got := r.Commands()
	for i := range got {
		got[i].Options = nil // options are TestHelpCompletesCommandNames's
	}
	if !slices.EqualFunc(got, want, func(a, b CommandInfo) bool {
		return a.Name == b.Name && a.Args == b.Args && a.Help == b.Help && a.Admin == b.Admin
	}) {
		t.Errorf("Commands() = %+v, want %+v", got, want)
	}
	tests := []struct{ in, want string }{
		{"/help brief", "/brief <topic> [window]\ntop stories"},
		{"/help /BRIEF@TheBot", "/brief <topic> [window]\ntop stories"},
		{"/help feeds", "Only an admin"},
		{"/help sources", "/sources <topic>"},
		{"/help nope", "I don't know /nope"},
		{"/help", "/brief <topic> [window] — top stories"},
	}
	for _, tt := range tests {
		if got := text(r.Handle(context.Background(), Request{Text: tt.in})); !strings.Contains(got, tt.want) {
			t.Errorf("%s = %q, want it to contain %q", tt.in, got, tt.want)
		}
	}
	if got := text(r.Handle(context.Background(), Request{Text: "/help"})); strings.Contains(got, "/sources") {
		t.Errorf("/help lists a hidden command: %q", got)
	}
}

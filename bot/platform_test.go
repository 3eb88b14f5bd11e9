package bot

import (
	"context"
	"errors"
	"strings"
	"testing"

	"briefbot"
)

// namedPlatform records what it is asked to send.
type namedPlatform struct {
	name string
	sent []string
}

func (p *namedPlatform) Name() string                       { return p.name }
func (p *namedPlatform) Run(context.Context, Handler) error { return nil }
func (p *namedPlatform) Limits() Limits                     { return Limits{} }
func (p *namedPlatform) Send(_ context.Context, chat briefbot.ChatRef, _ Message, _ Tracker) error {
	p.sent = append(p.sent, chat.ID)
	return nil
}

type fromTracker int

func (f fromTracker) From() int                             { return int(f) }
func (fromTracker) Sending(context.Context, int, int) error { return nil }
func (fromTracker) Sent(context.Context, int) error         { return nil }

func TestSendersRouteEachChatToItsPlatform(t *testing.T) {
	a, b := &namedPlatform{name: "a"}, &namedPlatform{name: "b"}
	s := Senders(a, b)
	ctx := context.Background()
	for _, chat := range []briefbot.ChatRef{{Platform: "a", ID: "1"}, {Platform: "b", ID: "2"}, {Platform: "a", ID: "3"}} {
		if err := s.Send(ctx, chat, Text("hi"), fromTracker(0)); err != nil {
			t.Fatal(err)
		}
	}
	if strings.Join(a.sent, ",") != "1,3" || strings.Join(b.sent, ",") != "2" {
		t.Errorf("a sent %v, b sent %v", a.sent, b.sent)
	}
	err := s.Send(ctx, briefbot.ChatRef{Platform: "discord", ID: "9"}, Text("hi"), fromTracker(2))
	var se *SendError
	if !errors.As(err, &se) || se.Kind != SendFailed || se.Part != 2 || !strings.Contains(err.Error(), `"discord" is not running`) {
		t.Errorf("a chat of a platform not running: %v, want a failure of its part 3 that says so", err)
	}
}

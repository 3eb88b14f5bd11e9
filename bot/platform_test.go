package bot

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
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

// stoppingPlatform runs until ctx is done, or returns err at once when
// quits.
type stoppingPlatform struct {
	namedPlatform
	quits bool
	err   error
	ran   *atomic.Int32
}

func (p *stoppingPlatform) Run(ctx context.Context, h Handler) error {
	p.ran.Add(1)
	if !p.quits {
		<-ctx.Done()
	}
	return p.err
}

func TestRunAllStopsEveryPlatformWhenOneStops(t *testing.T) {
	var ran atomic.Int32
	long := &stoppingPlatform{namedPlatform: namedPlatform{name: "long"}, ran: &ran}
	refused := &stoppingPlatform{namedPlatform: namedPlatform{name: "short"}, quits: true, err: errors.New("token refused"), ran: &ran}
	err := RunAll(context.Background(), Serving{Platform: long}, Serving{Platform: refused})
	if err == nil || err.Error() != "short: token refused" {
		t.Fatalf("RunAll = %v, want the refused platform's error, named", err)
	}
	if ran.Load() != 2 {
		t.Errorf("%d platforms ran, want 2", ran.Load())
	}
}

func TestRunAllWithoutPlatformsWaitsForTheEnd(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := RunAll(ctx); err != nil {
		t.Fatal(err)
	}
}

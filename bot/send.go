package bot

import (
	"context"
	"fmt"
	"time"

	"briefbot"
)

// Sender delivers messages to chats on their platforms.
type Sender interface {
	// Send delivers msg to chat. A platform may send it as several parts
	// (messages, in order); it starts at part t.From(), calls t.Sending
	// just before and t.Sent just after each part, and sends each part
	// once, with no retry or wait of its own: the scheduler decides. An
	// error from t is returned as it is. Other failures are a *SendError
	// naming the part.
	Send(ctx context.Context, chat briefbot.ChatRef, msg Message, t Tracker) error
}

// Tracker follows a message to a chat part by part, for the delivery log.
type Tracker interface {
	// From is the first part to send: those before it were sent already.
	From() int
	// Sending is called just before part (of parts) is sent; when it
	// returns an error the part must not be sent.
	Sending(ctx context.Context, part, parts int) error
	// Sent is called once the platform has taken part.
	Sent(ctx context.Context, part int) error
}

// SendFunc adapts a function that sends a whole message in one part to
// the Sender interface.
type SendFunc func(ctx context.Context, chat briefbot.ChatRef, msg Message) error

// Send calls f as the message's one part.
func (f SendFunc) Send(ctx context.Context, chat briefbot.ChatRef, msg Message, t Tracker) error {
	if t.From() > 0 {
		return nil
	}
	if err := t.Sending(ctx, 0, 1); err != nil {
		return err
	}
	if err := f(ctx, chat, msg); err != nil {
		return err
	}
	return t.Sent(ctx, 0)
}

// Kinds of send failure.
const (
	RetryLater = "retry_after" // the platform asked us to wait (HTTP 429); the part was not taken
	ChatGone   = "chat_gone"   // the chat blocked the bot or no longer exists (403, chat not found)
	SendFailed = "failed"      // the platform surely did not take the part: refused, or never reached
	Unknown    = "unknown"     // the request was written and no answer came: the part may have been delivered
)

// SendError is a classified send failure; a Sender returns it so the
// scheduler knows whether to wait, to pause the chat, to try again later,
// or to count the part as possibly delivered and never send it again.
type SendError struct {
	Kind       string
	Part       int           // the part that failed
	RetryAfter time.Duration // for RetryLater
	Err        error
}

func (e *SendError) Error() string {
	if e.Kind == RetryLater {
		return fmt.Sprintf("send: part %d: retry after %s: %v", e.Part+1, e.RetryAfter, e.Err)
	}
	return fmt.Sprintf("send: part %d: %s: %v", e.Part+1, e.Kind, e.Err)
}

func (e *SendError) Unwrap() error { return e.Err }

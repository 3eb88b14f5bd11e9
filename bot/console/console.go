package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"

	"briefbot"
	"briefbot/bot"
)

// Chat is the console chat's stable identity: what it subscribes or
// remembers is stored under it and survives a restart.
var Chat = briefbot.ChatRef{Platform: Platform, ID: "local"}

// Platform is the console's name in a briefbot.ChatRef.
const Platform = "console"

// maxLine bounds how much of one input line is kept; the rest of a longer
// line is read and dropped, and the router refuses the message as too long.
const maxLine = bot.MaxRequestBytes + 1

// Console runs the chat over a reader and a writer. It is a bot.Platform:
// it answers the lines of In and writes its chat's digests to Out, which it
// shares with the replies, even when it does not Run. It shows no buttons
// (a user types the command instead). The console is a conversation with
// the bot alone, so once the bot has answered a line, every line that is
// no command follows up on that answer: "what did the Kremlin say?" after
// a brief is a question about it (see bot.Request.FollowUp).
type Console struct {
	In       io.Reader
	Out      io.Writer
	Prompt   string // printed before each line when non-empty (interactive use)
	Greeting string // printed once when Run starts, when non-empty
	// OnConnected, when set, is told true when Run starts and false when
	// it returns, as other platforms tell of their connection.
	OnConnected func(up bool)

	mu       sync.Mutex  // one write to Out at a time: the replies' and the digests'
	answered atomic.Bool // the bot has answered a line: the next ones follow up
}

// Name is "console".
func (c *Console) Name() string { return Platform }

// Limits are none: the console takes what it is given at once.
func (c *Console) Limits() bot.Limits { return bot.Limits{} }

// Run answers each line until the input ends or ctx is cancelled. A reply in
// progress is finished before Run returns.
func (c *Console) Run(ctx context.Context, h bot.Handler) error {
	if c.OnConnected != nil {
		c.OnConnected(true)
		defer c.OnConnected(false)
	}
	if c.Greeting != "" {
		if err := c.write(c.Greeting + "\n"); err != nil {
			return err
		}
	}
	lines := make(chan string)
	readErr := make(chan error, 1)
	go func() { readErr <- readLines(ctx, c.In, lines) }()
	for {
		if err := c.write(c.Prompt); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case err := <-readErr:
			return err
		case line := <-lines:
			if line == "" {
				continue
			}
			// A reply in progress is finished even when shutdown begins.
			req := bot.Request{Chat: Chat, UserID: "console", Text: line, Admin: true, FollowUp: c.answered.Load()}
			msg := h.Handle(context.WithoutCancel(ctx), req)
			c.answered.Store(true)
			if err := c.write(renderText(msg)); err != nil {
				return err
			}
		}
	}
}

// Send writes a message to the console chat, as one part.
func (c *Console) Send(ctx context.Context, chat briefbot.ChatRef, msg bot.Message, t bot.Tracker) error {
	if chat.Platform != Platform {
		return &bot.SendError{Kind: bot.SendFailed, Part: t.From(), Err: fmt.Errorf("console: chat %s is not the console's", chat)}
	}
	return bot.SendFunc(func(context.Context, briefbot.ChatRef, bot.Message) error {
		if err := c.write(renderText(msg)); err != nil {
			return &bot.SendError{Kind: bot.SendFailed, Err: err}
		}
		return nil
	}).Send(ctx, chat, msg, t)
}

// write writes s to Out in one call; nothing for "".
func (c *Console) write(s string) error {
	if s == "" {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := io.WriteString(c.Out, s); err != nil {
		return fmt.Errorf("console: write: %w", err)
	}
	return nil
}

// readLines sends each line of r, cut to maxLine bytes, until r ends.
func readLines(ctx context.Context, r io.Reader, out chan<- string) error {
	br := bufio.NewReaderSize(r, 64*1024)
	for {
		line, err := readLine(br)
		if len(line) > 0 || err == nil {
			select {
			case out <- string(line):
			case <-ctx.Done():
				return nil
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("console: read: %w", err)
		}
	}
}

// readLine reads one line, keeping at most maxLine bytes of it.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, isPrefix, err := br.ReadLine()
		if len(line) < maxLine {
			line = append(line, chunk[:min(len(chunk), maxLine-len(line))]...)
		}
		if err != nil || !isPrefix {
			return line, err
		}
	}
}

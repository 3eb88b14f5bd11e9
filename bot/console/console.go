package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"

	"briefbot"
	"briefbot/bot"
)

// Chat is the console chat's stable identity: what it subscribes or
// remembers is stored under it and survives a restart.
var Chat = briefbot.ChatRef{Platform: "console", ID: "local"}

// maxLine bounds how much of one input line is kept; the rest of a longer
// line is read and dropped, and the router refuses the message as too long.
const maxLine = bot.MaxRequestBytes + 1

// Console runs the chat over a reader and a writer.
type Console struct {
	In     io.Reader
	Out    io.Writer
	Prompt string // printed before each line when non-empty (interactive use)
}

// Run answers each line until the input ends or ctx is cancelled. A reply in
// progress is finished before Run returns.
func (c *Console) Run(ctx context.Context, h bot.Handler) error {
	lines := make(chan string)
	readErr := make(chan error, 1)
	go func() { readErr <- readLines(ctx, c.In, lines) }()
	for {
		c.prompt()
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
			msg := h.Handle(context.WithoutCancel(ctx), bot.Request{Chat: Chat, UserID: "console", Text: line, Admin: true})
			if err := Render(c.Out, msg); err != nil {
				return fmt.Errorf("console: write: %w", err)
			}
		}
	}
}

func (c *Console) prompt() {
	if c.Prompt != "" {
		fmt.Fprint(c.Out, c.Prompt)
	}
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

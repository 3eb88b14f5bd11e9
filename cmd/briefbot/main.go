// Command briefbot is the news bot: a console chat by default, a Telegram or
// Discord bot when a token is configured, and the tools to feed it.
package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
	_ "time/tzdata" // time zones for the digests, when the system has none

	"golang.org/x/term"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := Env{
		Args:   os.Args[1:],
		Getenv: os.Getenv,
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Now:    time.Now,
		TTY:    term.IsTerminal(int(os.Stdin.Fd())),
		ErrTTY: term.IsTerminal(int(os.Stderr.Fd())),
	}
	os.Exit(Main(ctx, env))
}

// Env is everything the program takes from its surroundings, so that tests
// run it over buffers with a fixed clock.
type Env struct {
	Args   []string
	Getenv func(string) string
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Now    func() time.Time
	// Sleep waits d or until ctx ends, for retries and back-offs; nil
	// waits in real time.
	Sleep  func(ctx context.Context, d time.Duration) error
	TTY    bool // standard input is a terminal (not merely a character device such as /dev/null): greet, prompt, run the console
	ErrTTY bool // standard error is a terminal: draw progress bars
}

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
		TTY:    isTerminal(os.Stdin),
		ErrTTY: isTerminal(os.Stderr),
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
	TTY    bool // standard input is a terminal: greet and prompt
	ErrTTY bool // standard error is a terminal: draw progress bars
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"briefbot"
)

// subcommand is one verb of the command line.
type subcommand struct {
	name  string
	usage string
	run   func(ctx context.Context, env Env, args []string) error
}

func subcommands() []subcommand {
	return []subcommand{
		{"run", "start every configured chat platform (the console when none has a token)", runBot},
		{"chat", "the console chat: one command per line on stdin, replies on stdout", runChat},
		{"ingest", "[-published YYYY-MM-DD] [-source NAME] [-lang xx] PATH... (files, folders, - for stdin)", runIngest},
		{"summarize", "[-json] [-title T] [-published YYYY-MM-DD] FILE|-  (prints a summary, stores nothing)", runSummarize},
		{"brief", "[-json] [-window 7d] [-n 5] TOPIC", runBrief},
		{"ask", "[-json] [-chat platform:id] QUESTION  (a follow-up question on the chat's last brief)", runAsk},
		{"feeds", "list | add URL [-name N] [-lang xx] [-interval 15m] | remove ID | import FILE.opml | export", runFeeds},
		{"subscriptions", "list | add TOPIC [HH:MM] [ZONE] | remove TOPIC|all | timezone ZONE | preview TOPIC | mine  (list: every chat's; the others: the console chat's)", runSubscriptions},
		{"samples", "load|remove  (the bundled sample articles)", runSamples},
		{"config", "print the effective configuration, secrets redacted", runConfig},
		{"doctor", "check the configuration, the database, time zones, platforms and feeds, and say what to fix", runDoctor},
		{"backup", "FILE  (a consistent copy of the database, taken while the bot runs)", runBackup},
		{"resummarize", "[-all]  (write again the summaries the summarizer failed on; -all: every summary)", runResummarize},
		{"gen", "-n N [-size BYTES] [-seed S]  (writes a synthetic corpus, for benchmarks)", runGen},
		{"eval", "[-gold FILE] [-out FILE] [-winer DIR] [-fr-check FILE]  (summary quality on the eval sets)", runEval},
	}
}

// Main runs the command line and returns the process exit code.
func Main(ctx context.Context, env Env) int {
	args := env.Args
	name := "run"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		name, args = args[0], args[1:]
	}
	if name == "help" || name == "-h" || name == "--help" {
		usage(env.Stdout)
		return 0
	}
	for _, sc := range subcommands() {
		if sc.name == name {
			return exitCode(env.Stderr, sc.run(ctx, env, args))
		}
	}
	fmt.Fprintf(env.Stderr, "briefbot: unknown command %q\n\n", name)
	usage(env.Stderr)
	return 2
}

func exitCode(stderr io.Writer, err error) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errReported):
		return 1
	}
	fmt.Fprintf(stderr, "briefbot: %v\n", err)
	if briefbot.ErrorCode(err) == briefbot.EInvalid {
		return 2
	}
	return 1
}

// errUsage marks a command line that flag parsing already reported.
var errUsage = errors.New("usage")

// errReported marks a failure the command has already told the user about
// (a doctor's report with problems): exit status 1, nothing more printed.
var errReported = errors.New("reported")

func usage(w io.Writer) {
	fmt.Fprintln(w, "briefbot: the day's news on any topic, in your chat.")
	fmt.Fprintln(w, "\nUsage: briefbot [command] [-db PATH] [-config FILE] [options]")
	fmt.Fprintln(w, "\nCommands (run is the default):")
	for _, sc := range subcommands() {
		fmt.Fprintf(w, "  %-10s %s\n", sc.name, sc.usage)
	}
	fmt.Fprintln(w, "\nThe database is -db, else $BRIEFBOT_DB, else the config's database, else ./briefbot.db.")
}

// common are the flags every subcommand takes.
type common struct {
	db     string
	config string
}

func newFlags(env Env, name string) (*flag.FlagSet, *common) {
	fs := flag.NewFlagSet("briefbot "+name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	c := &common{}
	fs.StringVar(&c.db, "db", "", "SQLite database file (default $BRIEFBOT_DB, then the config, then ./briefbot.db)")
	fs.StringVar(&c.config, "config", env.Getenv("BRIEFBOT_CONFIG"), "YAML configuration file (default $BRIEFBOT_CONFIG)")
	return fs, c
}

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

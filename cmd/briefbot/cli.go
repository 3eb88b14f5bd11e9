package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"briefbot"
	"briefbot/internal/cli"
)

// subcommand is one verb of the command line.
type subcommand struct {
	cli.Verb
	run func(ctx context.Context, env Env, args []string) error
}

func subcommands() []subcommand {
	return []subcommand{
		{cli.Verb{Name: "run", Args: "[-console]", About: "serve the configured chat platforms, the feeds and the digests (the console chat on a terminal)"}, runBot},
		{cli.Verb{Name: "chat", About: "the console chat: one command per line on stdin, replies on stdout"}, runChat},
		{cli.Verb{Name: "ingest", Args: "[-published YYYY-MM-DD] [-source NAME] [-lang xx] PATH...", About: "store articles from files, folders, or - for stdin"}, runIngest},
		{cli.Verb{Name: "summarize", Args: "[-json] [-title T] [-published YYYY-MM-DD] FILE|-", About: "print one article's summary; stores nothing"}, runSummarize},
		{cli.Verb{Name: "brief", Args: "[-json] [-window 7d] [-n 5] TOPIC", About: "the brief the chat would give"}, runBrief},
		{cli.Verb{Name: "ask", Args: "[-json] [-chat platform:id] QUESTION", About: "answer a follow-up question from the chat's last brief, then the store"}, runAsk},
		{cli.Verb{Name: "feeds", Args: "list | add URL [-name N] [-lang xx] [-interval 15m] | remove ID | import FILE.opml | export", About: "the followed feeds and their health"}, runFeeds},
		{cli.Verb{Name: "subscriptions", Args: "list | add TOPIC [HH:MM] [ZONE] | remove TOPIC|all | timezone ZONE | preview TOPIC | mine", About: "every chat's daily digests (list), or the console chat's own"}, runSubscriptions},
		{cli.Verb{Name: "samples", Args: "load | remove", About: "load or delete the bundled sample articles"}, runSamples},
		{cli.Verb{Name: "config", About: "print the effective configuration, secrets redacted"}, runConfig},
		{cli.Verb{Name: "doctor", About: "check the configuration, database, time zones, platforms and feeds, and say what to fix"}, runDoctor},
		{cli.Verb{Name: "backup", Args: "FILE", About: "write a consistent copy of the database, while the bot runs"}, runBackup},
		{cli.Verb{Name: "resummarize", Args: "[-all]", About: "write again the summaries the summarizer failed on (-all: every summary)"}, runResummarize},
		{cli.Verb{Name: "gen", Args: "[-n N] [-size BYTES] [-seed S]", About: "write a synthetic corpus, for benchmarks"}, runGen},
		{cli.Verb{Name: "eval", Args: "[-gold FILE] [-out FILE] [-winer DIR] [-fr-check FILE]", About: "measure summary quality on the evaluation sets"}, runEval},
	}
}

// Main runs the command line and returns the process exit code.
func Main(ctx context.Context, env Env) int {
	name, args := "run", env.Args
	switch {
	case len(args) > 0 && cli.IsHelp(args[0]):
		name, args = "help", args[1:]
	case len(args) > 0 && !strings.HasPrefix(args[0], "-"):
		name, args = args[0], args[1:]
	}
	if name == "help" && len(args) == 0 {
		usage(env.Stdout)
		return 0
	}
	if name == "help" { // briefbot help VERB is briefbot VERB -h
		name, args = args[0], []string{"-h"}
	}
	sc, ok := lookup(name)
	if !ok {
		fmt.Fprintf(env.Stderr, "briefbot: unknown command %q%s; briefbot help lists them\n", name, cli.DidYouMean(name, verbs()))
		return 2
	}
	return exitCode(env.Stderr, sc.run(ctx, env, args))
}

func lookup(name string) (subcommand, bool) {
	for _, sc := range subcommands() {
		if sc.Name == name {
			return sc, true
		}
	}
	return subcommand{}, false
}

func verbs() []cli.Verb {
	var out []cli.Verb
	for _, sc := range subcommands() {
		out = append(out, sc.Verb)
	}
	return out
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "briefbot: the day's news on any topic, in your chat.")
	fmt.Fprintln(w, "\nUsage: briefbot [command] [arguments and flags, in any order]; run is the default.")
	fmt.Fprintln(w, "\nCommands:")
	cli.List(w, verbs())
	fmt.Fprintln(w, "\nbriefbot COMMAND -h shows a command's arguments and flags. Every command takes")
	fmt.Fprintln(w, "-db PATH (else $BRIEFBOT_DB, else the config's database, else ./briefbot.db)")
	fmt.Fprintln(w, "and -config FILE (else $BRIEFBOT_CONFIG).")
}

func exitCode(stderr io.Writer, err error) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, cli.ErrUsage):
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

// errReported marks a failure the command has already told the user about
// (a doctor's report with problems): exit status 1, nothing more printed.
var errReported = errors.New("reported")

// writeJSON prints v as one line of JSON, leaving <, > and & as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

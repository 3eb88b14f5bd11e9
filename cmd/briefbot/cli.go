package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"briefbot"
	"briefbot/internal/cli"
)

// subcommand is one verb of the command line: its name, what follows the
// name in its usage line, one line for briefbot help, and what it does.
type subcommand struct {
	name, args, about string
	run               func(ctx context.Context, env Env, args []string) error
}

func subcommands() []subcommand {
	return []subcommand{
		{"run", "[-console]", "serve the configured chat platforms, the feeds and the digests (the console chat on a terminal)", runBot},
		{"chat", "", "the console chat: one command per line on stdin, replies on stdout", runChat},
		{"ingest", "[-published YYYY-MM-DD] [-source NAME] [-lang xx] PATH...", "store articles from files, folders, or - for stdin", runIngest},
		{"summarize", "[-json] [-title T] [-published YYYY-MM-DD] FILE|-", "print one article's summary; stores nothing", runSummarize},
		{"brief", "[-json] [-window 7d] [-n 5] TOPIC", "the brief the chat would give", runBrief},
		{"ask", "[-json] [-chat platform:id] QUESTION", "answer a follow-up question from the chat's last brief, then the store", runAsk},
		{"feeds", "list | add URL [-name N] [-lang xx] [-interval 15m] | remove ID | import FILE.opml | export", "the followed feeds and their health", runFeeds},
		{"subscriptions", "list | add TOPIC [HH:MM] [ZONE] | remove TOPIC|all | timezone ZONE | preview TOPIC | mine", "every chat's daily digests (list), or the console chat's own", runSubscriptions},
		{"samples", "load | remove", "load or delete the bundled sample articles", runSamples},
		{"config", "", "print the effective configuration, secrets redacted", runConfig},
		{"doctor", "", "check the configuration, database, time zones, platforms and feeds, and say what to fix", runDoctor},
		{"backup", "FILE", "write a consistent copy of the database, while the bot runs", runBackup},
		{"migrate-store", "FROM TO", "copy everything a database holds into a new one: a SQLite file into PostgreSQL (a postgres:// URL), or back", runMigrateStore},
		{"resummarize", "[-all]", "write again the summaries the summarizer failed on (-all: every summary)", runResummarize},
		{"gen", "[-n N] [-size BYTES] [-seed S]", "write a synthetic corpus, for benchmarks", runGen},
		{"eval", "[-gold FILE] [-out FILE] [-winer DIR] [-fr-check FILE] | -ask [-ask-set FILE] [-split dev|test|all] [-v]", "measure summary quality, or /ask with -ask, on the evaluation sets", runEval},
	}
}

// program is the command line's help and verbs.
func program() cli.Program {
	p := cli.Program{Name: "briefbot", Default: "run",
		Intro: "briefbot: the day's news on any topic, in your chat.\n\n" +
			"Usage: briefbot [command] [arguments and flags, in any order]; run is the default.\n\nCommands:\n",
		Outro: "\nbriefbot COMMAND -h shows a command's arguments and flags. Every command takes\n" +
			"-db PATH (else $BRIEFBOT_DB, else the config's database, else ./briefbot.db)\n" +
			"and -config FILE (else $BRIEFBOT_CONFIG).\n"}
	for _, sc := range subcommands() {
		p.Verbs = append(p.Verbs, cli.Verb{Name: sc.name, Args: sc.args, About: sc.about})
	}
	return p
}

// Main runs the command line and returns the process exit code.
func Main(ctx context.Context, env Env) int {
	verb, args, code, ok := program().Pick(env.Args, env.Stdout, env.Stderr)
	for _, sc := range subcommands() {
		if ok && sc.name == verb {
			code = exitCode(env.Stderr, sc.run(ctx, env, args))
		}
	}
	return code
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

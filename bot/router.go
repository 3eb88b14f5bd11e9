package bot

import (
	"context"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"briefbot"
)

// MaxRequestBytes is the longest message the bot reads; longer ones get a
// polite refusal rather than being cut.
const MaxRequestBytes = 4096

// Command is one slash command.
type Command struct {
	Name  string // without the slash
	Args  string // how its arguments read in /help, e.g. "<topic> [window]"
	Help  string // one line
	Run   func(ctx context.Context, req Request, args string) (Message, error)
	Alias bool // hidden from /help
	Admin bool // only admins may run it
}

// Router dispatches messages to commands.
type Router struct {
	commands map[string]Command
	log      *slog.Logger

	// OnCommand, when set, is told of every command run: its platform,
	// its name, how long it took and whether it failed on our side.
	OnCommand func(platform, command string, d time.Duration, failed bool)
	// OnPanic, when set, is told of each panic contained in a command.
	OnPanic func(stage string)
}

// NewRouter returns a router with /help and /start; add others with Add.
func NewRouter(log *slog.Logger) *Router {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	r := &Router{commands: map[string]Command{}, log: log}
	r.Add(Command{Name: "help", Help: "list the commands", Run: r.help})
	r.Add(Command{Name: "start", Help: "welcome", Run: r.help, Alias: true})
	return r
}

// Add registers commands, each replacing one of the same name; features
// export theirs (brief.Commands, ask.Commands, …).
func (r *Router) Add(cs ...Command) {
	for _, c := range cs {
		r.commands[c.Name] = c
	}
}

// Handle answers one request. Errors become a message: a user error says
// what was wrong; an internal error is logged and the user sees an apology.
func (r *Router) Handle(ctx context.Context, req Request) Message {
	text := strings.TrimSpace(req.Text)
	if refusal, long := TooLong(text); long {
		return refusal
	}
	if !utf8.ValidString(text) {
		return Text("I could not read that message: it is not valid text.")
	}
	name, args, ok := parseCommand(text)
	if !ok {
		return Text("I answer commands. Try /brief korea, or /help for the list.")
	}
	cmd, found := r.commands[name]
	if !found {
		return Text("I don't know /" + name + ". Type /help for the commands I know.")
	}
	if cmd.Admin && !req.Admin {
		return Text("Only an admin of this bot may use /" + name + ".")
	}
	return r.run(ctx, cmd, req, args)
}

// TooLong refuses a message over MaxRequestBytes; adapters call it before
// any other work on a message.
func TooLong(text string) (Message, bool) {
	if len(text) <= MaxRequestBytes {
		return Message{}, false
	}
	return Text("That message is too long for me (" + strconv.Itoa(len(text)) + " bytes; the limit is " + strconv.Itoa(MaxRequestBytes) + "). Send a shorter one."), true
}

// run runs one command, timing it for OnCommand. A panic in the command is
// contained: it is logged as an internal error and the user gets the
// apology, while the bot goes on answering everyone else.
func (r *Router) run(ctx context.Context, cmd Command, req Request, args string) Message {
	start := time.Now()
	var msg Message
	var err error
	if perr := briefbot.Contain("command", func() { msg, err = cmd.Run(ctx, req, args) }); perr != nil {
		err = perr
		if r.OnPanic != nil {
			r.OnPanic("command")
		}
	}
	if r.OnCommand != nil {
		r.OnCommand(req.Chat.Platform, cmd.Name, time.Since(start), briefbot.ErrorCode(err) == briefbot.EInternal)
	}
	if err != nil {
		return r.failure(req, cmd.Name, err)
	}
	return msg
}

func (r *Router) failure(req Request, name string, err error) Message {
	if briefbot.ErrorCode(err) == briefbot.EInternal {
		r.log.Error("command failed", "command", name, "chat", req.Chat.String(), "err", err)
	}
	return Text(briefbot.ErrorMessage(err))
}

// parseCommand splits "/brief@TheBot korea 3d" into "brief" and "korea 3d".
func parseCommand(text string) (name, args string, ok bool) {
	if !strings.HasPrefix(text, "/") {
		return "", "", false
	}
	head, rest, _ := strings.Cut(text[1:], " ")
	if i := strings.IndexAny(head, "\n\t"); i >= 0 {
		rest = head[i+1:] + " " + rest
		head = head[:i]
	}
	head, _, _ = strings.Cut(head, "@")
	if head == "" {
		return "", "", false
	}
	return strings.ToLower(head), strings.TrimSpace(rest), true
}

func (r *Router) help(context.Context, Request, string) (Message, error) {
	names := make([]string, 0, len(r.commands))
	for name, c := range r.commands {
		if !c.Alias {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	msg := Message{Title: "briefbot: the day's news on any topic, in English and French"}
	for _, name := range names {
		c := r.commands[name]
		usage := "/" + name
		if c.Args != "" {
			usage += " " + c.Args
		}
		msg.Lines = append(msg.Lines, usage+" — "+c.Help)
	}
	msg.Footer = []string{"Example: /brief korea 3d"}
	return msg, nil
}

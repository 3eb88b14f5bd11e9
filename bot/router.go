package bot

import (
	"context"
	"fmt"
	"log/slog"
	"sort"
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
	Name   string // without the slash
	Args   string // how its arguments read in /help, e.g. "<topic> [window]"
	Help   string // one line
	Run    func(ctx context.Context, req Request, args string) (Message, error)
	Hidden bool // left out of /help and of platform menus: /start, or a command only buttons run
	Admin  bool // only admins may run it
	// Options are the arguments typed, for platforms with typed menus;
	// Args says the same for people.
	Options []Option
}

// CommandInfo is how a command is listed, in /help and in the menus of the
// platforms that have one.
type CommandInfo struct {
	Name    string // without the slash
	Args    string
	Help    string
	Admin   bool
	Options []Option
}

// Usage is how the command is typed: "/brief <topic> [window] [count]".
func (c CommandInfo) Usage() string {
	if c.Args == "" {
		return "/" + c.Name
	}
	return "/" + c.Name + " " + c.Args
}

// Lister lists commands for platform menus; the Router is one, and so are
// the handlers in this package that wrap one.
type Lister interface {
	Commands() []CommandInfo
}

// CommandsOf lists h's commands when h lists them, and none otherwise.
func CommandsOf(h Handler) []CommandInfo {
	if l, ok := h.(Lister); ok {
		return l.Commands()
	}
	return nil
}

// Router dispatches messages to commands.
type Router struct {
	commands map[string]Command
	log      *slog.Logger

	// FollowUp names the command that answers a follow-up (a reply to one
	// of the bot's messages), the reply's text as its arguments; with none,
	// a follow-up that is no command is answered as plain text is.
	FollowUp string

	// OnCommand, when set, is told of every command run: its platform,
	// its name, how long it took and whether it failed on our side.
	OnCommand func(platform, command string, d time.Duration, failed bool)
	// OnPanic, when set, is told of each panic contained in a command.
	OnPanic func(stage string)

	// ChatLanguage, when set, reads the language a chat chose (/language),
	// "" when it chose none: a request is answered in it rather than in
	// its platform's language. A failure to read it is logged, and the
	// request answered in the platform's.
	ChatLanguage func(ctx context.Context, chat briefbot.ChatRef) (string, error)
	// DefaultLang is the language of a request whose chat chose none and
	// whose platform tells none briefbot speaks; "": DefaultLang.
	DefaultLang string
}

// NewRouter returns a router with /help and /start; add others with Add.
func NewRouter(log *slog.Logger) *Router {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	r := &Router{commands: map[string]Command{}, log: log}
	r.Add(Command{Name: "help", Args: "[command]", Help: "list the commands, or explain one", Run: r.help,
		Options: []Option{{Name: "command", Help: "the command to explain", Complete: r.completeCommand}}})
	r.Add(Command{Name: "start", Help: "welcome", Run: r.help, Hidden: true})
	return r
}

// Add registers commands, each replacing one of the same name; features
// export theirs (brief.Commands, ask.Commands, …).
func (r *Router) Add(cs ...Command) {
	for _, c := range cs {
		r.commands[c.Name] = c
	}
}

// Handle answers one request, in its chat's language (see Request.Lang).
// Errors become a message: a user error says what was wrong; an internal
// error is logged and the user sees an apology.
func (r *Router) Handle(ctx context.Context, req Request) Message {
	req.Lang = r.language(ctx, req)
	msg := r.handle(ctx, req)
	if msg.Lang == "" {
		msg.Lang = req.Lang
	}
	return msg
}

func (r *Router) handle(ctx context.Context, req Request) Message {
	l := LabelsFor(req.Lang)
	text := strings.TrimSpace(req.Text)
	if refusal, long := tooLong(text, l); long {
		return refusal
	}
	if !utf8.ValidString(text) {
		return Text(l.NotText)
	}
	name, args, ok := parseCommand(text)
	if !ok && req.FollowUp && r.FollowUp != "" {
		name, args, ok = r.FollowUp, text, true
	}
	if !ok {
		return Text(l.OnlyCommands)
	}
	cmd, found := r.commands[name]
	if !found {
		return Text(fmt.Sprintf(l.UnknownCommand, name))
	}
	if cmd.Admin && !req.Admin {
		return Text(fmt.Sprintf(l.AdminOnly, name))
	}
	return r.run(ctx, cmd, req, args)
}

// language is the language a request is answered in: its chat's choice,
// else its platform's, else the router's default.
func (r *Router) language(ctx context.Context, req Request) string {
	if r.ChatLanguage != nil {
		chosen, err := r.ChatLanguage(ctx, req.Chat)
		if err != nil {
			r.log.Error("read the chat's language", "chat", req.Chat.String(), "err", err)
		}
		if lang := ServedLang(chosen); lang != "" && err == nil {
			return lang
		}
	}
	if lang := ServedLang(req.Lang); lang != "" {
		return lang
	}
	if lang := ServedLang(r.DefaultLang); lang != "" {
		return lang
	}
	return DefaultLang
}

// TooLong refuses a message over MaxRequestBytes; adapters call it before
// any other work on a message.
func TooLong(text string) (Message, bool) { return tooLong(text, &english) }

func tooLong(text string, l *Labels) (Message, bool) {
	if len(text) <= MaxRequestBytes {
		return Message{}, false
	}
	return Text(fmt.Sprintf(l.TooLong, len(text), MaxRequestBytes)), true
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
	return Text(LabelsFor(req.Lang).ErrorMessage(err))
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

// Commands lists the commands /help shows, by name; each platform's menu
// is made from them.
func (r *Router) Commands() []CommandInfo {
	var out []CommandInfo
	for _, c := range r.commands {
		if !c.Hidden {
			out = append(out, info(c))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func info(c Command) CommandInfo {
	return CommandInfo{Name: c.Name, Args: c.Args, Help: c.Help, Admin: c.Admin, Options: c.Options}
}

// help answers /help with the list of commands, and /help <command> with
// how to type that command and what it does.
func (r *Router) help(_ context.Context, req Request, args string) (Message, error) {
	l := LabelsFor(req.Lang)
	if args != "" {
		return r.helpOn(args, l), nil
	}
	msg := Message{Title: l.HelpTitle}
	for _, c := range r.Commands() {
		msg.Lines = append(msg.Lines, c.Usage()+" — "+l.HelpOf(c))
	}
	msg.Footer = []string{l.HelpExample, l.HelpOn}
	return msg, nil
}

// completeCommand suggests the names of the commands /help lists.
func (r *Router) completeCommand(_ context.Context, _ Request, typed string) []string {
	var names []string
	for _, c := range r.Commands() {
		names = append(names, c.Name)
	}
	return PrefixMatches(names, strings.TrimPrefix(typed, "/"))
}

// helpOn explains one command, named with or without its slash.
func (r *Router) helpOn(arg string, l *Labels) Message {
	name, _, _ := strings.Cut(strings.TrimPrefix(strings.Fields(arg)[0], "/"), "@")
	c, found := r.commands[strings.ToLower(name)]
	if !found {
		return Text(fmt.Sprintf(l.UnknownCommand, name))
	}
	msg := Message{Title: info(c).Usage(), Lines: []string{l.HelpOf(info(c))}}
	if c.Admin {
		msg.Lines = append(msg.Lines, l.AdminOnlyIt)
	}
	return msg
}

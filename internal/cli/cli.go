// Package cli is the mechanics of a command line made of subcommands
// (verbs): flags before or after the arguments, help for the whole and for
// each verb, and the closest verb to a mistyped one. What the verbs are and
// do stays with the program.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"briefbot/internal/editdist"
)

// Verb is one subcommand, as its help shows it.
type Verb struct {
	Name  string
	Args  string // what follows the name in its usage line: "[-json] TOPIC"
	About string // one line, lower case, no final period
}

// Program is a command line of verbs.
type Program struct {
	Name    string // as typed: "briefbot"
	Default string // the verb when the first argument is a flag, or there is none
	Intro   string // the help's lines above the list of verbs
	Outro   string // and below it
	Verbs   []Verb
}

// Pick reads which verb args ask for, and its arguments. The first
// argument is the verb unless it is a flag. "help", -h and --help write
// the help to stdout, and "help VERB" is "VERB -h"; an unknown verb is
// named on stderr with the closest known one. When Pick has answered
// (ok false), code is the exit status.
func (p Program) Pick(args []string, stdout, stderr io.Writer) (verb string, rest []string, code int, ok bool) {
	verb, rest = p.Default, args
	switch {
	case len(args) > 0 && IsHelp(args[0]):
		verb, rest = "help", args[1:]
	case len(args) > 0 && !strings.HasPrefix(args[0], "-"):
		verb, rest = args[0], args[1:]
	}
	if verb == "help" && (len(rest) == 0 || rest[0] == "help") {
		p.Help(stdout)
		return "", nil, 0, false
	}
	if verb == "help" {
		verb, rest = rest[0], []string{"-h"}
	}
	if _, known := p.verb(verb); !known {
		fmt.Fprintf(stderr, "%s: unknown command %q%s; %s help lists them\n", p.Name, verb, p.didYouMean(verb), p.Name)
		return "", nil, 2, false
	}
	return verb, rest, 0, true
}

func (p Program) verb(name string) (Verb, bool) {
	for _, v := range p.Verbs {
		if v.Name == name {
			return v, true
		}
	}
	return Verb{}, false
}

// Help writes the intro, one line per verb (its name and what it does),
// and the outro.
func (p Program) Help(w io.Writer) {
	fmt.Fprint(w, p.Intro)
	width := 0
	for _, v := range p.Verbs {
		width = max(width, len(v.Name))
	}
	for _, v := range p.Verbs {
		fmt.Fprintf(w, "  %-*s  %s\n", width, v.Name, v.About)
	}
	fmt.Fprint(w, p.Outro)
}

// didYouMean is " (did you mean "X"?)" for the verb X closest to name,
// or "" when none is close.
func (p Program) didYouMean(name string) string {
	names := make([]string, len(p.Verbs))
	for i, v := range p.Verbs {
		names[i] = v.Name
	}
	if best, ok := editdist.Closest(strings.ToLower(name), names); ok {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	return ""
}

// IsHelp reports whether arg asks for help.
func IsHelp(arg string) bool {
	switch arg {
	case "-h", "-help", "--h", "--help":
		return true
	}
	return false
}

// FlagSet returns the flag set of the verb name. Asked for (-h), its help
// goes to stdout; after a mistake, flag's message and the verb's usage
// line go to stderr.
func (p Program) FlagSet(name string, stdout, stderr io.Writer) *flag.FlagSet {
	v, _ := p.verb(name)
	v.Name = name
	return NewFlagSet(p.Name, v, stdout, stderr)
}

// NewFlagSet returns the flag set of prog's verb v. Asked for (-h), its
// help goes to stdout; after a mistake, flag's message and v's usage line
// go to stderr.
func NewFlagSet(prog string, v Verb, stdout, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(prog+" "+v.Name, flag.ContinueOnError)
	errs := &flagErrors{w: stderr}
	fs.SetOutput(errs)
	usage := strings.TrimSpace(prog + " " + v.Name + " " + v.Args)
	fs.Usage = func() {
		if errs.wrote {
			fmt.Fprintf(stderr, "usage: %s (%s %s -h for more)\n", usage, prog, v.Name)
			return
		}
		fmt.Fprintf(stdout, "Usage: %s\n\n%s.\n\nFlags, before or after the arguments (-- ends them):\n", usage, capitalize(v.About))
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		fs.SetOutput(errs)
	}
	return fs
}

// flagErrors is where flag writes its messages. Flag calls Usage after a
// message, and for -h with none: this tells the two apart.
type flagErrors struct {
	w     io.Writer
	wrote bool
}

func (e *flagErrors) Write(p []byte) (int, error) {
	e.wrote = true
	return e.w.Write(p)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// ErrUsage is returned by Parse for a command line flag has reported.
var ErrUsage = errors.New("usage")

// Parse parses args with fs, its flags anywhere among the positional
// arguments (see FlagsFirst). It returns flag.ErrHelp for -h, ErrUsage
// for a mistake flag has reported, and nil otherwise.
func Parse(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(FlagsFirst(fs, args))
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		return ErrUsage
	}
	return err
}

// FlagsFirst moves the flags of args before the positional arguments, so
// that flags may follow them (brief korea -n 2), keeping the order of
// each. A flag's value goes with it (-n 2, -n=2); "--" ends the flags;
// "-" alone is an argument (standard input). The result ends the flags
// with "--", so an argument that starts with "-" after a "--" stays one.
// An unknown flag stays a flag, for flag parsing to report.
func FlagsFirst(fs *flag.FlagSet, args []string) []string {
	var flags, positional []string
	for i := 0; i < len(args); i++ {
		arg := args[i]
		switch {
		case arg == "--":
			return append(append(flags, "--"), append(positional, args[i+1:]...)...)
		case len(arg) < 2 || arg[0] != '-':
			positional = append(positional, arg)
		default:
			flags = append(flags, arg)
			if takesValue(fs, arg) && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		}
	}
	return append(append(flags, "--"), positional...)
}

// takesValue reports whether arg is a flag of fs that takes the next
// argument as its value: not a boolean, and not written -name=value.
func takesValue(fs *flag.FlagSet, arg string) bool {
	name := strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-")
	if strings.Contains(name, "=") {
		return false
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return !ok || !b.IsBoolFlag()
}

package bot

import (
	"context"
	"strconv"
	"strings"
)

// MaxSuggestions is the most values a Completer returns: Discord shows 25.
const MaxSuggestions = 25

// OptionKind is what an option's value is.
type OptionKind int

// The kinds of option.
const (
	TextOption    OptionKind = iota // any text: a topic, a question, a zone
	IntegerOption                   // a whole number, within Min and Max
	FlagOption                      // on or off; on, it writes its Word
)

// Option is one typed argument of a command, for the platforms whose menus
// take typed arguments (Discord's slash commands). A platform writes the
// values it was given back into the command's text, in the order of the
// command's options, as a user would type them (see Line): the router and
// the command read one grammar whatever the platform.
type Option struct {
	Name     string // lower case, like "topic"
	Help     string // one line
	Kind     OptionKind
	Required bool
	Min, Max int      // the bounds of an IntegerOption, when Max > 0
	Choices  []string // when set, the only values the option takes
	Word     string   // what a FlagOption writes when on; "": its Name
	// Complete, when set, suggests values for the option as the user types
	// it, at most MaxSuggestions, the likeliest first.
	Complete Completer
}

// Completer suggests values for an option from what the user has typed of
// it so far, in the chat of req.
type Completer func(ctx context.Context, req Request, typed string) []string

// Line is the text a user would type for the command with the option
// values given, by option name: "/brief korea 3d 5". Options with no
// value, and flags that are off ("", "false"), are left out.
func (c CommandInfo) Line(values map[string]string) string {
	parts := []string{"/" + c.Name}
	for _, o := range c.Options {
		v := strings.TrimSpace(values[o.Name])
		if o.Kind == FlagOption {
			if on, _ := strconv.ParseBool(v); !on {
				continue
			}
			v = o.Word
			if v == "" {
				v = o.Name
			}
		}
		if v != "" {
			parts = append(parts, v)
		}
	}
	return strings.Join(parts, " ")
}

// PrefixMatches keeps the values that start with typed, or else contain it,
// compared without case, at most MaxSuggestions: the common rule of
// completers.
func PrefixMatches(values []string, typed string) []string {
	typed = strings.ToLower(strings.TrimSpace(typed))
	var starts, contains []string
	seen := map[string]bool{}
	for _, v := range values {
		low := strings.ToLower(v)
		if seen[low] {
			continue
		}
		seen[low] = true
		switch {
		case strings.HasPrefix(low, typed):
			starts = append(starts, v)
		case strings.Contains(low, typed):
			contains = append(contains, v)
		}
	}
	out := append(starts, contains...)
	return out[:min(len(out), MaxSuggestions)]
}

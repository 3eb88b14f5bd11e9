package discord

import (
	"context"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"briefbot/bot"
)

// Discord's bounds on slash commands.
const (
	maxCommands     = 100
	maxOptions      = 25
	maxChoices      = 25
	maxDescription  = 100
	maxChoiceLength = 100
)

// commandName is a name Discord takes for a command or an option.
var commandName = regexp.MustCompile(`^[-_a-z0-9]{1,32}$`)

// register publishes h's commands as the bot's slash commands with one
// bulk overwrite: to the configured server (instant, for development), or
// globally. A failure is only a warning: the bot answers the commands
// registered before.
func (b *Bot) register(ctx context.Context, h bot.Handler) {
	infos := slashInfos(bot.CommandsOf(h))
	b.mu.Lock()
	b.commands = map[string]bot.CommandInfo{}
	for _, c := range infos {
		b.commands[c.Name] = c
	}
	b.mu.Unlock()
	cmds := slashCommands(infos)
	if _, err := b.api.ApplicationCommandBulkOverwrite(b.user().ID, b.guildID, cmds, b.opts(ctx)...); err != nil {
		b.log.Warn("discord: could not register the slash commands", "guild", b.guildID, "err", redact(err, b.token))
		return
	}
	b.log.Info("discord: slash commands registered", "commands", len(cmds), "guild", b.guildID)
}

// command is the registered command of that name.
func (b *Bot) command(name string) (bot.CommandInfo, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	c, ok := b.commands[name]
	return c, ok
}

// slashInfos are the commands Discord can show, each with typed options:
// a command that declares none but takes arguments gets one text option
// named from its Args ("<text>": text), so that every command can be
// typed. At most maxCommands, by name.
func slashInfos(cmds []bot.CommandInfo) []bot.CommandInfo {
	var out []bot.CommandInfo
	for _, c := range cmds {
		if !commandName.MatchString(c.Name) {
			continue
		}
		if len(c.Options) == 0 && c.Args != "" {
			c.Options = []bot.Option{argsOption(c.Args)}
		}
		var opts []bot.Option
		for _, o := range c.Options {
			if commandName.MatchString(o.Name) {
				opts = append(opts, o)
			}
		}
		c.Options = opts
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out[:min(len(out), maxCommands)]
}

// argsOption is the one text option of a command whose Args say how it
// reads: required when the first argument is ("<…>"), named after it.
func argsOption(args string) bot.Option {
	first := strings.Fields(args)[0]
	name := strings.ToLower(strings.Trim(first, "<>[]|."))
	if !commandName.MatchString(name) {
		name = "text"
	}
	return bot.Option{Name: name, Help: args, Kind: bot.TextOption, Required: strings.HasPrefix(first, "<")}
}

// slashCommands are the commands as Discord registers them.
func slashCommands(infos []bot.CommandInfo) []*discordgo.ApplicationCommand {
	out := make([]*discordgo.ApplicationCommand, 0, len(infos))
	for _, c := range infos {
		desc := c.Help
		if desc == "" {
			desc = c.Usage()
		}
		out = append(out, &discordgo.ApplicationCommand{Type: discordgo.ChatApplicationCommand, Name: c.Name,
			Description: clip(desc, maxDescription), DescriptionLocalizations: localizedHelp(c),
			Options: slashOptions(c.Options)})
	}
	return out
}

// localizedHelp is a command's help in each other language briefbot
// speaks that has its own, by the language's code, which is its Discord
// locale ("fr"); nil when it has none.
func localizedHelp(c bot.CommandInfo) *map[discordgo.Locale]string {
	out := map[discordgo.Locale]string{}
	for _, lang := range bot.Langs()[1:] {
		if h := bot.LabelsFor(lang).HelpOf(c); h != c.Help && h != "" {
			out[discordgo.Locale(lang)] = clip(h, maxDescription)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return &out
}

// slashOptions are a command's options as Discord types them, the
// required ones first as Discord wants (values come back by name, so the
// order of the command's line is kept).
func slashOptions(opts []bot.Option) []*discordgo.ApplicationCommandOption {
	out := []*discordgo.ApplicationCommandOption{}
	for _, required := range []bool{true, false} {
		for _, o := range opts {
			if o.Required == required && len(out) < maxOptions {
				out = append(out, slashOption(o))
			}
		}
	}
	return out
}

func slashOption(o bot.Option) *discordgo.ApplicationCommandOption {
	desc := o.Help
	if desc == "" {
		desc = o.Name
	}
	out := &discordgo.ApplicationCommandOption{Name: o.Name, Description: clip(desc, maxDescription), Required: o.Required}
	switch o.Kind {
	case bot.IntegerOption:
		out.Type = discordgo.ApplicationCommandOptionInteger
		if o.Max > 0 {
			lo := float64(o.Min)
			out.MinValue, out.MaxValue = &lo, float64(o.Max)
		}
	case bot.FlagOption:
		out.Type = discordgo.ApplicationCommandOptionBoolean
		return out
	default:
		out.Type = discordgo.ApplicationCommandOptionString
	}
	out.Choices = choices(o)
	out.Autocomplete = o.Complete != nil && len(out.Choices) == 0
	return out
}

// choices are an option's fixed values, as Discord lists them; an
// integer option's values that are no integer are left out.
func choices(o bot.Option) []*discordgo.ApplicationCommandOptionChoice {
	var out []*discordgo.ApplicationCommandOptionChoice
	for _, v := range o.Choices {
		if len(out) == maxChoices || v == "" || units(v) > maxChoiceLength {
			continue
		}
		var value any = v
		if o.Kind == bot.IntegerOption {
			n, err := strconv.Atoi(v)
			if err != nil {
				continue
			}
			value = n
		}
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: v, Value: value})
	}
	return out
}

// line is the text a user would type for a command interaction: its
// options written back as the router reads them; false for a command the
// bot did not register.
func (b *Bot) line(data discordgo.ApplicationCommandInteractionData) (string, bool) {
	c, ok := b.command(data.Name)
	if !ok {
		return "", false
	}
	values := map[string]string{}
	for _, o := range data.Options {
		values[o.Name] = optionValue(o)
	}
	return c.Line(values), true
}

// optionValue is an option's value as text: a string as it is, an
// integer in digits, a flag as true or false.
func optionValue(o *discordgo.ApplicationCommandInteractionDataOption) string {
	switch v := o.Value.(type) {
	case string:
		return v
	case float64:
		return strconv.FormatInt(int64(v), 10)
	case bool:
		return strconv.FormatBool(v)
	case nil:
		return ""
	}
	return ""
}

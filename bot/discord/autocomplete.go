package discord

import (
	"context"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"briefbot"
	"briefbot/bot"
)

// autocomplete answers what a user types in an option with the option's
// suggestions, at most 25 of at most 100 characters each; none when the
// option suggests nothing (or its completer panicked, which is logged).
func (b *Bot) autocomplete(ctx context.Context, i *discordgo.Interaction) *discordgo.InteractionResponse {
	resp := &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}}}
	data := i.ApplicationCommandData()
	opt, typed, ok := b.focused(data)
	if !ok || opt.Complete == nil {
		return resp
	}
	var values []string
	if err := briefbot.Contain("autocomplete", func() { values = opt.Complete(ctx, b.request(i, ""), typed) }); err != nil {
		b.contained("autocomplete", err)
		return resp
	}
	resp.Data.Choices = suggestions(opt, values)
	return resp
}

// focused is the option the user is typing in, and what they typed.
func (b *Bot) focused(data discordgo.ApplicationCommandInteractionData) (bot.Option, string, bool) {
	c, ok := b.command(data.Name)
	if !ok {
		return bot.Option{}, "", false
	}
	for _, o := range data.Options {
		if !o.Focused {
			continue
		}
		for _, opt := range c.Options {
			if opt.Name == o.Name {
				return opt, strings.TrimSpace(optionValue(o)), true
			}
		}
	}
	return bot.Option{}, "", false
}

// suggestions are a completer's values as Discord's choices: the first
// 25 that Discord takes, for an integer option those that are integers.
func suggestions(opt bot.Option, values []string) []*discordgo.ApplicationCommandOptionChoice {
	out := []*discordgo.ApplicationCommandOptionChoice{}
	seen := map[string]bool{}
	for _, v := range values {
		if len(out) == maxChoices {
			break
		}
		if v == "" || units(v) > maxChoiceLength || seen[v] {
			continue
		}
		seen[v] = true
		var value any = v
		if opt.Kind == bot.IntegerOption {
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

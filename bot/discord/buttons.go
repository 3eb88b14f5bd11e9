package discord

import (
	"github.com/bwmarrin/discordgo"

	"briefbot/bot"
)

// Discord's bounds on buttons.
const (
	maxCustomID     = 100 // characters of a button's custom_id; counted here in bytes, never fewer
	maxLabel        = 80
	buttonsPerRow   = 5
	maxButtonRows   = 5
	maxButtonsTotal = buttonsPerRow * maxButtonRows
)

// A button's custom_id is its action, signed (see bot.ActionKey): the
// whole command travels with the button, so a press can be answered by
// any replica of the bot, after any restart, with no state kept, and only
// the commands the bot's own messages offered can be pressed. An action
// whose command does not fit in Discord's 100 characters has no button.

// components show a message's actions as buttons, five a row; an action
// that cannot be a button (no label, a command no button may carry or too
// long for a custom_id, the same as an earlier one) is left out, and with
// none there are no components.
func (b *Bot) components(actions []bot.Action) []discordgo.MessageComponent {
	var buttons []discordgo.MessageComponent
	seen := map[string]bool{}
	for _, a := range actions {
		id, ok := b.keys.Data(a, maxCustomID)
		if !ok || a.Label == "" || seen[id] || len(buttons) == maxButtonsTotal {
			continue
		}
		seen[id] = true
		style := discordgo.SecondaryButton
		if a.Replace {
			style = discordgo.PrimaryButton
		}
		buttons = append(buttons, discordgo.Button{Label: clip(a.Label, maxLabel), Style: style, CustomID: id})
	}
	var rows []discordgo.MessageComponent
	for len(buttons) > 0 {
		n := min(len(buttons), buttonsPerRow)
		rows = append(rows, discordgo.ActionsRow{Components: buttons[:n]})
		buttons = buttons[n:]
	}
	return rows
}

// pressed reads a button's custom_id back into its action; false for one
// that is not a button of this bot's (another bot's, an older form, one
// tampered with): the presser is told it has expired.
func (b *Bot) pressed(customID string) (bot.Action, bool) {
	return b.keys.Read(customID, maxCustomID)
}

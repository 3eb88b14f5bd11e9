package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"briefbot/bot"
)

// menu is a command table like the router's.
func menu() []bot.CommandInfo {
	complete := func(context.Context, bot.Request, string) []string { return []string{"korea", "japan"} }
	return []bot.CommandInfo{
		{Name: "brief", Args: "<topic> [window] [count]", Help: "top stories on a topic, " + strings.Repeat("e.g. /brief korea, ", 10), Options: []bot.Option{
			{Name: "topic", Help: "what about", Required: true, Complete: complete},
			{Name: "window", Help: "how far back", Choices: []string{"1d", "3d", "7d"}},
			{Name: "count", Help: "how many", Kind: bot.IntegerOption, Min: 1, Max: 20},
		}},
		{Name: "subscribe", Args: "<topic> [HH:MM] [notify-empty]", Help: "a daily digest", Options: []bot.Option{
			{Name: "time", Help: "when"},
			{Name: "topic", Help: "what about", Required: true},
			{Name: "notify-empty", Help: "say when there is nothing", Kind: bot.FlagOption},
		}},
		{Name: "echo", Args: "<text>", Help: "says the text back"},
		{Name: "subscriptions", Help: "this chat's digests"},
		{Name: "Bad Name", Help: "no Discord name"},
	}
}

func TestCommandsMapToSlashCommands(t *testing.T) {
	cmds := slashCommands(slashInfos(menu()))
	got := map[string]*discordgo.ApplicationCommand{}
	for _, c := range cmds {
		got[c.Name] = c
		if n := units(c.Description); n < 1 || n > maxDescription {
			t.Errorf("/%s: a description of %d characters", c.Name, n)
		}
	}
	if len(cmds) != 4 || got["bad name"] != nil {
		t.Fatalf("commands %v, want the four Discord can name", cmds)
	}
	b := got["brief"].Options
	if len(b) != 3 || b[0].Type != discordgo.ApplicationCommandOptionString || !b[0].Autocomplete || !b[0].Required {
		t.Errorf("brief's topic %+v, want a required string with autocomplete", b[0])
	}
	if len(b[1].Choices) != 3 || b[1].Autocomplete || b[1].Choices[2].Value != "7d" {
		t.Errorf("brief's window %+v, want three choices", b[1])
	}
	if b[2].Type != discordgo.ApplicationCommandOptionInteger || *b[2].MinValue != 1 || b[2].MaxValue != 20 {
		t.Errorf("brief's count %+v, want an integer from 1 to 20", b[2])
	}
	s := got["subscribe"].Options
	if s[0].Name != "topic" || s[2].Name != "notify-empty" || s[2].Type != discordgo.ApplicationCommandOptionBoolean {
		t.Errorf("subscribe's options %s, %s, %s: want the required topic first and the flag a boolean", s[0].Name, s[1].Name, s[2].Name)
	}
	if e := got["echo"].Options; len(e) != 1 || e[0].Name != "text" || !e[0].Required || e[0].Type != discordgo.ApplicationCommandOptionString {
		t.Errorf("echo's options %+v, want the one text its Args name", e)
	}
	if o := got["subscriptions"].Options; o == nil || len(o) != 0 {
		t.Errorf("subscriptions' options %v, want an empty list", o)
	}
}

func TestACommandInteractionReadsBackAsItsLine(t *testing.T) {
	b := &Bot{commands: map[string]bot.CommandInfo{}}
	for _, c := range slashInfos(menu()) {
		b.commands[c.Name] = c
	}
	for _, tc := range []struct {
		name, data, want string
	}{
		{"options in any order", `{"name":"brief","options":[{"name":"count","type":4,"value":5},{"name":"topic","type":3,"value":"south korea"}]}`, "/brief south korea 5"},
		{"a flag on", `{"name":"subscribe","options":[{"name":"notify-empty","type":5,"value":true},{"name":"topic","type":3,"value":"korea"},{"name":"time","type":3,"value":"07:30"}]}`, "/subscribe 07:30 korea notify-empty"},
		{"a flag off", `{"name":"subscribe","options":[{"name":"topic","type":3,"value":"korea"},{"name":"notify-empty","type":5,"value":false}]}`, "/subscribe korea"},
		{"the text of Args", `{"name":"echo","options":[{"name":"text","type":3,"value":"hello there"}]}`, "/echo hello there"},
		{"no options", `{"name":"subscriptions"}`, "/subscriptions"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var data discordgo.ApplicationCommandInteractionData
			if err := json.Unmarshal([]byte(tc.data), &data); err != nil {
				t.Fatal(err)
			}
			got, ok := b.line(data)
			if !ok || got != tc.want {
				t.Errorf("line %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
	if _, ok := b.line(discordgo.ApplicationCommandInteractionData{Name: "gone"}); ok {
		t.Error("a command not registered read as a line")
	}
}

func TestSuggestionsFitDiscord(t *testing.T) {
	values := []string{"", strings.Repeat("z", maxChoiceLength+1), "korea", "korea"}
	for i := range 40 {
		values = append(values, fmt.Sprint("topic ", i))
	}
	got := suggestions(bot.Option{}, values)
	if len(got) != maxChoices || got[0].Name != "korea" || got[1].Name != "topic 0" {
		t.Errorf("%d suggestions, want %d", len(got), maxChoices)
	}
	for _, c := range got {
		if c.Name == "" || units(c.Name) > maxChoiceLength {
			t.Errorf("a suggestion of %d characters", units(c.Name))
		}
	}
	ints := suggestions(bot.Option{Kind: bot.IntegerOption}, []string{"5", "ten", "10"})
	if len(ints) != 2 || ints[0].Value != 5 || ints[1].Value != 10 {
		t.Errorf("integer suggestions %+v, want 5 and 10", ints)
	}
}

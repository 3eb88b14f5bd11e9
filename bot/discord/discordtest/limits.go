package discordtest

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Discord's limits on messages.
const (
	MaxContent       = 2000
	MaxEmbeds        = 10
	MaxTitle         = 256
	MaxDescription   = 4096
	MaxFields        = 25
	MaxFieldName     = 256
	MaxFieldValue    = 1024
	MaxFooter        = 2048
	MaxAuthorName    = 256
	MaxEmbedTotal    = 6000
	MaxActionRows    = 5
	MaxRowWidth      = 5
	MaxCustomID      = 100
	MaxButtonLabel   = 80
	MaxChoices       = 25
	MaxChoiceName    = 100
	MaxCommands      = 100
	MaxOptions       = 25
	MaxCommandName   = 32
	MaxCommandDetail = 100
)

func chars(s string) int { return utf8.RuneCountInString(s) }

// over appends a problem when s is longer than max characters.
func over(p []string, what, s string, max int) []string {
	if n := chars(s); n > max {
		p = append(p, fmt.Sprintf("%s is %d characters, more than %d", what, n, max))
	}
	return p
}

// checkMessage lists what Discord would refuse in a message.
func checkMessage(m Message) []string {
	p := over(nil, "content", m.Content, MaxContent)
	p = append(p, checkEmbeds(m.Embeds)...)
	p = append(p, checkComponents(m.Components)...)
	return p
}

func checkEmbeds(embeds []Embed) []string {
	var p []string
	if len(embeds) > MaxEmbeds {
		p = append(p, fmt.Sprintf("%d embeds, more than %d", len(embeds), MaxEmbeds))
	}
	total := 0
	for i, e := range embeds {
		at := fmt.Sprintf("embeds[%d].", i)
		p = over(p, at+"title", e.Title, MaxTitle)
		p = over(p, at+"description", e.Description, MaxDescription)
		total += chars(e.Title) + chars(e.Description)
		if len(e.Fields) > MaxFields {
			p = append(p, fmt.Sprintf("%sfields: %d, more than %d", at, len(e.Fields), MaxFields))
		}
		for j, fl := range e.Fields {
			fat := fmt.Sprintf("%sfields[%d].", at, j)
			if fl.Name == "" || fl.Value == "" {
				p = append(p, fat+"name and value are required")
			}
			p = over(p, fat+"name", fl.Name, MaxFieldName)
			p = over(p, fat+"value", fl.Value, MaxFieldValue)
			total += chars(fl.Name) + chars(fl.Value)
		}
		if e.Footer != nil {
			p = over(p, at+"footer.text", e.Footer.Text, MaxFooter)
			total += chars(e.Footer.Text)
		}
		if e.Author != nil {
			p = over(p, at+"author.name", e.Author.Name, MaxAuthorName)
			total += chars(e.Author.Name)
		}
	}
	if total > MaxEmbedTotal {
		p = append(p, fmt.Sprintf("embeds hold %d characters in all, more than %d", total, MaxEmbedTotal))
	}
	return p
}

func checkComponents(rows []Component) []string {
	var p []string
	if len(rows) > MaxActionRows {
		p = append(p, fmt.Sprintf("%d action rows, more than %d", len(rows), MaxActionRows))
	}
	seen := map[string]bool{}
	for i, row := range rows {
		at := fmt.Sprintf("components[%d]", i)
		if row.Type != 1 {
			p = append(p, fmt.Sprintf("%s is of type %d; the top level takes action rows (1)", at, row.Type))
			continue
		}
		p = append(p, checkRow(at, row.Components, seen)...)
	}
	return p
}

// checkRow checks an action row's components; seen are the custom ids of
// the message so far.
func checkRow(at string, row []Component, seen map[string]bool) []string {
	var p []string
	if len(row) == 0 {
		p = append(p, at+" is an empty action row")
	}
	width := 0
	for j, c := range row {
		cat := fmt.Sprintf("%s.components[%d]", at, j)
		switch c.Type {
		case 2:
			width++
			p = append(p, checkButton(cat, c)...)
		case 3, 5, 6, 7, 8:
			width += MaxRowWidth
			if c.CustomID == "" {
				p = append(p, cat+": a select menu needs a custom_id")
			}
		default:
			p = append(p, fmt.Sprintf("%s is of type %d, not a button or select menu", cat, c.Type))
		}
		if c.CustomID != "" {
			p = over(p, cat+".custom_id", c.CustomID, MaxCustomID)
			if seen[c.CustomID] {
				p = append(p, fmt.Sprintf("%s.custom_id %q is used twice in the message", cat, c.CustomID))
			}
			seen[c.CustomID] = true
		}
	}
	if width > MaxRowWidth {
		p = append(p, fmt.Sprintf("%s holds %d buttons' width, more than %d", at, width, MaxRowWidth))
	}
	return p
}

func checkButton(at string, c Component) []string {
	var p []string
	switch {
	case c.Style < 1 || c.Style > 5:
		p = append(p, fmt.Sprintf("%s has style %d, not 1 to 5", at, c.Style))
	case c.Style == 5 && (c.URL == "" || c.CustomID != ""):
		p = append(p, at+": a link button takes a url and no custom_id")
	case c.Style != 5 && c.CustomID == "":
		p = append(p, at+": a button needs a custom_id")
	}
	if c.Label == "" && len(c.Emoji) == 0 {
		p = append(p, at+" has neither label nor emoji")
	}
	return over(p, at+".label", c.Label, MaxButtonLabel)
}

// checkChoices lists what Discord would refuse in an autocomplete result.
func checkChoices(choices []Choice) []string {
	var p []string
	if len(choices) > MaxChoices {
		p = append(p, fmt.Sprintf("%d choices, more than %d", len(choices), MaxChoices))
	}
	for i, c := range choices {
		at := fmt.Sprintf("choices[%d]", i)
		if c.Name == "" {
			p = append(p, at+".name is required")
		}
		p = over(p, at+".name", c.Name, MaxChoiceName)
		if s, ok := c.Value.(string); ok {
			p = over(p, at+".value", s, MaxChoiceName)
		}
	}
	return p
}

// commandName is a name Discord takes for a slash command or an option.
var commandName = regexp.MustCompile(`^[-_\p{L}\p{N}]{1,32}$`)

// checkCommands lists what Discord would refuse in a bulk overwrite.
func checkCommands(cmds []Command) []string {
	var p []string
	slash := 0
	seen := map[string]bool{}
	for i, c := range cmds {
		at := fmt.Sprintf("[%d]", i)
		key := fmt.Sprintf("%d/%s", max(c.Type, 1), c.Name)
		if seen[key] {
			p = append(p, fmt.Sprintf("%s: the name %q is used twice", at, c.Name))
		}
		seen[key] = true
		if c.Type > 1 { // a user or message command: a name shown as written, no description
			if n := chars(c.Name); n < 1 || n > MaxCommandName {
				p = append(p, at+": a context menu's name takes 1 to 32 characters")
			}
			continue
		}
		slash++
		p = append(p, checkNamed(at, c.Name, c.Description)...)
		p = append(p, checkOptions(at, c.Options)...)
	}
	if slash > MaxCommands {
		p = append(p, fmt.Sprintf("%d slash commands, more than %d", slash, MaxCommands))
	}
	return p
}

// checkNamed checks the name and description of a command or option.
func checkNamed(at, name, description string) []string {
	var p []string
	if !commandName.MatchString(name) || strings.ToLower(name) != name {
		p = append(p, fmt.Sprintf("%s: the name %q is not 1 to 32 lowercase letters, digits, - or _", at, name))
	}
	if n := chars(description); n < 1 || n > MaxCommandDetail {
		p = append(p, fmt.Sprintf("%s: the description of %q is %d characters, not 1 to %d", at, name, n, MaxCommandDetail))
	}
	return p
}

func checkOptions(at string, opts []CommandOption) []string {
	var p []string
	if len(opts) > MaxOptions {
		p = append(p, fmt.Sprintf("%s: %d options, more than %d", at, len(opts), MaxOptions))
	}
	optional := false
	for i, o := range opts {
		oat := fmt.Sprintf("%s.options[%d]", at, i)
		p = append(p, checkNamed(oat, o.Name, o.Description)...)
		if o.Required && optional {
			p = append(p, oat+": a required option comes after an optional one")
		}
		optional = optional || !o.Required
		if len(o.Choices) > MaxChoices {
			p = append(p, fmt.Sprintf("%s: %d choices, more than %d", oat, len(o.Choices), MaxChoices))
		}
		if o.Type == 1 || o.Type == 2 { // a subcommand (group)
			p = append(p, checkOptions(oat, o.Options)...)
			optional = false
		}
	}
	return p
}

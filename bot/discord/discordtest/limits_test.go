package discordtest_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/bwmarrin/discordgo"

	"briefbot/bot/discord/discordtest"
)

func row(buttons ...discordgo.MessageComponent) discordgo.MessageComponent {
	return discordgo.ActionsRow{Components: buttons}
}

func button(id string) discordgo.MessageComponent {
	return discordgo.Button{Label: "More", CustomID: id, Style: discordgo.PrimaryButton}
}

func buttons(n int, prefix string) []discordgo.MessageComponent {
	var out []discordgo.MessageComponent
	for i := range n {
		out = append(out, button(prefix+string(rune('a'+i))))
	}
	return out
}

func embeds(n int, e discordgo.MessageEmbed) []*discordgo.MessageEmbed {
	var out []*discordgo.MessageEmbed
	for range n {
		c := e
		out = append(out, &c)
	}
	return out
}

func fields(n int) []*discordgo.MessageEmbedField {
	var out []*discordgo.MessageEmbedField
	for range n {
		out = append(out, &discordgo.MessageEmbedField{Name: "n", Value: "v"})
	}
	return out
}

func TestMessageLimits(t *testing.T) {
	x := strings.Repeat
	tests := []struct {
		name string
		msg  discordgo.MessageSend
		bad  bool
	}{
		{"2000 characters", discordgo.MessageSend{Content: x("é", 2000)}, false},
		{"2001 characters", discordgo.MessageSend{Content: x("a", 2001)}, true},
		{"empty", discordgo.MessageSend{}, true},
		{"10 embeds", discordgo.MessageSend{Embeds: embeds(10, discordgo.MessageEmbed{Title: "t"})}, false},
		{"11 embeds", discordgo.MessageSend{Embeds: embeds(11, discordgo.MessageEmbed{Title: "t"})}, true},
		{"title of 256", discordgo.MessageSend{Embed: &discordgo.MessageEmbed{Title: x("t", 256)}}, false},
		{"title of 257", discordgo.MessageSend{Embed: &discordgo.MessageEmbed{Title: x("t", 257)}}, true},
		{"description of 4096", discordgo.MessageSend{Embed: &discordgo.MessageEmbed{Description: x("d", 4096)}}, false},
		{"description of 4097", discordgo.MessageSend{Embed: &discordgo.MessageEmbed{Description: x("d", 4097)}}, true},
		{"25 fields", discordgo.MessageSend{Embed: &discordgo.MessageEmbed{Fields: fields(25)}}, false},
		{"26 fields", discordgo.MessageSend{Embed: &discordgo.MessageEmbed{Fields: fields(26)}}, true},
		{"field name of 257", discordgo.MessageSend{Embed: &discordgo.MessageEmbed{Fields: []*discordgo.MessageEmbedField{{Name: x("n", 257), Value: "v"}}}}, true},
		{"field value of 1025", discordgo.MessageSend{Embed: &discordgo.MessageEmbed{Fields: []*discordgo.MessageEmbedField{{Name: "n", Value: x("v", 1025)}}}}, true},
		{"empty field value", discordgo.MessageSend{Embed: &discordgo.MessageEmbed{Fields: []*discordgo.MessageEmbedField{{Name: "n"}}}}, true},
		{"footer of 2049", discordgo.MessageSend{Embed: &discordgo.MessageEmbed{Footer: &discordgo.MessageEmbedFooter{Text: x("f", 2049)}}}, true},
		{"author of 257", discordgo.MessageSend{Embed: &discordgo.MessageEmbed{Author: &discordgo.MessageEmbedAuthor{Name: x("a", 257)}}}, true},
		{"6000 characters of embeds", discordgo.MessageSend{Embeds: embeds(2, discordgo.MessageEmbed{Description: x("d", 3000)})}, false},
		{"6002 characters of embeds", discordgo.MessageSend{Embeds: embeds(2, discordgo.MessageEmbed{Title: "t", Description: x("d", 3000)})}, true},
		{"5 rows of 5 buttons", discordgo.MessageSend{Components: []discordgo.MessageComponent{
			row(buttons(5, "a")...), row(buttons(5, "b")...), row(buttons(5, "c")...), row(buttons(5, "d")...), row(buttons(5, "e")...)}}, false},
		{"6 rows", discordgo.MessageSend{Components: []discordgo.MessageComponent{
			row(button("a")), row(button("b")), row(button("c")), row(button("d")), row(button("e")), row(button("f"))}}, true},
		{"6 buttons in a row", discordgo.MessageSend{Components: []discordgo.MessageComponent{row(buttons(6, "a")...)}}, true},
		{"custom_id of 100", discordgo.MessageSend{Components: []discordgo.MessageComponent{row(button(x("c", 100)))}}, false},
		{"custom_id of 101", discordgo.MessageSend{Components: []discordgo.MessageComponent{row(button(x("c", 101)))}}, true},
		{"custom_id twice", discordgo.MessageSend{Components: []discordgo.MessageComponent{row(button("a"), button("a"))}}, true},
		{"a button outside a row", discordgo.MessageSend{Components: []discordgo.MessageComponent{button("a")}}, true},
		{"a link button", discordgo.MessageSend{Components: []discordgo.MessageComponent{row(
			discordgo.Button{Label: "Read", Style: discordgo.LinkButton, URL: "https://example.org"})}}, false},
		{"a link button with a custom_id", discordgo.MessageSend{Components: []discordgo.MessageComponent{row(
			discordgo.Button{Label: "Read", Style: discordgo.LinkButton, URL: "https://example.org", CustomID: "x"})}}, true},
	}
	f, s := rest(t, discordtest.Options{AllowViolations: true})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(f.Violations())
			msg := tt.msg
			_, err := s.ChannelMessageSendComplex(newsID, &msg)
			code := restCode(err)
			if got := err != nil; got != tt.bad {
				t.Fatalf("refused = %v (%v), want %v", got, err, tt.bad)
			}
			if tt.bad && code != 50035 && code != 50006 {
				t.Errorf("refused with code %d, want 50035 (or 50006 when empty)", code)
			}
			if got := len(f.Violations()) - before; got == 0 && tt.bad || got != 0 && !tt.bad {
				t.Errorf("violations counted %d: %v", got, f.Violations()[before:])
			}
		})
	}
}

func TestLimitsOfEditsAndAnswers(t *testing.T) {
	f, s := rest(t, discordtest.Options{AllowViolations: true})
	msg, err := s.ChannelMessageSend(newsID, "short")
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("a", 2001)
	if _, err := s.ChannelMessageEdit(newsID, msg.ID, long); restCode(err) != 50035 {
		t.Errorf("an edit too long: %v", err)
	}
	if m, _ := f.Message(msg.ID); m.Content != "short" {
		t.Errorf("the refused edit changed the message: %q", m.Content)
	}
	if got := len(f.Violations()); got != 1 {
		t.Errorf("violations = %d, want 1", got)
	}
}

func TestCommandLimits(t *testing.T) {
	str := discordgo.ApplicationCommandOptionString
	tests := []struct {
		name string
		cmd  discordgo.ApplicationCommand
		bad  bool
	}{
		{"a slash command", discordgo.ApplicationCommand{Name: "brief", Description: "News"}, false},
		{"capitals", discordgo.ApplicationCommand{Name: "Brief", Description: "News"}, true},
		{"a space", discordgo.ApplicationCommand{Name: "the brief", Description: "News"}, true},
		{"no description", discordgo.ApplicationCommand{Name: "brief"}, true},
		{"33 characters", discordgo.ApplicationCommand{Name: strings.Repeat("b", 33), Description: "News"}, true},
		{"required after optional", discordgo.ApplicationCommand{Name: "brief", Description: "News",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: str, Name: "when", Description: "d"}, {Type: str, Name: "topic", Description: "d", Required: true}}}, true},
		{"a context menu", discordgo.ApplicationCommand{Name: "Brief This", Type: discordgo.MessageApplicationCommand}, false},
	}
	f, s := rest(t, discordtest.Options{AllowViolations: true})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := tt.cmd
			_, err := s.ApplicationCommandBulkOverwrite(discordtest.AppID, guildID, []*discordgo.ApplicationCommand{&cmd})
			if got := err != nil; got != tt.bad || tt.bad && restCode(err) != 50035 {
				t.Errorf("refused = %v (%v), want %v", got, err, tt.bad)
			}
		})
	}
	if _, err := s.ApplicationCommandBulkOverwrite(discordtest.AppID, "9999", nil); restCode(err) != 50001 {
		t.Errorf("commands of a guild the bot is not in: %v, want 50001", err)
	}
	if got := f.Commands(guildID); len(got) != 1 || got[0].Name != "Brief This" {
		t.Errorf("the guild's commands = %+v, want the last accepted", got)
	}
}

// recorder is a testing.TB that keeps the errors reported to it.
type recorder struct {
	testing.TB
	mu   sync.Mutex
	errs []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func (r *recorder) reported() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.errs...)
}

func TestViolationsFailTheTestUnlessAllowed(t *testing.T) {
	rec := &recorder{TB: t}
	f := discordtest.New(rec, discordtest.Options{Guilds: []discordtest.Guild{newsGuild()}})
	s := newSession(t, f, discordtest.Token)
	if _, err := s.ChannelMessageSend(newsID, strings.Repeat("a", 2001)); restCode(err) != 50035 {
		t.Errorf("sending too long: %v", err)
	}
	if errs := rec.reported(); len(errs) != 1 || len(f.Violations()) != 1 {
		t.Errorf("errors reported %v, violations %v; want one of each", errs, f.Violations())
	}
}

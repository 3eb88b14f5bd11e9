package discord_test

import (
	"strings"
	"testing"

	"briefbot/bot/discord"
	"briefbot/bot/discord/discordtest"
)

// speaking is where a member writes, with their Discord set to locale.
func speaking(u discordtest.User, locale string) discordtest.Origin {
	at := in(u)
	at.Locale = locale
	return at
}

// A member reads briefbot in their Discord's language until the channel
// chooses one; only those who may manage the channel choose it.
func TestAChannelReadsItsLanguage(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	calls := h.command(t, speaking(member, "fr"), "brief", discordtest.String("topic", "korea"))
	if len(calls) != 2 {
		t.Fatalf("/brief answered with %v", calls)
	}
	m := calls[1].Message()
	if !strings.Contains(m.Content, "Korea : ") || labels(m) != "Plus,Sources,Chaque jour" {
		t.Errorf("a French member's brief %q with buttons %s, want it in French", m.Content, labels(m))
	}
	if fields := fieldNames(m); !strings.Contains(fields, "Qui") || !strings.Contains(fields, "Publié") || strings.Contains(fields, "Who") {
		t.Errorf("a French member's brief labels its stories %s, want Qui, Publié…", fields)
	}

	refused := h.command(t, speaking(member, "en-US"), "language", discordtest.String("language", "fr"))
	if got := plain(refused[len(refused)-1].Message()); !strings.Contains(got, "Only this group's administrators may change its language.") {
		t.Errorf("a member's /language fr: %q", got)
	}
	set := h.command(t, speaking(mod, "en-US"), "language", discordtest.String("language", "fr"))
	if got := plain(set[len(set)-1].Message()); !strings.Contains(got, "Cette discussion lit désormais briefbot en français.") {
		t.Errorf("a moderator's /language fr: %q", got)
	}
	after := h.command(t, speaking(member, "en-US"), "brief", discordtest.String("topic", "korea"))
	if fields := fieldNames(after[len(after)-1].Message()); !strings.Contains(fields, "Qui") {
		t.Errorf("an English member's brief in the French channel labels its stories %s", fields)
	}
}

// fieldNames are the names of the fields of a message's embeds.
func fieldNames(m discordtest.Message) string {
	var out []string
	for _, e := range m.Embeds {
		for _, f := range e.Fields {
			out = append(out, f.Name)
		}
	}
	return strings.Join(out, ",")
}

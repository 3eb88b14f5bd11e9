package discord_test

import (
	"slices"
	"strings"
	"testing"

	"briefbot/bot/discord"
	"briefbot/bot/discord/discordtest"
)

// The commands are registered with one bulk overwrite, typed; /brief
// topic:korea is deferred at once and its answer edited in, one embed per
// story, pinging nobody; More pages in place, Sources answers anew; /ask
// answers with a citation, and so does a reply to the brief.
func TestABriefInAServerChannel(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	checkRegistered(t, h.fake.Calls(discordtest.RouteGlobalCommands))

	calls := h.command(t, in(member), "brief", discordtest.String("topic", "korea"))
	if len(calls) != 2 || calls[0].Callback() != discordtest.CallbackDeferred || calls[1].Route != discordtest.RouteWebhookEdit {
		t.Fatalf("/brief answered with %v, want a deferred answer, then the original edited", calls)
	}
	if since := calls[0].Since; since > discordtest.AckWindow {
		t.Errorf("deferred after %v, want within %v", since, discordtest.AckWindow)
	}
	edit := calls[1]
	briefMsg := edit.Message()
	checkBrief(t, briefMsg, "1. ")
	quiet(t, edit)
	if got := labels(briefMsg); got != "More,Sources,Subscribe daily" {
		t.Errorf("buttons %s, want More,Sources,Subscribe daily", got)
	}

	more := h.press(t, in(member), edit.MessageID, briefMsg, "More")
	if len(more) != 2 || more[0].Callback() != discordtest.CallbackDeferredUpdate || more[1].Route != discordtest.RouteWebhookEdit || more[1].MessageID != edit.MessageID {
		t.Fatalf("More answered with %v, want a deferred update, then the brief edited in place", more)
	}
	checkBrief(t, more[1].Message(), "6. ")
	quiet(t, more[1])
	if got, ok := h.fake.Message(edit.MessageID); !ok || !strings.HasPrefix(got.Embeds[0].Title, "6. ") {
		t.Errorf("the brief now shows %+v, want its next page", got.Embeds)
	}

	sources := h.press(t, in(member), edit.MessageID, more[1].Message(), "Sources")
	if len(sources) != 2 || sources[1].Route != discordtest.RouteFollowup || !strings.Contains(plain(sources[1].Message()), "Sources: korea") {
		t.Fatalf("Sources answered with %v, want a new message of sources", sources)
	}
	quiet(t, sources[1])

	answer := h.command(t, in(member), "ask", discordtest.String("question", "who chairs the consortium?"))
	if len(answer) != 2 || answer[1].Route != discordtest.RouteWebhookEdit {
		t.Fatalf("/ask answered with %v", answer)
	}
	text := plain(answer[1].Message())
	if !strings.Contains(text, "[1] “") || !strings.Contains(text, "[1] — ") || !strings.Contains(text, "https://") {
		t.Errorf("/ask answered %q, want a quote with its citation", text)
	}
	quiet(t, answer[1])

	id := h.reply(in(member), edit.MessageID, "who chairs the consortium?")
	h.settleMessage(t, id)
	replies := h.fake.Took(discordtest.RouteMessageCreate)
	if len(replies) != 1 || !strings.Contains(plain(replies[0].Message()), "[1] “") || !strings.Contains(string(replies[0].Body), `"message_id":"`+id+`"`) {
		t.Fatalf("the follow-up was answered with %v, want one reply quoting a source", replies)
	}
	quiet(t, replies[0])
	if strings.Contains(h.logs.String(), discordtest.Token) {
		t.Error("the token reached the log")
	}
}

// checkRegistered checks the one bulk overwrite of the commands: every
// listed command of the router, typed, and none of those only buttons run.
func checkRegistered(t *testing.T, calls []discordtest.Call) {
	t.Helper()
	if len(calls) != 1 {
		t.Fatalf("%d bulk overwrites, want 1", len(calls))
	}
	byName := map[string]discordtest.Command{}
	var names []string
	for _, c := range calls[0].Commands() {
		byName[c.Name] = c
		names = append(names, c.Name)
	}
	want := []string{"ask", "brief", "digest", "feeds", "help", "language", "subscribe", "subscriptions", "timezone", "unsubscribe"}
	if !slices.Equal(names, want) {
		t.Errorf("registered %v, want %v", names, want)
	}
	topic := byName["brief"].Options[0]
	if topic.Name != "topic" || topic.Type != 3 || !topic.Required || !topic.Autocomplete {
		t.Errorf("brief's first option %+v, want the required topic, completed", topic)
	}
	if count := byName["brief"].Options[2]; count.Name != "count" || count.Type != 4 {
		t.Errorf("brief's third option %+v, want the count, an integer", count)
	}
	if q := byName["ask"].Options; len(q) != 1 || q[0].Name != "question" || !q[0].Required {
		t.Errorf("ask's options %+v, want the question", q)
	}
	if fr := byName["brief"].DescriptionLocalizations["fr"]; !strings.HasPrefix(fr, "les principaux sujets sur un thème") {
		t.Errorf("brief's French description %q", fr)
	}
	if l := byName["language"].Options; len(l) != 1 || l[0].Name != "language" || l[0].Required || len(l[0].Choices) != 2 {
		t.Errorf("language's options %+v, want the language, optional, en or fr", l)
	}
}

// checkBrief checks a page of a brief: a title, then one embed per story
// numbered from first, each linked to its article, with its facts, its
// time as a timestamp, and its sources.
func checkBrief(t *testing.T, m discordtest.Message, first string) {
	t.Helper()
	if !strings.Contains(m.Content, "Korea") || len(m.Embeds) < 2 {
		t.Fatalf("brief %q with %d embeds, want a title and its stories", m.Content, len(m.Embeds))
	}
	if !strings.HasPrefix(m.Embeds[0].Title, first) {
		t.Errorf("first story %q, want it numbered %q", m.Embeds[0].Title, first)
	}
	for _, e := range m.Embeds {
		names := map[string]string{}
		for _, f := range e.Fields {
			names[f.Name] = f.Value
		}
		published, last := names["Published"], e.Fields[len(e.Fields)-1]
		sources := last.Name == "Source" || strings.HasSuffix(last.Name, " sources")
		if !strings.HasPrefix(e.URL, "http") || !strings.HasPrefix(published, "<t:") || !strings.HasSuffix(published, ":R>") ||
			!sources || !strings.Contains(last.Value, "](http") {
			t.Errorf("story %q (%s): fields %v, want a link, its time as <t:…:R> and its sources", e.Title, e.URL, names)
		}
	}
}

package brief

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
)

func stories(n int) []briefbot.Story {
	var out []briefbot.Story
	for i := range n {
		out = append(out, briefbot.Story{Headline: "Story " + strconv.Itoa(i+1),
			Articles: []briefbot.Article{{Source: "Wire", URL: "https://example.com/" + strconv.Itoa(i)}}})
	}
	return out
}

func TestBriefActions(t *testing.T) {
	b := &Briefer{Window: 7 * 24 * time.Hour, MaxItems: 5}
	day := 24 * time.Hour
	tests := []struct {
		name string
		q    BriefQuery
		br   Briefing
		want []bot.Action
	}{
		{"a full brief", BriefQuery{Topic: "South Korea", Window: 7 * day, Count: 5}, Briefing{Stories: stories(5)}, []bot.Action{
			{Label: "More", Command: "/more 2 South Korea", Replace: true},
			{Label: "Sources", Command: "/sources 1 South Korea"},
			{Label: "Subscribe daily", Command: "/subscribe south korea"}}},
		{"its window kept", BriefQuery{Topic: "korea", Window: 3 * day, Count: 10}, Briefing{Stories: stories(10)}, []bot.Action{
			{Label: "More", Command: "/more 2 korea 3d 10", Replace: true},
			{Label: "Sources", Command: "/sources 1 korea 3d 10"},
			{Label: "Subscribe daily", Command: "/subscribe korea"}}},
		{"hours", BriefQuery{Topic: "korea", Window: 36 * time.Hour, Count: 20}, Briefing{Stories: stories(20)}, []bot.Action{
			{Label: "More", Command: "/more 2 korea 36h 20", Replace: true},
			{Label: "Sources", Command: "/sources 1 korea 36h 20"},
			{Label: "Subscribe daily", Command: "/subscribe korea"}}},
		{"fewer than asked", BriefQuery{Topic: "chile", Window: 7 * day, Count: 5}, Briefing{Stories: stories(3)}, []bot.Action{
			{Label: "Sources", Command: "/sources 1 chile"},
			{Label: "Subscribe daily", Command: "/subscribe chile"}}},
		{"older stories only", BriefQuery{Topic: "chile", Window: 7 * day, Count: 5}, Briefing{Older: stories(3)}, []bot.Action{
			{Label: "Sources", Command: "/sources 1 chile"},
			{Label: "Subscribe daily", Command: "/subscribe chile"}}},
		{"nothing", BriefQuery{Topic: "chile", Window: 7 * day, Count: 5}, Briefing{}, nil},
		{"a topic ending in a number", BriefQuery{Topic: "world cup 2026", Window: 7 * day, Count: 5}, Briefing{Stories: stories(5)}, []bot.Action{
			{Label: "Subscribe daily", Command: "/subscribe world cup 2026"}}},
		{"a topic a digest reads otherwise", BriefQuery{Topic: "all", Window: 7 * day, Count: 5}, Briefing{Stories: stories(2)}, []bot.Action{
			{Label: "Sources", Command: "/sources 1 all"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := b.actions(tt.q, tt.br, 1, bot.LabelsFor("en")); !slices.Equal(got, tt.want) {
				t.Errorf("actions = %+v\nwant %+v", got, tt.want)
			}
		})
	}
	last := b.actions(BriefQuery{Topic: "korea", Window: 7 * day, Count: 20}, Briefing{Stories: stories(20)}, 2, bot.LabelsFor("en"))
	if len(last) != 2 || last[0].Command != "/sources 2 korea 20" {
		t.Errorf("page 2 of 20 stories: %+v, want no More past the first %d stories", last, maxPaged)
	}
	for _, topic := range []string{"korea 07:00", "paris europe/paris", "korea UTC", "korea notify-empty", "ALL"} {
		if subscribable(topic) {
			t.Errorf("%q is subscribable", topic)
		}
	}
}

func TestPageArg(t *testing.T) {
	for in, want := range map[string]struct {
		n    int
		rest string
	}{"2 korea": {2, "korea"}, " 3 south korea 3d ": {3, "south korea 3d"}, "50 x": {50, "x"}} {
		if n, rest, err := pageArg(in); err != nil || n != want.n || strings.TrimSpace(rest) != want.rest {
			t.Errorf("pageArg(%q) = %d, %q, %v", in, n, rest, err)
		}
	}
	for _, in := range []string{"", "korea", "0 korea", "51 korea", "-1 korea", "two korea"} {
		if _, _, err := pageArg(in); briefbot.ErrorCode(err) != briefbot.EInvalid {
			t.Errorf("pageArg(%q) = %v, want a refusal", in, err)
		}
	}
}

func TestSourcesNumberEveryStoryAsTheBriefDoes(t *testing.T) {
	ss := stories(3)
	ss[1].Articles = nil // names no source
	ss[2].Articles = append(ss[2].Articles, briefbot.Article{Source: "Agency", URL: "https://example.org/x"})
	msg := SourcesMessage(Briefing{Topic: "korea", Stories: ss}, 6, "en")
	if msg.Title != "Sources: korea" || len(msg.Items) != 3 || msg.Number(0) != 6 || msg.Number(2) != 8 {
		t.Fatalf("sources %+v, want the three stories", msg)
	}
	var heads []string
	for _, it := range msg.Items {
		heads = append(heads, it.Headline)
	}
	if strings.Join(heads, "|") != "Story 1|Story 2|Story 3" || len(msg.Items[1].Sources) != 0 || len(msg.Items[2].Sources) != 2 {
		t.Errorf("items %+v", msg.Items)
	}
	if got := SourcesMessage(Briefing{Topic: "chile"}, 1, "en"); !strings.Contains(got.Plain(), `No stories on "chile"`) {
		t.Errorf("sources of an empty brief: %q", got.Plain())
	}
}

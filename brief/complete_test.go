package brief_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/brief"
)

func TestBriefOptions(t *testing.T) {
	a := article("Port strike in Busan", "Dockworkers walked out in Busan.", time.Hour)
	a.Summary = briefbot.Summary{Where: []string{"Busan", "South Korea"}, Who: []string{"Kim Min-jun"}}
	b := article("Busan port reopens", "The port of Busan reopened.", 2*time.Hour)
	b.Summary = briefbot.Summary{Where: []string{"Busan"}}
	db := mustStore(t, a, b)
	cmds := brief.Commands(briefer(db), nil, nil)
	opts := cmds[0].Options
	if cmds[0].Name != "brief" || len(opts) != 3 || opts[0].Name != "topic" || !opts[0].Required || opts[2].Kind != bot.IntegerOption || opts[2].Max != brief.MaxItemsAsked {
		t.Fatalf("/brief options = %+v", opts)
	}
	ctx := context.Background()
	if got, want := opts[0].Complete(ctx, bot.Request{}, ""), []string{"Busan", "Kim Min-jun", "South Korea"}; !slices.Equal(got, want) {
		t.Errorf("topics = %q, want %q (the most frequent first)", got, want)
	}
	if got, want := opts[0].Complete(ctx, bot.Request{}, "kor"), []string{"South Korea"}; !slices.Equal(got, want) {
		t.Errorf("topics for kor = %q, want %q", got, want)
	}
	if got, want := opts[1].Complete(ctx, bot.Request{}, "3"), []string{"3d", "30d", "36h"}; !slices.Equal(got, want) {
		t.Errorf("windows for 3 = %q, want %q", got, want)
	}
	info := bot.CommandInfo{Name: "brief", Options: opts}
	if got := info.Line(map[string]string{"topic": "korea", "window": "3d", "count": "4"}); got != "/brief korea 3d 4" {
		t.Errorf("typed /brief reads %q", got)
	}
}

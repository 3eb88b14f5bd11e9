package sqlite

import (
	"context"
	"fmt"
	"testing"
	"time"

	"briefbot"
)

func TestRecallBriefAndTurns(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	chat := briefbot.ChatRef{Platform: "console", ID: "local"}
	a := MustAdd(t, db, article("Seoul subway", "Seoul runs late trains."))
	b := MustAdd(t, db, article("Tokyo bus", "Tokyo tries driverless buses."))
	if err := db.RememberBrief(ctx, chat, "korea", []int64{b, a, 999}, day0); err != nil {
		t.Fatal(err)
	}
	for i := range briefbot.MaxTurns + 2 {
		turn := briefbot.Turn{Question: fmt.Sprintf("q%d", i), Answer: "a", At: day0.Add(time.Minute)}
		if err := db.RememberTurn(ctx, chat, turn); err != nil {
			t.Fatal(err)
		}
	}
	m, err := db.Recall(ctx, chat, day0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if m.Topic != "korea" || !m.BriefAt.Equal(day0) || len(m.Articles) != 2 || m.Articles[0].ID != b || m.Articles[1].ID != a {
		t.Errorf("Recall brief = %q %v %d articles; want korea at %v, articles %d then %d", m.Topic, m.BriefAt, len(m.Articles), day0, b, a)
	}
	if got, want := len(m.Turns), briefbot.MaxTurns; got != want || m.Turns[0].Question != "q2" {
		t.Errorf("Recall kept %d turns starting %+v; want %d from q2", got, m.Turns, want)
	}
}

func TestRecallForgets(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	chat := briefbot.ChatRef{Platform: "telegram", ID: "42"}
	other := briefbot.ChatRef{Platform: "telegram", ID: "43"}
	a := MustAdd(t, db, article("Seoul subway", "Seoul runs late trains."))
	if err := db.RememberBrief(ctx, chat, "korea", []int64{a}, day0); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		chat briefbot.ChatRef
		now  time.Time
	}{
		{"expired", chat, day0.Add(briefbot.MemoryTTL + time.Second)},
		{"another chat", other, day0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := db.Recall(ctx, tc.chat, tc.now)
			if err != nil {
				t.Fatal(err)
			}
			if m.Topic != "" || len(m.Articles) != 0 || len(m.Turns) != 0 {
				t.Errorf("Recall = %+v; want the zero memory", m)
			}
		})
	}
}

func TestRememberBriefReplaces(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	chat := briefbot.ChatRef{Platform: "console", ID: "local"}
	a := MustAdd(t, db, article("Seoul subway", "Seoul runs late trains."))
	b := MustAdd(t, db, article("Tokyo bus", "Tokyo tries driverless buses."))
	for _, step := range []struct {
		topic string
		ids   []int64
	}{{"korea", []int64{a}}, {"japan", []int64{b}}} {
		if err := db.RememberBrief(ctx, chat, step.topic, step.ids, day0); err != nil {
			t.Fatal(err)
		}
	}
	m, err := db.Recall(ctx, chat, day0)
	if err != nil {
		t.Fatal(err)
	}
	if m.Topic != "japan" || len(m.Articles) != 1 || m.Articles[0].ID != b {
		t.Errorf("Recall = %q with %d articles; want japan with article %d", m.Topic, len(m.Articles), b)
	}
	if err := db.RememberBrief(ctx, briefbot.ChatRef{}, "x", nil, day0); briefbot.ErrorCode(err) != briefbot.EInvalid {
		t.Errorf("RememberBrief with no chat: %v; want invalid", err)
	}
}

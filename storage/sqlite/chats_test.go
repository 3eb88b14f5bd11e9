package sqlite

import (
	"context"
	"testing"
	"time"

	"briefbot"
)

func TestMoveChat(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	group := briefbot.ChatRef{Platform: "telegram", ID: "-5"}
	super := briefbot.ChatRef{Platform: "telegram", ID: "-1005"}
	old := mustSubscribe(t, db, briefbot.Subscription{Chat: group, Topic: "korea", LocalTime: "07:00", Zone: "Asia/Seoul", Created: day0})
	mustSubscribe(t, db, briefbot.Subscription{Chat: group, Topic: "chile", LocalTime: "08:00", Zone: "UTC", Created: day0})
	mustSubscribe(t, db, briefbot.Subscription{Chat: super, Topic: "chile", LocalTime: "09:00", Zone: "UTC", Created: day0})
	a := MustAdd(t, db, article("Seoul subway", "Seoul runs late trains."))
	mustDo(t, db.SetChatZone(ctx, group, "Asia/Seoul"))
	mustDo(t, db.RememberBrief(ctx, group, "korea", []int64{a}, day0))
	mustDo(t, db.RememberTurn(ctx, group, briefbot.Turn{Question: "q", Answer: "a", At: day0}))

	mustDo(t, db.MoveChat(ctx, group, super))

	subs, err := db.Subscriptions(ctx, super)
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 2 || subs[0].LocalTime != "09:00" || subs[1].Topic != "korea" || subs[1].ID != old.ID {
		t.Errorf("new chat's subscriptions %+v; want its own chile at 09:00 and the moved korea", subs)
	}
	if left, _ := db.Subscriptions(ctx, group); len(left) != 0 {
		t.Errorf("old chat kept %d subscriptions", len(left))
	}
	if z, err := db.ChatZone(ctx, super); err != nil || z != "Asia/Seoul" {
		t.Errorf("new chat's zone %q, %v", z, err)
	}
	m, err := db.Recall(ctx, super, day0.Add(time.Minute))
	if err != nil || m.Topic != "korea" || len(m.Articles) != 1 || len(m.Turns) != 1 {
		t.Errorf("new chat recalls %+v, %v; want the korea brief and one turn", m, err)
	}
	if m, _ := db.Recall(ctx, group, day0.Add(time.Minute)); m.Topic != "" || len(m.Turns) != 0 {
		t.Errorf("old chat still recalls %+v", m)
	}
	mustDo(t, db.MoveChat(ctx, group, super)) // again: nothing left to move
}

func mustDo(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

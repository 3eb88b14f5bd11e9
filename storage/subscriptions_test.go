package storage

import (
	"context"
	"fmt"
	"testing"
	"time"

	"briefbot"
)

func mustSubscribe(t *testing.T, db *DB, s briefbot.Subscription) briefbot.Subscription {
	t.Helper()
	s, err := db.Subscribe(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSubscribeUpdatesAndLimits(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	chat := briefbot.ChatRef{Platform: "telegram", ID: "42"}
	first := mustSubscribe(t, db, briefbot.Subscription{Chat: chat, Topic: "korea", LocalTime: "08:00", Zone: "UTC", Created: day0})
	again := mustSubscribe(t, db, briefbot.Subscription{Chat: chat, Topic: "korea", LocalTime: "07:30", Zone: "Europe/Paris", NotifyEmpty: true, Created: day0})
	if again.ID != first.ID || again.LocalTime != "07:30" || again.Zone != "Europe/Paris" || !again.NotifyEmpty || !again.Created.Equal(day0) {
		t.Errorf("resubscribing gave %+v, want subscription %d moved to 07:30 Europe/Paris", again, first.ID)
	}
	for i := 1; i < briefbot.MaxSubscriptionsPerChat; i++ {
		mustSubscribe(t, db, briefbot.Subscription{Chat: chat, Topic: fmt.Sprint("topic ", i), LocalTime: "08:00", Zone: "UTC", Created: day0})
	}
	_, err := db.Subscribe(ctx, briefbot.Subscription{Chat: chat, Topic: "one too many", LocalTime: "08:00", Zone: "UTC", Created: day0})
	if briefbot.ErrorCode(err) != briefbot.EInvalid {
		t.Errorf("subscription %d: %v, want an invalid error", briefbot.MaxSubscriptionsPerChat+1, err)
	}
	mustSubscribe(t, db, briefbot.Subscription{Chat: chat, Topic: "korea", LocalTime: "09:00", Zone: "UTC", Created: day0}) // an update still works
	if n, err := db.Unsubscribe(ctx, chat, ""); err != nil || n != briefbot.MaxSubscriptionsPerChat {
		t.Errorf("unsubscribe all: %d, %v", n, err)
	}
}

func TestChatZone(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	chat := briefbot.ChatRef{Platform: "console", ID: "local"}
	if z, err := db.ChatZone(ctx, chat); err != nil || z != "" {
		t.Fatalf("zone of a new chat: %q, %v", z, err)
	}
	for _, want := range []string{"Asia/Seoul", "Europe/Paris"} {
		if err := db.SetChatZone(ctx, chat, want); err != nil {
			t.Fatal(err)
		}
		if got, err := db.ChatZone(ctx, chat); err != nil || got != want {
			t.Errorf("zone %q, %v; want %q", got, err, want)
		}
	}
}

func TestDeliveryClaimedOnce(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	chat := briefbot.ChatRef{Platform: "telegram", ID: "42"}
	s := mustSubscribe(t, db, briefbot.Subscription{Chat: chat, Topic: "korea", LocalTime: "08:00", Zone: "UTC", Created: day0})
	for i, want := range []bool{true, false} {
		got, err := db.ClaimDelivery(ctx, s.ID, "2026-03-10", day0)
		if err != nil || got != want {
			t.Errorf("claim %d: %v, %v; want %v", i+1, got, err, want)
		}
	}
	if err := db.MarkSending(ctx, s.ID, "2026-03-10", day0); err != nil {
		t.Fatal(err)
	}
	pending, err := db.PendingDeliveries(ctx)
	if err != nil || len(pending) != 1 || pending[0].State != briefbot.DeliverySending {
		t.Fatalf("pending: %+v, %v", pending, err)
	}
	sentAt := day0.Add(time.Minute)
	if err := db.FinishDelivery(ctx, s.ID, "2026-03-10", briefbot.DeliverySent, "", sentAt); err != nil {
		t.Fatal(err)
	}
	subs, err := db.Subscriptions(ctx, chat)
	if err != nil || len(subs) != 1 || subs[0].LastDate != "2026-03-10" || !subs[0].LastDigest.Equal(sentAt) {
		t.Errorf("after delivery: %+v, %v", subs, err)
	}
	if _, err := db.ClaimDelivery(ctx, s.ID+1, "2026-03-10", day0); briefbot.ErrorCode(err) != briefbot.ENotFound {
		t.Errorf("claim for a missing subscription: %v, want not found", err)
	}
}

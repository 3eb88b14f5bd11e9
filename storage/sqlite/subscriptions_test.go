package sqlite

import (
	"context"
	"fmt"
	"reflect"
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
	lease := day0.Add(time.Minute)
	for i, want := range []bool{true, false} {
		got, err := db.ClaimDelivery(ctx, s.ID, "2026-03-10", "a", day0, lease)
		if err != nil || got != want {
			t.Errorf("claim %d: %v, %v; want %v", i+1, got, err, want)
		}
	}
	if err := db.SaveDigest(ctx, s.ID, "2026-03-10", "a", `{"Title":"Korea"}`, day0); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkSending(ctx, s.ID, "2026-03-10", "a", 1, 3, day0, lease); err != nil {
		t.Fatal(err)
	}
	pending, err := db.PendingDeliveries(ctx)
	if err != nil || len(pending) != 1 {
		t.Fatalf("pending: %+v, %v", pending, err)
	}
	want := briefbot.Delivery{SubscriptionID: s.ID, Date: "2026-03-10", State: briefbot.DeliverySending, Claimed: day0,
		Attempted: day0, Owner: "a", LeaseUntil: lease, Digest: `{"Title":"Korea"}`, Built: day0, Parts: 3, PartsSent: 1}
	if got := pending[0]; !reflect.DeepEqual(got, want) {
		t.Errorf("pending = %+v\nwant      %+v", got, want)
	}
	sentAt := day0.Add(time.Minute)
	if err := db.FinishDelivery(ctx, s.ID, "2026-03-10", "a", briefbot.DeliverySent, "", sentAt); err != nil {
		t.Fatal(err)
	}
	subs, err := db.Subscriptions(ctx, chat)
	if err != nil || len(subs) != 1 || subs[0].LastDate != "2026-03-10" || !subs[0].LastDigest.Equal(sentAt) {
		t.Errorf("after delivery: %+v, %v", subs, err)
	}
	if _, err := db.ClaimDelivery(ctx, s.ID+1, "2026-03-10", "a", day0, lease); briefbot.ErrorCode(err) != briefbot.ENotFound {
		t.Errorf("claim for a missing subscription: %v, want not found", err)
	}
}

func TestDeliveryLeases(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	chat := briefbot.ChatRef{Platform: "telegram", ID: "42"}
	s := mustSubscribe(t, db, briefbot.Subscription{Chat: chat, Topic: "korea", LocalTime: "08:00", Zone: "UTC", Created: day0})
	const date = "2026-03-10"
	lease := day0.Add(time.Minute)
	if ok, err := db.ClaimDelivery(ctx, s.ID, date, "a", day0, lease); !ok || err != nil {
		t.Fatalf("claim: %v, %v", ok, err)
	}
	if _, ok, err := db.TakeDelivery(ctx, s.ID, date, "b", day0.Add(30*time.Second), lease); ok || err != nil {
		t.Errorf("b took a delivery a holds: %v, %v", ok, err)
	}
	if _, ok, err := db.TakeDelivery(ctx, s.ID, date, "a", day0.Add(30*time.Second), lease); !ok || err != nil {
		t.Errorf("a could not take its own delivery: %v, %v", ok, err)
	}
	later := day0.Add(2 * time.Minute)
	d, ok, err := db.TakeDelivery(ctx, s.ID, date, "b", later, later.Add(time.Minute))
	if !ok || err != nil || d.Owner != "b" || !d.LeaseUntil.Equal(later.Add(time.Minute)) {
		t.Fatalf("b after the lease expired: %+v, %v, %v", d, ok, err)
	}
	fenced := map[string]error{
		"mark sending": db.MarkSending(ctx, s.ID, date, "a", 0, 1, later, later),
		"parts sent":   db.PartsSent(ctx, s.ID, date, "a", 1),
		"unclaim":      db.Unclaim(ctx, s.ID, date, "a"),
		"save digest":  db.SaveDigest(ctx, s.ID, date, "a", "{}", later),
		"finish":       db.FinishDelivery(ctx, s.ID, date, "a", briefbot.DeliverySent, "", later),
	}
	for what, err := range fenced {
		if briefbot.ErrorCode(err) != briefbot.EConflict {
			t.Errorf("%s by the old owner: %v, want a conflict", what, err)
		}
	}
	if err := db.PartsSent(ctx, s.ID, date, "b", 2); err != nil {
		t.Fatal(err)
	}
	if err := db.FinishDelivery(ctx, s.ID, date, "b", briefbot.DeliverySent, "", later); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := db.TakeDelivery(ctx, s.ID, date, "c", later.Add(time.Hour), later.Add(2*time.Hour)); ok {
		t.Error("a finished delivery was taken")
	}
	if err := db.FinishDelivery(ctx, s.ID, date, "b", briefbot.DeliveryFailed, "", later); briefbot.ErrorCode(err) != briefbot.EConflict {
		t.Errorf("finishing twice: %v, want a conflict", err)
	}
}

package storetest

import (
	"reflect"
	"testing"
	"time"

	"briefbot"
)

var deliveryTests = []test{
	{"ClaimedOnce", testDeliveryClaimedOnce},
	{"Parts", testDeliveryParts},
	{"Leases", testDeliveryLeases},
	{"Fencing", testDeliveryFencing},
	{"Pending", testPendingDeliveries},
	{"FinishAdvances", testFinishAdvances},
}

const date = "2026-03-10"

// lease is how long a test's claim holds.
var lease = day0.Add(time.Minute)

func mustClaim(tb testing.TB, s briefbot.Store, subID int64, date, owner string, at time.Time) {
	tb.Helper()
	if ok, err := s.ClaimDelivery(tb.Context(), subID, date, owner, at, at.Add(time.Minute)); !ok || err != nil {
		tb.Fatalf("claim %d/%s by %s: %v, %v", subID, date, owner, ok, err)
	}
}

// mustPending returns the one pending delivery.
func mustPending(tb testing.TB, s briefbot.Store) briefbot.Delivery {
	tb.Helper()
	pending, err := s.PendingDeliveries(tb.Context())
	if err != nil || len(pending) != 1 {
		tb.Fatalf("pending: %+v, %v; want one", pending, err)
	}
	return pending[0]
}

func testDeliveryClaimedOnce(t *testing.T, open opener) {
	s := open(t)
	sub := mustSubscribe(t, s, subscription(chat42, "korea"))
	for i, want := range []bool{true, false} {
		got, err := s.ClaimDelivery(t.Context(), sub.ID, date, "a", day0, lease)
		if err != nil || got != want {
			t.Errorf("claim %d: %v, %v; want %v", i+1, got, err, want)
		}
	}
	if ok, err := s.ClaimDelivery(t.Context(), sub.ID, date, "b", day0, lease); ok || err != nil {
		t.Errorf("claim by another owner: %v, %v; want false", ok, err)
	}
	if ok, err := s.ClaimDelivery(t.Context(), sub.ID, "2026-03-11", "a", day0.Add(time.Second), lease); !ok || err != nil {
		t.Errorf("claim of the next day: %v, %v; want true", ok, err)
	}
	_, err := s.ClaimDelivery(t.Context(), sub.ID+100, date, "a", day0, lease)
	checkCode(t, err, briefbot.ENotFound)
	want := briefbot.Delivery{SubscriptionID: sub.ID, Date: date, State: briefbot.DeliveryClaimed, Claimed: day0, Owner: "a", LeaseUntil: lease}
	pending, err := s.PendingDeliveries(t.Context())
	if err != nil || len(pending) != 2 || !reflect.DeepEqual(pending[0], want) {
		t.Errorf("pending = %+v, %v\nwant first %+v", pending, err, want)
	}
}

// testDeliveryParts follows a digest of three parts: built, each part
// marked before it is sent and counted after, a part surely not sent
// returned, and the delivery as a restart takes it.
func testDeliveryParts(t *testing.T, open opener) {
	s := open(t)
	sub := mustSubscribe(t, s, subscription(chat42, "korea"))
	mustClaim(t, s, sub.ID, date, "a", day0)
	built := day0.Add(10 * time.Second)
	mustDo(t, s.SaveDigest(t.Context(), sub.ID, date, "a", `{"Title":"Korea"}`, built))
	want := briefbot.Delivery{SubscriptionID: sub.ID, Date: date, State: briefbot.DeliveryClaimed, Claimed: day0,
		Owner: "a", LeaseUntil: lease, Digest: `{"Title":"Korea"}`, Built: built}
	for _, step := range []struct {
		name string
		do   func() error
		edit func(d *briefbot.Delivery)
	}{
		{"saved", func() error { return nil }, func(d *briefbot.Delivery) {}},
		{"sending the first part", func() error {
			return s.MarkSending(t.Context(), sub.ID, date, "a", 0, 3, day0.Add(20*time.Second), day0.Add(2*time.Minute))
		}, func(d *briefbot.Delivery) {
			d.State, d.Attempted, d.LeaseUntil, d.Parts, d.PartsSent = briefbot.DeliverySending, day0.Add(20*time.Second), day0.Add(2*time.Minute), 3, 0
		}},
		{"first part sent", func() error { return s.PartsSent(t.Context(), sub.ID, date, "a", 1) }, func(d *briefbot.Delivery) {
			d.State, d.PartsSent = briefbot.DeliveryClaimed, 1
		}},
		{"sending the second part", func() error {
			return s.MarkSending(t.Context(), sub.ID, date, "a", 1, 3, day0.Add(30*time.Second), day0.Add(3*time.Minute))
		}, func(d *briefbot.Delivery) {
			d.State, d.Attempted, d.LeaseUntil = briefbot.DeliverySending, day0.Add(30*time.Second), day0.Add(3*time.Minute)
		}},
		{"second part surely not sent", func() error { return s.Unclaim(t.Context(), sub.ID, date, "a") }, func(d *briefbot.Delivery) {
			d.State = briefbot.DeliveryClaimed
		}},
	} {
		mustDo(t, step.do())
		step.edit(&want)
		if got := mustPending(t, s); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: pending =\n%+v\nwant\n%+v", step.name, got, want)
		}
	}
	taken, ok, err := s.TakeDelivery(t.Context(), sub.ID, date, "a", day0.Add(time.Minute), day0.Add(5*time.Minute))
	want.LeaseUntil = day0.Add(5 * time.Minute)
	if !ok || err != nil || !reflect.DeepEqual(taken, want) {
		t.Errorf("TakeDelivery by its owner = %+v, %v, %v\nwant %+v", taken, ok, err, want)
	}
}

// testDeliveryLeases checks that another scheduler takes a delivery only
// once its lease has expired.
func testDeliveryLeases(t *testing.T, open opener) {
	s := open(t)
	sub := mustSubscribe(t, s, subscription(chat42, "korea"))
	mustClaim(t, s, sub.ID, date, "a", day0)
	for _, tc := range []struct {
		name string
		now  time.Time
	}{{"before the lease ends", day0.Add(30 * time.Second)}, {"as the lease ends", lease}} {
		if _, ok, err := s.TakeDelivery(t.Context(), sub.ID, date, "b", tc.now, tc.now.Add(time.Minute)); ok || err != nil {
			t.Errorf("%s: b took a delivery a holds: %v, %v", tc.name, ok, err)
		}
	}
	if _, ok, err := s.TakeDelivery(t.Context(), sub.ID, date, "a", day0.Add(30*time.Second), lease); !ok || err != nil {
		t.Errorf("a could not take its own delivery: %v, %v", ok, err)
	}
	later := lease.Add(time.Second)
	d, ok, err := s.TakeDelivery(t.Context(), sub.ID, date, "b", later, later.Add(time.Minute))
	if !ok || err != nil || d.Owner != "b" || !d.LeaseUntil.Equal(later.Add(time.Minute)) {
		t.Fatalf("b after the lease expired: %+v, %v, %v", d, ok, err)
	}
	if _, ok, err := s.TakeDelivery(t.Context(), sub.ID, "2026-03-11", "b", later, later); ok || err != nil {
		t.Errorf("took a delivery never claimed: %v, %v", ok, err)
	}
	mustDo(t, s.FinishDelivery(t.Context(), sub.ID, date, "b", briefbot.DeliverySent, "", later))
	if _, ok, err := s.TakeDelivery(t.Context(), sub.ID, date, "c", later.Add(time.Hour), later.Add(2*time.Hour)); ok || err != nil {
		t.Errorf("a finished delivery was taken: %v, %v", ok, err)
	}
}

// testDeliveryFencing checks that once another scheduler took a delivery,
// every change by the first owner is refused as a conflict.
func testDeliveryFencing(t *testing.T, open opener) {
	s := open(t)
	sub := mustSubscribe(t, s, subscription(chat42, "korea"))
	mustClaim(t, s, sub.ID, date, "a", day0)
	later := lease.Add(time.Second)
	if _, ok, err := s.TakeDelivery(t.Context(), sub.ID, date, "b", later, later.Add(time.Minute)); !ok || err != nil {
		t.Fatalf("b could not take the expired delivery: %v, %v", ok, err)
	}
	for what, err := range map[string]error{
		"mark sending": s.MarkSending(t.Context(), sub.ID, date, "a", 0, 1, later, later),
		"parts sent":   s.PartsSent(t.Context(), sub.ID, date, "a", 1),
		"unclaim":      s.Unclaim(t.Context(), sub.ID, date, "a"),
		"save digest":  s.SaveDigest(t.Context(), sub.ID, date, "a", "{}", later),
		"finish":       s.FinishDelivery(t.Context(), sub.ID, date, "a", briefbot.DeliverySent, "", later),
	} {
		if briefbot.ErrorCode(err) != briefbot.EConflict {
			t.Errorf("%s by the old owner: %v, want a conflict", what, err)
		}
	}
	if d := mustPending(t, s); d.Owner != "b" || d.State != briefbot.DeliveryClaimed || d.Digest != "" {
		t.Errorf("after the old owner's attempts: %+v, want b's, untouched", d)
	}
	mustDo(t, s.PartsSent(t.Context(), sub.ID, date, "b", 2))
	mustDo(t, s.FinishDelivery(t.Context(), sub.ID, date, "b", briefbot.DeliverySent, "", later))
	checkCode(t, s.FinishDelivery(t.Context(), sub.ID, date, "b", briefbot.DeliveryFailed, "", later), briefbot.EConflict)
	checkCode(t, s.MarkSending(t.Context(), sub.ID, date, "b", 2, 3, later, later), briefbot.EConflict)
}

// testPendingDeliveries checks that pending lists the claimed and sending
// deliveries of every owner, the oldest claim first, and no finished one.
func testPendingDeliveries(t *testing.T, open opener) {
	s := open(t)
	korea := mustSubscribe(t, s, subscription(chat42, "korea"))
	chile := mustSubscribe(t, s, subscription(chat42, "chile"))
	mustClaim(t, s, chile.ID, date, "a", day0.Add(2*time.Second))
	mustClaim(t, s, korea.ID, date, "b", day0.Add(time.Second))
	mustClaim(t, s, korea.ID, "2026-03-09", "a", day0)
	mustClaim(t, s, chile.ID, "2026-03-09", "a", day0.Add(3*time.Second))
	mustDo(t, s.MarkSending(t.Context(), chile.ID, date, "a", 0, 1, day0.Add(4*time.Second), lease))
	mustDo(t, s.FinishDelivery(t.Context(), chile.ID, "2026-03-09", "a", briefbot.DeliveryEmpty, "nothing new", time.Time{}))
	pending, err := s.PendingDeliveries(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		sub         int64
		date, state string
	}
	var got []key
	for _, d := range pending {
		got = append(got, key{d.SubscriptionID, d.Date, d.State})
	}
	want := []key{
		{korea.ID, "2026-03-09", briefbot.DeliveryClaimed},
		{korea.ID, date, briefbot.DeliveryClaimed},
		{chile.ID, date, briefbot.DeliverySending},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pending = %+v\nwant      %+v", got, want)
	}
}

// testFinishAdvances checks what finishing a delivery does to its
// subscription: LastDate moves forward only, LastDigest only with a time.
func testFinishAdvances(t *testing.T, open opener) {
	s := open(t)
	sub := mustSubscribe(t, s, subscription(chat42, "korea"))
	sentAt := day0.Add(time.Minute)
	for _, step := range []struct {
		date, state string
		digestAt    time.Time
		wantDate    string
		wantDigest  time.Time
	}{
		{date, briefbot.DeliverySent, sentAt, date, sentAt},
		{"2026-03-11", briefbot.DeliveryEmpty, time.Time{}, "2026-03-11", sentAt},
		{"2026-03-09", briefbot.DeliverySkipped, time.Time{}, "2026-03-11", sentAt},
		{"2026-03-12", briefbot.DeliveryFailed, sentAt.Add(time.Hour), "2026-03-12", sentAt.Add(time.Hour)},
	} {
		mustClaim(t, s, sub.ID, step.date, "a", day0)
		mustDo(t, s.FinishDelivery(t.Context(), sub.ID, step.date, "a", step.state, "a note", step.digestAt))
		subs, err := s.Subscriptions(t.Context(), chat42)
		if err != nil || len(subs) != 1 {
			t.Fatalf("subscriptions %+v, %v", subs, err)
		}
		if got := subs[0]; got.LastDate != step.wantDate || !got.LastDigest.Equal(step.wantDigest) {
			t.Errorf("after %s %s: last date %q, last digest %v; want %q, %v",
				step.state, step.date, got.LastDate, got.LastDigest, step.wantDate, step.wantDigest)
		}
	}
	if pending, err := s.PendingDeliveries(t.Context()); err != nil || len(pending) != 0 {
		t.Errorf("pending after finishing all: %+v, %v", pending, err)
	}
}

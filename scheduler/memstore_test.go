package scheduler_test

import (
	"context"
	"sort"
	"time"

	"briefbot"
)

// memStore keeps subscriptions and deliveries in memory, for fan-out tests
// that measure the scheduler rather than SQLite; the crash tests use the
// real store.
type memStore struct {
	subs       map[int64]*briefbot.Subscription
	deliveries map[deliveryKey]*briefbot.Delivery
}

type deliveryKey struct {
	sub  int64
	date string
}

func newMemStore() *memStore {
	return &memStore{subs: map[int64]*briefbot.Subscription{}, deliveries: map[deliveryKey]*briefbot.Delivery{}}
}

func (m *memStore) Subscribe(_ context.Context, s briefbot.Subscription) (briefbot.Subscription, error) {
	s.ID = int64(len(m.subs) + 1)
	m.subs[s.ID] = &s
	return s, nil
}

func (m *memStore) Unsubscribe(context.Context, briefbot.ChatRef, string) (int, error) { return 0, nil }

func (m *memStore) Subscriptions(_ context.Context, chat briefbot.ChatRef) ([]briefbot.Subscription, error) {
	var out []briefbot.Subscription
	for _, s := range m.subs {
		if s.Chat == chat {
			out = append(out, *s)
		}
	}
	return out, nil
}

func (m *memStore) AllSubscriptions(context.Context) ([]briefbot.Subscription, error) {
	out := make([]briefbot.Subscription, 0, len(m.subs))
	for _, s := range m.subs {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func (m *memStore) SetChatZone(context.Context, briefbot.ChatRef, string) error { return nil }

func (m *memStore) ChatZone(context.Context, briefbot.ChatRef) (string, error) { return "", nil }

func (m *memStore) PauseChat(_ context.Context, chat briefbot.ChatRef, reason string) error {
	for _, s := range m.subs {
		if s.Chat == chat {
			s.Paused = reason
		}
	}
	return nil
}

func (m *memStore) ClaimDelivery(_ context.Context, id int64, date string, at time.Time) (bool, error) {
	k := deliveryKey{id, date}
	if m.deliveries[k] != nil {
		return false, nil
	}
	m.deliveries[k] = &briefbot.Delivery{SubscriptionID: id, Date: date, State: briefbot.DeliveryClaimed, Claimed: at}
	return true, nil
}

func (m *memStore) MarkSending(_ context.Context, id int64, date string, _ time.Time) error {
	m.deliveries[deliveryKey{id, date}].State = briefbot.DeliverySending
	return nil
}

func (m *memStore) Unclaim(_ context.Context, id int64, date string) error {
	m.deliveries[deliveryKey{id, date}].State = briefbot.DeliveryClaimed
	return nil
}

func (m *memStore) FinishDelivery(_ context.Context, id int64, date, state, note string, at time.Time) error {
	d := m.deliveries[deliveryKey{id, date}]
	d.State, d.Note = state, note
	s := m.subs[id]
	s.LastDate = max(s.LastDate, date)
	if !at.IsZero() {
		s.LastDigest = at
	}
	return nil
}

func (m *memStore) PendingDeliveries(context.Context) ([]briefbot.Delivery, error) {
	var out []briefbot.Delivery
	for _, d := range m.deliveries {
		if d.State == briefbot.DeliveryClaimed || d.State == briefbot.DeliverySending {
			out = append(out, *d)
		}
	}
	return out, nil
}

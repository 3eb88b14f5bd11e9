package digest_test

import (
	"context"
	"sort"
	"sync"
	"time"

	"briefbot"
)

// memStore keeps subscriptions and deliveries in memory, for fan-out tests
// that measure the scheduler rather than SQLite; the crash tests use the
// real store. It is safe for concurrent use.
type memStore struct {
	mu         sync.Mutex
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
	m.mu.Lock()
	defer m.mu.Unlock()
	s.ID = int64(len(m.subs) + 1)
	m.subs[s.ID] = &s
	return s, nil
}

func (m *memStore) Unsubscribe(context.Context, briefbot.ChatRef, string) (int, error) { return 0, nil }

func (m *memStore) Subscriptions(_ context.Context, chat briefbot.ChatRef) ([]briefbot.Subscription, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []briefbot.Subscription
	for _, s := range m.subs {
		if s.Chat == chat {
			out = append(out, *s)
		}
	}
	return out, nil
}

func (m *memStore) AllSubscriptions(context.Context) ([]briefbot.Subscription, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]briefbot.Subscription, 0, len(m.subs))
	for _, s := range m.subs {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func (m *memStore) SetChatZone(context.Context, briefbot.ChatRef, string) error { return nil }

func (m *memStore) ChatZone(context.Context, briefbot.ChatRef) (string, error) { return "", nil }

func (m *memStore) SetChatLanguage(context.Context, briefbot.ChatRef, string) error { return nil }

func (m *memStore) ChatLanguage(context.Context, briefbot.ChatRef) (string, error) { return "", nil }

func (m *memStore) PauseChat(_ context.Context, chat briefbot.ChatRef, reason string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, s := range m.subs {
		if s.Chat == chat {
			s.Paused = reason
		}
	}
	return nil
}

func (m *memStore) ClaimDelivery(_ context.Context, id int64, date, owner string, at, lease time.Time) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := deliveryKey{id, date}
	if m.deliveries[k] != nil {
		return false, nil
	}
	m.deliveries[k] = &briefbot.Delivery{SubscriptionID: id, Date: date, State: briefbot.DeliveryClaimed, Claimed: at, Owner: owner, LeaseUntil: lease}
	return true, nil
}

// held is the pending delivery owner holds; an EConflict error otherwise.
func (m *memStore) held(id int64, date, owner string) (*briefbot.Delivery, error) {
	d := m.deliveries[deliveryKey{id, date}]
	if d == nil || d.Owner != owner || (d.State != briefbot.DeliveryClaimed && d.State != briefbot.DeliverySending) {
		return nil, briefbot.Errorf(briefbot.EConflict, "delivery %d/%s is held by another scheduler", id, date)
	}
	return d, nil
}

func (m *memStore) TakeDelivery(_ context.Context, id int64, date, owner string, now, lease time.Time) (briefbot.Delivery, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	d := m.deliveries[deliveryKey{id, date}]
	if d == nil || (d.State != briefbot.DeliveryClaimed && d.State != briefbot.DeliverySending) ||
		d.Owner != owner && !d.LeaseUntil.Before(now) {
		return briefbot.Delivery{}, false, nil
	}
	d.Owner, d.LeaseUntil = owner, lease
	return *d, true, nil
}

func (m *memStore) SaveDigest(_ context.Context, id int64, date, owner, digest string, built time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	d, err := m.held(id, date, owner)
	if err == nil {
		d.Digest, d.Built = digest, built
	}
	return err
}

func (m *memStore) MarkSending(_ context.Context, id int64, date, owner string, part, parts int, at, lease time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	d, err := m.held(id, date, owner)
	if err == nil {
		d.State, d.Attempted, d.LeaseUntil, d.Parts, d.PartsSent = briefbot.DeliverySending, at, lease, parts, part
	}
	return err
}

func (m *memStore) PartsSent(_ context.Context, id int64, date, owner string, n int) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	d, err := m.held(id, date, owner)
	if err == nil {
		d.State, d.PartsSent = briefbot.DeliveryClaimed, n
	}
	return err
}

func (m *memStore) Unclaim(_ context.Context, id int64, date, owner string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	d, err := m.held(id, date, owner)
	if err == nil {
		d.State = briefbot.DeliveryClaimed
	}
	return err
}

func (m *memStore) FinishDelivery(_ context.Context, id int64, date, owner, state, note string, at time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	d, err := m.held(id, date, owner)
	if err != nil {
		return err
	}
	d.State, d.Note = state, note
	s := m.subs[id]
	s.LastDate = max(s.LastDate, date)
	if !at.IsZero() {
		s.LastDigest = at
	}
	return nil
}

func (m *memStore) PendingDeliveries(context.Context) ([]briefbot.Delivery, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []briefbot.Delivery
	for _, d := range m.deliveries {
		if d.State == briefbot.DeliveryClaimed || d.State == briefbot.DeliverySending {
			out = append(out, *d)
		}
	}
	return out, nil
}

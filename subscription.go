package briefbot

import (
	"context"
	"time"
)

// MaxSubscriptionsPerChat is how many topics one chat may subscribe to.
const MaxSubscriptionsPerChat = 20

// DefaultDigestTime is the local time of a digest when the chat names none.
const DefaultDigestTime = "08:00"

// SubscriptionStore keeps the chats' subscriptions and time zones.
type SubscriptionStore interface {
	// Subscribe adds s, or updates the time, zone and notes of the chat's
	// subscription to the same topic (and resumes it). Past
	// MaxSubscriptionsPerChat topics it fails with EInvalid.
	Subscribe(ctx context.Context, s Subscription) (Subscription, error)
	// Unsubscribe removes the chat's subscription to topic, or all of them
	// when topic is ""; it returns how many were removed.
	Unsubscribe(ctx context.Context, chat ChatRef, topic string) (int, error)
	// Subscriptions lists a chat's subscriptions by topic.
	Subscriptions(ctx context.Context, chat ChatRef) ([]Subscription, error)
	// AllSubscriptions lists every subscription, paused ones included, by id.
	AllSubscriptions(ctx context.Context) ([]Subscription, error)
	// SetChatZone sets the chat's time zone, an IANA name.
	SetChatZone(ctx context.Context, chat ChatRef, zone string) error
	// ChatZone returns the chat's time zone, "" when it set none.
	ChatZone(ctx context.Context, chat ChatRef) (string, error)
	// PauseChat pauses every subscription of the chat, giving the reason.
	PauseChat(ctx context.Context, chat ChatRef, reason string) error
}

// Delivery states. A delivery is claimed before its digest is built and
// sent; it records an attempt just before the platform is called, and is
// marked after.
const (
	DeliveryClaimed = "claimed" // owned by a scheduler; nothing sent yet
	DeliverySending = "sending" // the platform was being called
	DeliverySent    = "sent"
	DeliveryEmpty   = "empty"   // nothing new and no note asked for: nothing sent
	DeliverySkipped = "skipped" // later than the grace window
	DeliveryFailed  = "failed"  // the chat is gone, or sending kept failing
)

// Delivery is one subscription's digest for one local date.
type Delivery struct {
	SubscriptionID int64
	Date           string // local date, YYYY-MM-DD
	State          string
	Claimed        time.Time
	Note           string
}

// DeliveryLog records each (subscription, local date) digest once.
type DeliveryLog interface {
	// ClaimDelivery inserts the delivery as claimed; false when the
	// subscription already has one for that date.
	ClaimDelivery(ctx context.Context, subID int64, date string, at time.Time) (bool, error)
	// MarkSending records that the platform is about to be called.
	MarkSending(ctx context.Context, subID int64, date string, at time.Time) error
	// Unclaim returns a delivery to claimed: the platform surely sent nothing.
	Unclaim(ctx context.Context, subID int64, date string) error
	// FinishDelivery sets the delivery's final state and note and advances
	// the subscription's LastDate; with a non-zero digestAt, also its
	// LastDigest.
	FinishDelivery(ctx context.Context, subID int64, date, state, note string, digestAt time.Time) error
	// PendingDeliveries lists the claimed and sending deliveries.
	PendingDeliveries(ctx context.Context) ([]Delivery, error)
}

// ChatMover moves what briefbot keeps about a chat to a new identity, as
// when a Telegram group becomes a supergroup with a new id.
type ChatMover interface {
	// MoveChat moves the chat's subscriptions, settings and memory from one
	// chat to another in one step. What the new chat already has wins over
	// what the old one had; moving a chat with nothing stored does nothing.
	MoveChat(ctx context.Context, from, to ChatRef) error
}

package briefbot

import (
	"context"
	"time"
)

// MaxSubscriptionsPerChat is how many topics one chat may subscribe to.
const MaxSubscriptionsPerChat = 20

// DefaultDigestTime is the local time of a digest when the chat names none.
const DefaultDigestTime = "08:00"

// SubscriptionStore keeps the chats' subscriptions and settings: each
// chat's time zone and language. Subscribe, SetChatZone and
// SetChatLanguage refuse a chat with no platform or no id (EInvalid).
type SubscriptionStore interface {
	// Subscribe adds s, or updates the time, zone, notes and language of
	// the chat's subscription to the same topic (and resumes it), keeping
	// its id and Created time; it returns the subscription as stored. Past
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
	// SetChatLanguage sets the language the chat reads briefbot in, an
	// ISO 639-1 code such as "fr"; "" clears it, so that the chat follows
	// its platform's language again. A code that is not one (see
	// LangCode) is EInvalid.
	SetChatLanguage(ctx context.Context, chat ChatRef, lang string) error
	// ChatLanguage returns the chat's language, "" when it set none.
	ChatLanguage(ctx context.Context, chat ChatRef) (string, error)
	// PauseChat pauses every subscription of the chat, giving the reason.
	PauseChat(ctx context.Context, chat ChatRef, reason string) error
}

// Delivery states. A delivery is claimed before its digest is built and
// sent; it records each attempt just before the platform is called, and is
// marked after.
const (
	DeliveryClaimed = "claimed" // held by a scheduler; no part of it in flight
	DeliverySending = "sending" // a part was being sent: it may have reached the chat
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
	Attempted      time.Time // the last attempt to send a part; zero before the first
	Note           string

	// Owner is the scheduler that holds the delivery until LeaseUntil;
	// another may take it only once the lease has expired.
	Owner      string
	LeaseUntil time.Time

	// The digest as first built (its message, encoded by the scheduler,
	// and when it was built), so that a retry or a restart sends the same
	// parts; "" until built.
	Digest string
	Built  time.Time
	// Parts is how many messages the digest is sent as (0 until the first
	// is sent), PartsSent how many of them the platform took or may have
	// taken; a retry starts at part PartsSent.
	Parts, PartsSent int
}

// DeliveryLog records each (subscription, local date) digest once. Every
// change but the claim is made by the delivery's owner: when another
// scheduler has taken the delivery (its lease had expired) the change is
// refused with EConflict, and the first owner drops it.
type DeliveryLog interface {
	// ClaimDelivery inserts the delivery as claimed by owner until
	// leaseUntil; false when the subscription already has one for that
	// date, ENotFound when there is no such subscription.
	ClaimDelivery(ctx context.Context, subID int64, date, owner string, at, leaseUntil time.Time) (bool, error)
	// TakeDelivery gives owner a pending (claimed or sending) delivery
	// whose lease has expired at now (LeaseUntil is before now), or that
	// owner holds already, until leaseUntil, and returns it; false when
	// another owner holds it, it is finished, or there is none.
	TakeDelivery(ctx context.Context, subID int64, date, owner string, now, leaseUntil time.Time) (Delivery, bool, error)
	// SaveDigest records the digest as built, before its first part is sent.
	SaveDigest(ctx context.Context, subID int64, date, owner, digest string, built time.Time) error
	// MarkSending records that part (of parts) is about to be sent, at at,
	// and renews the lease.
	MarkSending(ctx context.Context, subID int64, date, owner string, part, parts int, at, leaseUntil time.Time) error
	// PartsSent records that the platform took, or may have taken, the
	// first n parts; the delivery is claimed again, with nothing in flight.
	PartsSent(ctx context.Context, subID int64, date, owner string, n int) error
	// Unclaim returns a delivery to claimed: the platform surely did not
	// take the part being sent.
	Unclaim(ctx context.Context, subID int64, date, owner string) error
	// FinishDelivery sets the delivery's final state and note, ends its
	// lease and advances the subscription's LastDate to date (never back
	// to an earlier one); with a non-zero digestAt, it also sets its
	// LastDigest.
	FinishDelivery(ctx context.Context, subID int64, date, owner, state, note string, digestAt time.Time) error
	// PendingDeliveries lists the claimed and sending deliveries, whoever
	// holds them, the oldest claim first.
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

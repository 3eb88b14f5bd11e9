package postgres

import (
	"context"
	"time"

	"briefbot"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Every change to a delivery is one statement whose condition names its
// owner or an expired lease: when two replicas race for one row, the
// second waits for the first's row lock and then reads the row the first
// wrote, so it finds the lease taken and changes nothing.

// ClaimDelivery inserts the (subscription, date) delivery as claimed by
// owner until leaseUntil; false when one exists already.
func (db *DB) ClaimDelivery(ctx context.Context, subID int64, date, owner string, at, leaseUntil time.Time) (_ bool, err error) {
	defer annotate(&err, "storage: claim delivery")
	tag, err := db.pool.Exec(ctx, `
		INSERT INTO deliveries (subscription_id, local_date, state, claimed, owner, lease_until)
		VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (subscription_id, local_date) DO NOTHING`,
		subID, date, briefbot.DeliveryClaimed, at.Unix(), owner, leaseUntil.Unix())
	if hasCode(err, foreignKeyViolation) {
		return false, briefbot.Errorf(briefbot.ENotFound, "subscription %d is gone", subID)
	}
	return err == nil && tag.RowsAffected() == 1, err
}

// TakeDelivery gives owner a pending delivery whose lease has expired at
// now, or that owner holds already.
func (db *DB) TakeDelivery(ctx context.Context, subID int64, date, owner string, now, leaseUntil time.Time) (_ briefbot.Delivery, _ bool, err error) {
	defer annotate(&err, "storage: take delivery")
	d, err := scanDelivery(db.pool.QueryRow(ctx, `
		UPDATE deliveries SET owner = $1, lease_until = $2
		WHERE subscription_id = $3 AND local_date = $4 AND state IN ('claimed', 'sending')
			AND (owner = $1 OR lease_until < $5)
		RETURNING `+deliveryColumns, owner, leaseUntil.Unix(), subID, date, now.Unix()))
	if noRows(err) {
		return briefbot.Delivery{}, false, nil
	}
	return d, err == nil, err
}

// SaveDigest records the digest as built.
func (db *DB) SaveDigest(ctx context.Context, subID int64, date, owner, digest string, built time.Time) (err error) {
	defer annotate(&err, "storage: save digest")
	return db.ownerUpdate(ctx, db.pool, subID, date, owner, `digest = $1, built = $2`, digest, built.Unix())
}

// MarkSending records that part of parts is about to be sent, and renews
// the lease.
func (db *DB) MarkSending(ctx context.Context, subID int64, date, owner string, part, parts int, at, leaseUntil time.Time) (err error) {
	defer annotate(&err, "storage: mark sending")
	return db.ownerUpdate(ctx, db.pool, subID, date, owner,
		`state = 'sending', attempted = $1, lease_until = $2, parts = $3, parts_sent = $4`,
		at.Unix(), leaseUntil.Unix(), parts, part)
}

// PartsSent records that the first n parts were taken, or may have been.
func (db *DB) PartsSent(ctx context.Context, subID int64, date, owner string, n int) (err error) {
	defer annotate(&err, "storage: parts sent")
	return db.ownerUpdate(ctx, db.pool, subID, date, owner, `state = 'claimed', parts_sent = $1`, n)
}

// Unclaim returns a delivery to claimed: the part being sent was surely
// not taken.
func (db *DB) Unclaim(ctx context.Context, subID int64, date, owner string) (err error) {
	defer annotate(&err, "storage: unclaim delivery")
	return db.ownerUpdate(ctx, db.pool, subID, date, owner, `state = 'claimed'`)
}

// FinishDelivery sets the delivery's final state and advances the
// subscription, in one transaction.
func (db *DB) FinishDelivery(ctx context.Context, subID int64, date, owner, state, note string, digestAt time.Time) (err error) {
	defer annotate(&err, "storage: finish delivery")
	return db.inTx(ctx, func(tx pgx.Tx) error {
		if err := db.ownerUpdate(ctx, tx, subID, date, owner, `state = $1, note = $2, lease_until = 0`, state, note); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `
			UPDATE subscriptions SET last_date = greatest(last_date, $1),
				last_digest = CASE WHEN $2::bigint > 0 THEN $2::bigint ELSE last_digest END
			WHERE id = $3`, date, unixOrZero(digestAt), subID)
		return err
	})
}

// PendingDeliveries lists the claimed and sending deliveries, oldest first.
func (db *DB) PendingDeliveries(ctx context.Context) (_ []briefbot.Delivery, err error) {
	defer annotate(&err, "storage: pending deliveries")
	rows, err := db.pool.Query(ctx, `SELECT `+deliveryColumns+` FROM deliveries
		WHERE state IN ('claimed', 'sending') ORDER BY claimed, subscription_id`)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (briefbot.Delivery, error) { return scanDelivery(r) })
}

// execer is a pool or a transaction.
type execer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

// ownerUpdate sets columns of a pending delivery that owner holds (set
// names its values $1 to $len(args)); EConflict when another scheduler
// holds it, or it is finished.
func (db *DB) ownerUpdate(ctx context.Context, q execer, subID int64, date, owner, set string, args ...any) error {
	n := len(args)
	tag, err := q.Exec(ctx, `UPDATE deliveries SET `+set+`
		WHERE subscription_id = $`+itoa(n+1)+` AND local_date = $`+itoa(n+2)+` AND owner = $`+itoa(n+3)+`
			AND state IN ('claimed', 'sending')`,
		append(args, subID, date, owner)...)
	err = mustAffect(tag, err, "delivery %d/%s is held by another scheduler", subID, date)
	if briefbot.ErrorCode(err) == briefbot.ENotFound {
		return &briefbot.Error{Code: briefbot.EConflict, Message: briefbot.ErrorMessage(err)}
	}
	return err
}

// deliveryColumns are the deliveries columns scanDelivery reads.
const deliveryColumns = `subscription_id, local_date, state, claimed, attempted, note,
	owner, lease_until, digest, built, parts, parts_sent`

func scanDelivery(row pgx.Row) (briefbot.Delivery, error) {
	var d briefbot.Delivery
	var claimed, attempted, lease, built int64
	err := row.Scan(&d.SubscriptionID, &d.Date, &d.State, &claimed, &attempted, &d.Note,
		&d.Owner, &lease, &d.Digest, &built, &d.Parts, &d.PartsSent)
	d.Claimed, d.Attempted, d.LeaseUntil, d.Built = fromUnix(claimed), unixTime(attempted), unixTime(lease), unixTime(built)
	return d, err
}

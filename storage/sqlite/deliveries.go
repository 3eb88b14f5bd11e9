package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"briefbot"
)

// ClaimDelivery inserts the (subscription, date) delivery as claimed by
// owner until leaseUntil; false when one exists already.
func (db *DB) ClaimDelivery(ctx context.Context, subID int64, date, owner string, at, leaseUntil time.Time) (_ bool, err error) {
	defer annotate(&err, "storage: claim delivery")
	_, err = db.write.ExecContext(ctx, `
		INSERT INTO deliveries (subscription_id, local_date, state, claimed, owner, lease_until)
		VALUES (?, ?, ?, ?, ?, ?)`,
		subID, date, briefbot.DeliveryClaimed, at.Unix(), owner, leaseUntil.Unix())
	switch {
	case isPrimaryKeyViolation(err):
		return false, nil
	case isForeignKeyViolation(err):
		return false, briefbot.Errorf(briefbot.ENotFound, "subscription %d is gone", subID)
	}
	return err == nil, err
}

// TakeDelivery gives owner a pending delivery whose lease has expired at
// now, or that owner holds already.
func (db *DB) TakeDelivery(ctx context.Context, subID int64, date, owner string, now, leaseUntil time.Time) (_ briefbot.Delivery, _ bool, err error) {
	defer annotate(&err, "storage: take delivery")
	row := db.write.QueryRowContext(ctx, `
		UPDATE deliveries SET owner = ?, lease_until = ?
		WHERE subscription_id = ? AND local_date = ? AND state IN (?, ?)
			AND (owner = ? OR lease_until < ?)
		RETURNING `+deliveryColumns,
		owner, leaseUntil.Unix(), subID, date, briefbot.DeliveryClaimed, briefbot.DeliverySending, owner, now.Unix())
	d, err := scanDelivery(row)
	if errors.Is(err, sql.ErrNoRows) {
		return briefbot.Delivery{}, false, nil
	}
	return d, err == nil, err
}

// SaveDigest records the digest as built.
func (db *DB) SaveDigest(ctx context.Context, subID int64, date, owner, digest string, built time.Time) (err error) {
	defer annotate(&err, "storage: save digest")
	return db.ownerUpdate(ctx, subID, date, owner, `digest = ?, built = ?`, digest, built.Unix())
}

// MarkSending records that part of parts is about to be sent, and renews
// the lease.
func (db *DB) MarkSending(ctx context.Context, subID int64, date, owner string, part, parts int, at, leaseUntil time.Time) (err error) {
	defer annotate(&err, "storage: mark sending")
	return db.ownerUpdate(ctx, subID, date, owner, `state = ?, attempted = ?, lease_until = ?, parts = ?, parts_sent = ?`,
		briefbot.DeliverySending, at.Unix(), leaseUntil.Unix(), parts, part)
}

// PartsSent records that the first n parts were taken, or may have been.
func (db *DB) PartsSent(ctx context.Context, subID int64, date, owner string, n int) (err error) {
	defer annotate(&err, "storage: parts sent")
	return db.ownerUpdate(ctx, subID, date, owner, `state = ?, parts_sent = ?`, briefbot.DeliveryClaimed, n)
}

// Unclaim returns a delivery to claimed: the part being sent was surely
// not taken. The time of the attempt stays: the grace window counts from
// it.
func (db *DB) Unclaim(ctx context.Context, subID int64, date, owner string) (err error) {
	defer annotate(&err, "storage: unclaim delivery")
	return db.ownerUpdate(ctx, subID, date, owner, `state = ?`, briefbot.DeliveryClaimed)
}

// FinishDelivery sets the delivery's final state and advances the
// subscription, in one transaction.
func (db *DB) FinishDelivery(ctx context.Context, subID int64, date, owner, state, note string, digestAt time.Time) (err error) {
	defer annotate(&err, "storage: finish delivery")
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE deliveries SET state = ?, note = ?, lease_until = 0
		WHERE subscription_id = ? AND local_date = ? AND owner = ? AND state IN (?, ?)`,
		state, note, subID, date, owner, briefbot.DeliveryClaimed, briefbot.DeliverySending)
	if err != nil {
		return err
	}
	if err := mustAffect(res, "delivery %d/%s is held by another scheduler", subID, date); err != nil {
		return lostLease(err)
	}
	if _, err := tx.ExecContext(ctx, `
		UPDATE subscriptions SET last_date = max(last_date, ?),
			last_digest = CASE WHEN ? > 0 THEN ? ELSE last_digest END
		WHERE id = ?`, date, unixOrZero(digestAt), unixOrZero(digestAt), subID); err != nil {
		return err
	}
	return tx.Commit()
}

// PendingDeliveries lists the claimed and sending deliveries, oldest first.
func (db *DB) PendingDeliveries(ctx context.Context) (_ []briefbot.Delivery, err error) {
	defer annotate(&err, "storage: pending deliveries")
	rows, err := db.read.QueryContext(ctx, `SELECT `+deliveryColumns+` FROM deliveries
		WHERE state IN (?, ?) ORDER BY claimed, subscription_id`,
		briefbot.DeliveryClaimed, briefbot.DeliverySending)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ds []briefbot.Delivery
	for rows.Next() {
		d, err := scanDelivery(rows)
		if err != nil {
			return nil, err
		}
		ds = append(ds, d)
	}
	return ds, rows.Err()
}

// ownerUpdate sets columns of a pending delivery that owner holds;
// EConflict when another scheduler holds it, or it is finished.
func (db *DB) ownerUpdate(ctx context.Context, subID int64, date, owner, set string, args ...any) error {
	args = append(args, subID, date, owner, briefbot.DeliveryClaimed, briefbot.DeliverySending)
	res, err := db.write.ExecContext(ctx, `UPDATE deliveries SET `+set+`
		WHERE subscription_id = ? AND local_date = ? AND owner = ? AND state IN (?, ?)`, args...)
	if err != nil {
		return err
	}
	return lostLease(mustAffect(res, "delivery %d/%s is held by another scheduler", subID, date))
}

// lostLease turns a not-found update into the conflict it means: the
// delivery is no longer this owner's.
func lostLease(err error) error {
	if briefbot.ErrorCode(err) == briefbot.ENotFound {
		return &briefbot.Error{Code: briefbot.EConflict, Message: briefbot.ErrorMessage(err)}
	}
	return err
}

// deliveryColumns are the deliveries columns scanDelivery reads.
const deliveryColumns = `subscription_id, local_date, state, claimed, attempted, note,
	owner, lease_until, digest, built, parts, parts_sent`

func scanDelivery(s scanner) (briefbot.Delivery, error) {
	var d briefbot.Delivery
	var claimed, attempted, lease, built int64
	err := s.Scan(&d.SubscriptionID, &d.Date, &d.State, &claimed, &attempted, &d.Note,
		&d.Owner, &lease, &d.Digest, &built, &d.Parts, &d.PartsSent)
	d.Claimed, d.Attempted, d.LeaseUntil, d.Built = fromUnix(claimed), unixTime(attempted), unixTime(lease), unixTime(built)
	return d, err
}

// unixTime is the time of unix seconds, the zero time for 0.
func unixTime(sec int64) time.Time {
	if sec == 0 {
		return time.Time{}
	}
	return fromUnix(sec)
}

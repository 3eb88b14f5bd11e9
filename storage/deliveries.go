package storage

import (
	"context"
	"time"

	"briefbot"
)

var _ briefbot.DeliveryLog = (*DB)(nil)

// ClaimDelivery inserts the (subscription, date) delivery as claimed; false
// when one exists already.
func (db *DB) ClaimDelivery(ctx context.Context, subID int64, date string, at time.Time) (_ bool, err error) {
	defer annotate(&err, "storage: claim delivery")
	_, err = db.write.ExecContext(ctx, `
		INSERT INTO deliveries (subscription_id, local_date, state, claimed) VALUES (?, ?, ?, ?)`,
		subID, date, briefbot.DeliveryClaimed, at.Unix())
	switch {
	case isPrimaryKeyViolation(err):
		return false, nil
	case isForeignKeyViolation(err):
		return false, briefbot.Errorf(briefbot.ENotFound, "subscription %d is gone", subID)
	}
	return err == nil, err
}

// MarkSending records that the platform is about to be called.
func (db *DB) MarkSending(ctx context.Context, subID int64, date string, at time.Time) (err error) {
	defer annotate(&err, "storage: mark sending")
	return db.setState(ctx, `UPDATE deliveries SET state = ?, attempted = ?
		WHERE subscription_id = ? AND local_date = ?`, briefbot.DeliverySending, at.Unix(), subID, date)
}

// Unclaim returns a delivery to claimed: nothing was sent.
func (db *DB) Unclaim(ctx context.Context, subID int64, date string) (err error) {
	defer annotate(&err, "storage: unclaim delivery")
	return db.setState(ctx, `UPDATE deliveries SET state = ?, attempted = 0
		WHERE subscription_id = ? AND local_date = ?`, briefbot.DeliveryClaimed, subID, date)
}

func (db *DB) setState(ctx context.Context, query string, args ...any) error {
	res, err := db.write.ExecContext(ctx, query, args...)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return firstErr(err, briefbot.Errorf(briefbot.ENotFound, "no such delivery"))
	}
	return nil
}

// FinishDelivery sets the delivery's final state and advances the
// subscription, in one transaction.
func (db *DB) FinishDelivery(ctx context.Context, subID int64, date, state, note string, digestAt time.Time) (err error) {
	defer annotate(&err, "storage: finish delivery")
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `UPDATE deliveries SET state = ?, note = ?
		WHERE subscription_id = ? AND local_date = ?`, state, note, subID, date); err != nil {
		return err
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
	rows, err := db.read.QueryContext(ctx, `
		SELECT subscription_id, local_date, state, claimed, note FROM deliveries
		WHERE state IN (?, ?) ORDER BY claimed, subscription_id`,
		briefbot.DeliveryClaimed, briefbot.DeliverySending)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ds []briefbot.Delivery
	for rows.Next() {
		var d briefbot.Delivery
		var claimed int64
		if err := rows.Scan(&d.SubscriptionID, &d.Date, &d.State, &claimed, &d.Note); err != nil {
			return nil, err
		}
		d.Claimed = fromUnix(claimed)
		ds = append(ds, d)
	}
	return ds, rows.Err()
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

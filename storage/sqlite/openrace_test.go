package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// TestOpenSameNewFileAtOnce opens one new file from several connections
// at the same moment, as `briefbot run` and two `briefbot ingest`s started
// together do: every open waits for the others and succeeds.
func TestOpenSameNewFileAtOnce(t *testing.T) {
	rounds := 20
	if testing.Short() {
		rounds = 5
	}
	for round := range rounds {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("round%d.db", round))
		var wg sync.WaitGroup
		errs := make([]error, 6)
		for i := range errs {
			wg.Go(func() {
				db, err := Open(context.Background(), path)
				if err == nil {
					err = db.Close()
				}
				errs[i] = err
			})
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d, open %d: %v", round, i, err)
			}
		}
	}
}

// busyError is the error SQLite gives a statement that another connection's
// lock refuses, made by locking a file and writing to it from a second
// connection that does not wait.
func busyError(t *testing.T) error {
	t.Helper()
	path := filepath.Join(t.TempDir(), "locked.db")
	holder, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	holder.SetMaxOpenConns(1)
	ctx := context.Background()
	if _, err := holder.ExecContext(ctx, "CREATE TABLE t (x)"); err != nil {
		t.Fatal(err)
	}
	tx, err := holder.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "INSERT INTO t VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	other, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(0)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	_, err = other.ExecContext(ctx, "INSERT INTO t VALUES (2)")
	if !isBusy(err) {
		t.Fatalf("a write beside another's lock gave %v, want SQLITE_BUSY", err)
	}
	return err
}

func TestRetryBusyWaitsOutALockOnly(t *testing.T) {
	busy := busyError(t)
	var waits []time.Duration
	sleep := func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil }
	calls := 0
	err := retryBusy(context.Background(), func() error {
		if calls++; calls < 4 {
			return busy
		}
		return nil
	}, sleep)
	if err != nil || calls != 4 || len(waits) != 3 || waits[0] >= waits[2] {
		t.Errorf("busy three times: err %v after %d calls, waits %v; want success on the 4th, waits growing", err, calls, waits)
	}

	calls, waits = 0, nil
	other := errors.New("disk full")
	if err := retryBusy(context.Background(), func() error { calls++; return other }, sleep); err != other || calls != 1 {
		t.Errorf("another failure: %v after %d calls, want it at once", err, calls)
	}

	calls, waits = 0, nil
	err = retryBusy(context.Background(), func() error { calls++; return busy }, sleep)
	var total time.Duration
	for _, w := range waits {
		total += w
	}
	if !isBusy(err) || total < busyTimeout || total > busyTimeout+2*time.Second {
		t.Errorf("always busy: %v after %d calls and %v of waits; want SQLITE_BUSY after about %v", err, calls, total, busyTimeout)
	}
}

package testclock

import (
	"context"
	"slices"
	"testing"
	"time"
)

func TestClockMovesOnlyWhenTold(t *testing.T) {
	t0 := time.Date(2026, 6, 2, 5, 0, 0, 0, time.UTC)
	c := New(t0)
	if !c.Now().Equal(t0) {
		t.Fatalf("Now = %v, want %v", c.Now(), t0)
	}
	c.Add(time.Minute)
	if err := c.Sleep(context.Background(), 30*time.Second); err != nil {
		t.Fatal(err)
	}
	if want := t0.Add(90 * time.Second); !c.Now().Equal(want) {
		t.Errorf("Now = %v, want %v", c.Now(), want)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := c.Sleep(ctx, time.Second); err != context.Canceled {
		t.Errorf("Sleep on a cancelled context = %v", err)
	}
	if got, want := c.Slept(), []time.Duration{30 * time.Second, time.Second}; !slices.Equal(got, want) {
		t.Errorf("Slept = %v, want %v", got, want)
	}
	c.Set(t0)
	if !c.Now().Equal(t0) {
		t.Errorf("Set: Now = %v", c.Now())
	}
}

package cronticks

import (
	"context"
	"testing"
	"time"
)

func TestRunRefusesABadSpec(t *testing.T) {
	err := Run(context.Background(), "every minute", func(context.Context, time.Time) {})
	if err == nil {
		t.Fatal("a bad specification was accepted")
	}
}

func TestRunReturnsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Run(ctx, EveryMinute, func(context.Context, time.Time) {}); err != nil {
		t.Fatal(err)
	}
}

package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot/bot/console"
	"briefbot/digest"
)

func TestConsoleSubscriptionCommands(t *testing.T) {
	env := dbEnv(t)
	in := strings.Join([]string{
		"/timezone Europe/Pariss",
		"/timezone europe/paris",
		"/subscribe korea 07:30",
		"/subscribe japan 6:00 Asia/Tokyo notify-empty",
		"/subscriptions",
		"/unsubscribe japan",
		"/unsubscribe japan",
	}, "\n") + "\n"
	out, errs, code := runCLI(t, env, in, "chat")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"I don't know the time zone “Europe/Pariss”", "Did you mean Europe/Paris",
		"time zone is now Europe/Paris",
		"Subscribed to korea: every day at 07:30 Europe/Paris.",
		"Next digest: Wed 11 Mar 07:30 CET",
		"Subscribed to japan: every day at 06:00 Asia/Tokyo, with a note on days with nothing new.",
		"2 daily digests", "korea — 07:30 Europe/Paris — next Wed 11 Mar 07:30 CET",
		"Stopped the daily digest on japan.", "This chat has no digest on \"japan\"",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	list, _, code := runCLI(t, env, "", "subscriptions", "list", "-db", env["BRIEFBOT_DB"])
	if code != 0 || !strings.Contains(list, "console:local\tkorea\t07:30 Europe/Paris\tlast never\tnext 2026-03-11 07:30 CET") {
		t.Errorf("subscriptions list (exit %d):\n%s", code, list)
	}
}

func TestSubscriptionLimitPerChat(t *testing.T) {
	env := dbEnv(t)
	var in strings.Builder
	for i := range 21 {
		in.WriteString("/subscribe korea " + strings.Repeat("x", i+1) + " 07:00\n")
	}
	out, _, _ := runCLI(t, env, in.String(), "chat")
	if !strings.Contains(out, "This chat already follows 20 topics, the most it may.") {
		t.Errorf("no limit message:\n%s", out)
	}
}

// The console chat receives its digests on standard output, with only the
// stories seen since its previous digest.
func TestConsoleDigestDelivered(t *testing.T) {
	env := dbEnv(t)
	if _, errs, code := runCLI(t, env, "/subscribe korea 10:00 UTC\n", "chat"); code != 0 {
		t.Fatal(errs)
	}
	file := filepath.Join(t.TempDir(), "seoul.txt")
	text := "Seoul opens a new subway line\n\nSEOUL — South Korea opened a new subway line in Seoul on Tuesday, the transport ministry said.\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs, code := runCLI(t, env, "", "ingest", file); code != 0 {
		t.Fatal(errs)
	}
	ctx := context.Background()
	a, err := openApp(ctx, Env{Getenv: func(k string) string { return env[k] }, Now: func() time.Time { return fixedNow }, Stderr: &bytes.Buffer{}}, &common{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	var out bytes.Buffer
	now := time.Date(2026, 3, 10, 10, 0, 0, 0, time.UTC)
	a.env.Now = func() time.Time { return now }
	s := a.newScheduler(&console.Console{Out: &out})
	for range 2 {
		if err := s.Tick(ctx, now); err != nil {
			t.Fatal(err)
		}
		now = now.Add(time.Minute)
	}
	if got := strings.Count(out.String(), "Your Korea digest"); got != 1 {
		t.Errorf("%d digests on stdout, want 1:\n%s", got, out.String())
	}
	if m := a.digestMetrics.Snapshot(); m.Sent != 1 || m.Due != 1 {
		t.Errorf("metrics %+v, want 1 due and 1 sent", m)
	}
	// The next day's digest holds only stories seen since this one: none.
	sub, _ := a.store.Subscriptions(ctx, console.Chat)
	d, err := digest.Builder{Briefer: a.briefer}.Digest(ctx, sub[0], now.Add(24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := digest.DigestMessage(d, time.UTC, "en"); ok || len(d.Stories) != 0 {
		t.Errorf("next day's digest repeats %d stories", len(d.Stories))
	}
}

func TestSubscriptionsCLIMirrorsTheConsoleChat(t *testing.T) {
	env := dbEnv(t)
	steps := []struct {
		args []string
		want string
	}{
		{[]string{"subscriptions", "timezone", "Europe/Paris"}, "Europe/Paris"},
		{[]string{"subscriptions", "add", "korea", "07:30"}, "07:30"},
		{[]string{"subscriptions", "list"}, "korea"},
		{[]string{"subscriptions", "remove", "korea"}, "korea"},
		{[]string{"subscriptions", "list"}, "No subscriptions."},
	}
	for _, s := range steps {
		out, errs, code := runCLI(t, env, "", s.args...)
		if code != 0 || !strings.Contains(out, s.want) {
			t.Errorf("%v: exit %d, out %q, err %q; want %q", s.args, code, out, errs, s.want)
		}
	}
}

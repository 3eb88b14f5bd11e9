package main

import (
	"bytes"
	"context"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot/telegram/telegramtest"
	"briefbot/storage/teststore"
)

// closedEndpoint is a Bot API endpoint on a loopback port nothing listens on.
func closedEndpoint(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return "http://" + addr + "/bot%s/%s"
}

// runService runs `briefbot args...` as a service would: no terminal, empty
// standard input. sleep stands for the waits between retries.
func runService(ctx context.Context, env map[string]string, sleep func(context.Context, time.Duration) error, args ...string) (string, string, int) {
	var out, errb syncBuffer
	code := Main(ctx, Env{
		Args: args, Getenv: func(k string) string { return env[k] },
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Now: func() time.Time { return fixedNow }, Sleep: sleep,
	})
	return out.String(), errb.String(), code
}

// syncBuffer is a bytes.Buffer safe for the goroutines of a running bot.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestRunKeepsRetryingAnUnreachableBotAPI(t *testing.T) {
	env := dbEnv(t)
	env["BRIEFBOT_TELEGRAM_TOKEN"] = telegramtest.Token
	env["BRIEFBOT_CONFIG"] = writeConfig(t, "telegram:\n  api_endpoint: "+closedEndpoint(t)+"\n")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var waits []time.Duration
	sleep := func(ctx context.Context, d time.Duration) error {
		waits = append(waits, d)
		if len(waits) == 6 {
			cancel() // SIGTERM, after six failed attempts
		}
		return ctx.Err()
	}
	out, errs, code := runService(ctx, env, sleep, "run")
	if code != 0 {
		t.Fatalf("exit %d, want 0 (stopped by the signal):\n%s", code, errs)
	}
	if got := strings.Count(errs, "Bot API not reachable; retrying"); got != 6 {
		t.Errorf("%d retry log lines, want 6:\n%s", got, errs)
	}
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 16 * time.Second, 32 * time.Second}
	if !equalDurations(waits, want) {
		t.Errorf("waits %v, want %v", waits, want)
	}
	if strings.Contains(errs+out, telegramtest.Token) || strings.Contains(errs+out, "TEST-token") {
		t.Errorf("the token was printed:\n%s", errs)
	}
}

func equalDurations(a, b []time.Duration) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestRunStopsOnARefusedToken(t *testing.T) {
	fake := telegramtest.New(t)
	env := dbEnv(t)
	env["BRIEFBOT_TELEGRAM_TOKEN"] = "654321:WRONG-token"
	env["BRIEFBOT_CONFIG"] = writeConfig(t, "telegram:\n  api_endpoint: "+fake.Endpoint()+"\n")
	_, errs, code := runService(context.Background(), env, nil, "run")
	if code != 2 || !strings.Contains(errs, "Telegram refused the bot token") {
		t.Errorf("exit %d, want 2 with a clear message:\n%s", code, errs)
	}
	if strings.Contains(errs, "WRONG-token") {
		t.Errorf("the token was printed:\n%s", errs)
	}
}

func TestRunWithoutTerminalServesUntilStopped(t *testing.T) {
	env := dbEnv(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logs := &watchWriter{want: "serving until stopped", seen: make(chan struct{})}
	out := &syncBuffer{}
	done := make(chan int)
	go func() {
		done <- Main(ctx, Env{
			Args: []string{"run"}, Getenv: func(k string) string { return env[k] },
			Stdin: strings.NewReader("/help\n"), Stdout: out, Stderr: logs,
			Now: func() time.Time { return fixedNow },
		})
	}()
	select {
	case code := <-done:
		t.Fatalf("run returned (exit %d) before it was stopped:\n%s", code, logs.String())
	case <-logs.seen:
	}
	cancel() // SIGTERM
	if code := <-done; code != 0 {
		t.Errorf("exit %d:\n%s", code, logs.String())
	}
	if out.String() != "" {
		t.Errorf("the console answered standard input without a terminal:\n%s", out.String())
	}
}

// watchWriter is a log that closes seen once want has been written to it.
type watchWriter struct {
	syncBuffer
	want string
	seen chan struct{}
	once sync.Once
}

func (w *watchWriter) Write(p []byte) (int, error) {
	n, err := w.syncBuffer.Write(p)
	if strings.Contains(w.syncBuffer.String(), w.want) {
		w.once.Do(func() { close(w.seen) })
	}
	return n, err
}

func TestDoctor(t *testing.T) {
	fake := telegramtest.New(t)
	env := dbEnv(t)
	if _, errs, code := runCLI(t, env, "", "samples", "load"); code != 0 {
		t.Fatal(errs)
	}
	env["BRIEFBOT_CONFIG"] = writeConfig(t, "telegram:\n  api_endpoint: "+fake.Endpoint()+"\n")
	t.Run("healthy", func(t *testing.T) {
		env := cloneEnv(env)
		env["BRIEFBOT_TELEGRAM_TOKEN"] = telegramtest.Token
		out, errs, code := runCLI(t, env, "", "doctor")
		if code != 0 || !strings.Contains(out, "Nothing to fix") || !strings.Contains(out, "integrity ok") ||
			!strings.Contains(out, "the bot is @") {
			t.Errorf("exit %d:\n%s%s", code, out, errs)
		}
	})
	t.Run("refused token", func(t *testing.T) {
		env := cloneEnv(env)
		env["BRIEFBOT_TELEGRAM_TOKEN"] = "654321:WRONG-token"
		out, _, code := runCLI(t, env, "", "doctor")
		if code != 1 || !strings.Contains(out, "FAIL  telegram") || !strings.Contains(out, "@BotFather") || strings.Contains(out, "WRONG") {
			t.Errorf("exit %d:\n%s", code, out)
		}
	})
	t.Run("unreachable", func(t *testing.T) {
		env := cloneEnv(env)
		env["BRIEFBOT_TELEGRAM_TOKEN"] = telegramtest.Token
		env["BRIEFBOT_CONFIG"] = writeConfig(t, "telegram:\n  api_endpoint: "+closedEndpoint(t)+"\n")
		out, _, code := runCLI(t, env, "", "doctor")
		if code != 1 || !strings.Contains(out, "cannot be reached") || strings.Contains(out, telegramtest.Token) {
			t.Errorf("exit %d:\n%s", code, out)
		}
	})
	t.Run("bad config", func(t *testing.T) {
		env := cloneEnv(env)
		env["BRIEFBOT_CONFIG"] = writeConfig(t, "ops:\n  listen: nowhere\nbrief:\n  max_items: 99\n")
		out, _, code := runCLI(t, env, "", "doctor")
		if code != 1 || !strings.Contains(out, "ops.listen") || !strings.Contains(out, "max_items") {
			t.Errorf("exit %d, want every problem of the config:\n%s", code, out)
		}
	})
	t.Run("articles without summary", func(t *testing.T) {
		db := teststore.OpenPath(t, env["BRIEFBOT_DB"])
		as, err := db.ArticlesAfter(context.Background(), 0, false, 2)
		if err == nil {
			for _, a := range as {
				err = db.SetSummary(context.Background(), a.ID, briefbot.Summary{}, "summarize panicked")
			}
		}
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		out, _, _ := runCLI(t, env, "", "doctor")
		if !strings.Contains(out, "2 articles have no summary") || !strings.Contains(out, "briefbot resummarize") {
			t.Errorf("doctor does not point at resummarize:\n%s", out)
		}
		out, errs, code := runCLI(t, env, "", "resummarize")
		if code != 0 || !strings.Contains(out, "2 summaries written") {
			t.Errorf("resummarize: exit %d:\n%s%s", code, out, errs)
		}
		if out, _, _ := runCLI(t, env, "", "doctor"); strings.Contains(out, "no summary") {
			t.Errorf("after resummarize:\n%s", out)
		}
	})
}

func cloneEnv(env map[string]string) map[string]string {
	out := make(map[string]string, len(env))
	for k, v := range env {
		out[k] = v
	}
	return out
}

package main

import (
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"briefbot/bot/telegram/telegramtest"
)

// One user sends 60 commands while another sends one, to the real binary
// over a fake Bot API on loopback, and the flooding chat's first reply is
// told to wait 3 s (429), longer than the bound: the other's reply comes
// within 2 s of the updates reaching briefbot, measured in real time.
func TestBinaryAnswersAnotherUserDuringAFlood(t *testing.T) {
	fake := telegramtest.New(t)
	var mu sync.Mutex
	var delivered time.Time
	polls, refused := 0, false
	answered := make(chan time.Time, 1)
	stop := make(chan struct{})
	defer close(stop)
	fake.SetIntercept(func(w http.ResponseWriter, r *http.Request, method string, form url.Values) bool {
		mu.Lock()
		defer mu.Unlock()
		switch {
		case method == "getUpdates" && polls == 0:
			polls++
			delivered = time.Now() // the fake answers with the 61 updates
		case method == "getUpdates":
			mu.Unlock()
			select { // later polls wait for news, as Telegram's long poll does
			case <-r.Context().Done():
			case <-stop:
			}
			mu.Lock()
			telegramtest.WriteJSON(w, map[string]any{"ok": true, "result": []any{}})
			return true
		case method == "sendMessage" && form.Get("chat_id") == "1" && !refused:
			refused = true
			telegramtest.WriteJSON(w, telegramtest.TooManyRequests(3))
			return true
		case method == "sendMessage" && form.Get("chat_id") == "2":
			answered <- time.Now()
		}
		return false
	})
	for range 60 {
		fake.Say(1, "private", 1, "/brief korea", 0)
	}
	fake.Say(2, "private", 2, "/brief korea", 0)

	dir := t.TempDir()
	cfg := filepath.Join(dir, "briefbot.yaml")
	mustWrite(t, cfg, "telegram:\n  api_endpoint: "+fake.Endpoint()+"\n")
	env := map[string]string{"BRIEFBOT_DB": filepath.Join(dir, "briefbot.db"), "BRIEFBOT_CONFIG": cfg, "BRIEFBOT_TELEGRAM_TOKEN": telegramtest.Token}
	p := start(t, env, "run")
	var at time.Time
	select {
	case at = <-answered:
	case <-p.wait:
		t.Fatalf("briefbot ended before answering:\n%s", p.stderr())
	case <-time.After(time.Minute):
		t.Fatalf("no reply to the other user in a minute:\n%s", p.stderr())
	}
	mu.Lock()
	took := at.Sub(delivered)
	mu.Unlock()
	t.Logf("the other user's reply came %v after the updates reached briefbot", took)
	if took > 2*time.Second {
		t.Errorf("the other user's reply took %v, want within 2 s", took)
	}
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := p.exit(t); code != 0 {
		t.Fatalf("exit %d after SIGTERM:\n%s", code, p.stderr())
	}
	var flood, slowDowns int
	for _, c := range fake.Took("sendMessage") {
		if c.Form.Get("chat_id") == "1" {
			flood++
			if strings.Contains(c.Form.Get("text"), "Slow down") {
				slowDowns++
			}
		}
	}
	if flood != 22 || slowDowns != 1 {
		t.Errorf("%d sendMessage calls to the flooding chat (%d slow-downs); want the refused one, 20 briefs and one slow-down", flood, slowDowns)
	}
	if strings.Contains(p.stderr(), telegramtest.Token) {
		t.Error("the token reached the log")
	}
}

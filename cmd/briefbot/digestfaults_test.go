package main

// Digests under the faults of a real network and of real processes: the
// real Telegram client against the fake Bot API, real SQLite, and for the
// process tests the real binary, killed.

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot/telegram"
	"briefbot/bot/telegram/telegramtest"
	"briefbot/internal/testclock"
	"briefbot/storage/teststore"
)

// subscribeChats subscribes n private Telegram chats, ids from first on, to
// topic at local time hhmm in zone, made two days before now.
func subscribeChats(t *testing.T, db briefbot.SubscriptionStore, first int64, n int, topic, hhmm, zone string, now time.Time) []briefbot.Subscription {
	t.Helper()
	var subs []briefbot.Subscription
	for i := range int64(n) {
		s, err := db.Subscribe(context.Background(), briefbot.Subscription{
			Chat: telegram.ChatRef(first + i), Topic: topic, LocalTime: hhmm, Zone: zone, Created: now.Add(-48 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		subs = append(subs, s)
	}
	return subs
}

// digestsByChat counts the digest messages the fake took, by chat id.
func digestsByChat(calls []telegramtest.Call) map[string]int {
	n := map[string]int{}
	for _, c := range calls {
		if strings.Contains(c.Form.Get("text"), "digest") {
			n[c.Form.Get("chat_id")]++
		}
	}
	return n
}

func TestLostAnswersAreNeverResent(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	subs := subscribeChats(t, h.app.store, 1, 12, "korea", "09:00", "UTC", fixedNow)
	dropped := map[string]bool{"3": true, "7": true} // Telegram takes the message, the connection drops
	hung := map[string]bool{"5": true, "11": true}   // the answer comes after the client's time-out
	release := make(chan struct{})
	defer close(release)
	h.fake.SetIntercept(func(w http.ResponseWriter, r *http.Request, method string, form url.Values) bool {
		switch chat := form.Get("chat_id"); {
		case method != "sendMessage":
			return false
		case dropped[chat]:
			return telegramtest.DropAfterRecording(w, r, method, form)
		case hung[chat]:
			select {
			case <-r.Context().Done(): // the client gave up
			case <-release:
			}
			return true
		}
		return false
	})
	tg, err := h.app.telegramBot(ctx, &http.Client{Timeout: 300 * time.Millisecond}, nil)
	if err != nil {
		t.Fatal(err)
	}
	clock := testclock.New(fixedNow)
	s := h.app.newScheduler(tg)
	s.Clock = clock
	for range 11 { // 09:00, then ten minutes of ticks
		if err := s.Tick(ctx, clock.Now()); err != nil {
			t.Fatal(err)
		}
		clock.Add(time.Minute)
	}
	got := digestsByChat(h.fake.Took("sendMessage"))
	for _, sub := range subs {
		if n := got[sub.Chat.ID]; n != 1 {
			t.Errorf("chat %s got %d digests, want exactly 1", sub.Chat.ID, n)
		}
	}
	if m := s.Metrics.Snapshot(); m.Unknown != 4 || m.Sent != 12 {
		t.Errorf("metrics %+v, want 4 unknown outcomes among 12 sent", m)
	}
	pending, err := h.app.store.PendingDeliveries(ctx)
	if err != nil || len(pending) != 0 {
		t.Errorf("pending deliveries %+v, %v", pending, err)
	}
}

// dueNow is a local time and zone at which a digest is due a minute ago,
// on the same local date.
func dueNow(now time.Time) (hhmm, zone string) {
	zone = "UTC"
	if now.UTC().Hour() == 0 && now.UTC().Minute() < 10 {
		zone = "Asia/Tokyo" // no digest across local midnight
	}
	loc, _ := time.LoadLocation(zone)
	return now.In(loc).Add(-time.Minute).Format("15:04"), zone
}

// digestService prepares a database with the samples and n subscriptions
// due now, and the configuration of a briefbot that sends digests fast to
// the fake Bot API with a short lease.
func digestService(t *testing.T, fake *telegramtest.Fake, n int) (map[string]string, []briefbot.Subscription) {
	t.Helper()
	dir := t.TempDir()
	env := map[string]string{
		"BRIEFBOT_DB":             filepath.Join(dir, "briefbot.db"),
		"BRIEFBOT_TELEGRAM_TOKEN": telegramtest.Token,
		"BRIEFBOT_CONFIG":         filepath.Join(dir, "briefbot.yaml"),
	}
	mustWrite(t, env["BRIEFBOT_CONFIG"], "telegram:\n  api_endpoint: "+fake.Endpoint()+
		"\n  max_messages_per_second: 1000\ndigests:\n  lease: 2s\n")
	load := start(t, env, "samples", "load")
	if code := load.exit(t); code != 0 {
		t.Fatalf("samples load: %s", load.stderr())
	}
	db := teststore.OpenPath(t, env["BRIEFBOT_DB"])
	defer db.Close()
	hhmm, zone := dueNow(time.Now())
	return env, subscribeChats(t, db, 1, n, "korea", hhmm, zone, time.Now())
}

// longPolls makes the fake hold getUpdates open, as the Bot API does,
// until the client goes away; and signals on sent once n digests were
// taken.
func longPolls(t *testing.T, fake *telegramtest.Fake, n int) (sent <-chan struct{}) {
	done := make(chan struct{})
	t.Cleanup(func() { close(done) })
	reached := make(chan struct{})
	var once sync.Once
	var mu sync.Mutex
	count := 0
	fake.SetIntercept(func(_ http.ResponseWriter, r *http.Request, method string, _ url.Values) bool {
		switch method {
		case "getUpdates":
			select {
			case <-r.Context().Done():
			case <-done:
			}
			return true
		case "sendMessage":
			mu.Lock()
			count++
			if count == n {
				once.Do(func() { close(reached) })
			}
			mu.Unlock()
		}
		return false
	})
	return reached
}

// checkOnce checks that each subscription's chat got one digest; at most
// lost may have none (the one being sent when a process was killed).
func checkOnce(t *testing.T, fake *telegramtest.Fake, subs []briefbot.Subscription, lost int) {
	t.Helper()
	got := digestsByChat(fake.Took("sendMessage"))
	missing := 0
	for _, s := range subs {
		switch n := got[s.Chat.ID]; {
		case n == 0:
			missing++
		case n > 1:
			t.Errorf("chat %s got %d digests", s.Chat.ID, n)
		}
	}
	if missing > lost {
		t.Errorf("%d chats got no digest, want at most %d", missing, lost)
	}
	t.Logf("%d digests, %d chats without one", len(subs)-missing, missing)
}

func TestKilledDuringFanOutEveryChatGetsItsDigestOnce(t *testing.T) {
	n := crashCount(2000, 600)
	fake := telegramtest.New(t)
	w := watchDigests(t, fake)
	env, subs := digestService(t, fake, n)

	first := start(t, env, "run")
	first.await(t, w.reached(n/4), fmt.Sprintf("%d digests were sent", n/4))
	if err := first.cmd.Process.Kill(); err != nil { // kill -9 mid-fan-out
		t.Fatal(err)
	}
	first.exit(t)
	// The digests that may be lost: those whose attempt was recorded and
	// whose request had not left when the process died, one a worker at
	// most. The ones it had only claimed are taken over at its lease's end.
	// The restarted process must send every other.
	db := teststore.OpenPath(t, env["BRIEFBOT_DB"])
	lost, _ := heldBy(t, db, first.cmd.Process.Pid, subs, w)
	db.Close()

	again := start(t, env, "run")
	again.await(t, w.reached(n-lost), "the restarted process took the rest over")
	if err := again.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := again.exit(t); code != 0 {
		t.Errorf("exit %d:\n%s", code, again.stderr())
	}
	checkOnce(t, fake, subs, lost)
	if lost > 16 {
		t.Errorf("%d digests lost, more than the killed process's 16 workers had in flight", lost)
	}
}

func TestTwoRunsOnOneDatabaseSendEachDigestOnce(t *testing.T) {
	n := crashCount(500, 200)
	fake := telegramtest.New(t)
	env, subs := digestService(t, fake, n)
	all := longPolls(t, fake, n)
	a, b := start(t, env, "run"), start(t, env, "run")
	a.await(t, all, "every digest was sent")
	for _, p := range []*proc{a, b} {
		if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		if code := p.exit(t); code != 0 {
			t.Errorf("exit %d:\n%s", code, p.stderr())
		}
	}
	checkOnce(t, fake, subs, 0)
	if got := len(fake.Took("sendMessage")); got != 0 {
		t.Errorf("%d more messages after the count was checked", got)
	}
	var shared []string
	for _, p := range []*proc{a, b} {
		if strings.Contains(p.stderr(), "digests done") {
			shared = append(shared, "x")
		}
	}
	t.Logf("%d of the 2 processes sent digests", len(shared))
}

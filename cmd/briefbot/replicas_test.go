package main

// Several briefbot processes on one PostgreSQL database, as an operator
// runs them behind a load balancer: the real binary, the fake Bot API,
// and one process killed with SIGKILL in the middle of a fan-out.

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot/telegram"
	"briefbot/bot/telegram/telegramtest"
	"briefbot/storage/postgres/pgtest"
)

// replicaService prepares a PostgreSQL database with the samples and n
// subscriptions due now, and the environment of replicas that send at
// most rate digests a second each to the fake.
func replicaService(t testing.TB, fake *telegramtest.Fake, n, rate int) (map[string]string, []briefbot.Subscription) {
	dir := t.TempDir()
	env := map[string]string{
		"BRIEFBOT_DB":             pgtest.NewDatabase(t),
		"BRIEFBOT_TELEGRAM_TOKEN": telegramtest.Token,
		"BRIEFBOT_CONFIG":         dir + "/briefbot.yaml",
	}
	mustWrite(t, env["BRIEFBOT_CONFIG"], fmt.Sprintf("telegram:\n  api_endpoint: %s\n  max_messages_per_second: %d\ndigests:\n  lease: 2s\n", fake.Endpoint(), rate))
	load := start(t, env, "samples", "load") // dated from the real clock, as the replicas run
	if code := load.exit(t); code != 0 {
		t.Fatalf("samples load: %s", load.stderr())
	}
	db := pgtest.OpenURL(t, env["BRIEFBOT_DB"])
	defer db.Close()
	hhmm, zone := dueNow(time.Now())
	subs := make([]briefbot.Subscription, n)
	var wg sync.WaitGroup
	for w := range 8 { // subscribed eight at a time, or this set-up would take longer than the test
		wg.Go(func() {
			for i := w; i < n; i += 8 {
				s, err := db.Subscribe(context.Background(), briefbot.Subscription{
					Chat: telegram.ChatRef(int64(i + 1)), Topic: "korea", LocalTime: hhmm, Zone: zone, Created: time.Now().Add(-48 * time.Hour)})
				if err != nil {
					t.Error(err)
					return
				}
				subs[i] = s
			}
		})
	}
	wg.Wait()
	return env, subs
}

// digestWatch counts, as the fake takes them, the chats that got a
// digest, and closes the channels that wait for a count.
type digestWatch struct {
	mu      sync.Mutex
	chats   map[string]bool
	first   time.Time // when the first digest came, and the last
	last    time.Time
	waiting map[int]chan struct{}
}

// watchDigests has the fake hold getUpdates open, as the Bot API does,
// and count the chats digests are sent to.
func watchDigests(t testing.TB, fake *telegramtest.Fake) *digestWatch {
	done := make(chan struct{})
	t.Cleanup(func() { close(done) })
	w := &digestWatch{chats: map[string]bool{}, waiting: map[int]chan struct{}{}}
	fake.SetIntercept(func(_ http.ResponseWriter, r *http.Request, method string, form url.Values) bool {
		switch method {
		case "getUpdates":
			select {
			case <-r.Context().Done():
			case <-done:
			}
			return true
		case "sendMessage":
			if strings.Contains(form.Get("text"), "digest") {
				w.took(form.Get("chat_id"))
			}
		}
		return false
	})
	return w
}

func (w *digestWatch) took(chat string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	now := time.Now()
	if w.first.IsZero() {
		w.first = now
	}
	w.last = now
	w.chats[chat] = true
	for n, ch := range w.waiting {
		if len(w.chats) >= n {
			close(ch)
			delete(w.waiting, n)
		}
	}
}

// reached returns a channel closed once n chats got a digest.
func (w *digestWatch) reached(n int) <-chan struct{} {
	w.mu.Lock()
	defer w.mu.Unlock()
	ch := make(chan struct{})
	if len(w.chats) >= n {
		close(ch)
		return ch
	}
	w.waiting[n] = ch
	return ch
}

// await waits for ch while the processes run; it fails the test when
// every one of them has ended first.
func awaitAny(t testing.TB, ch <-chan struct{}, what string, ps ...*proc) {
	t.Helper()
	ended := make(chan struct{})
	go func() {
		for _, p := range ps {
			<-p.wait
		}
		close(ended)
	}()
	select {
	case <-ch:
	case <-ended:
		t.Fatalf("the processes ended before %s", what)

	}
}

func TestReplicasKilledDuringFanOutEveryChatGetsItsDigestOnce(t *testing.T) {
	n := crashCount(10000, 2000)
	fake := telegramtest.New(t)
	w := watchDigests(t, fake)
	env, subs := replicaService(t, fake, n, 1000)
	replicas := []*proc{start(t, env, "run"), start(t, env, "run"), start(t, env, "run")}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("a replica's log:\n%s", replicas[1].stderr())
		}
	})
	dead, alive := replicas[0], replicas[1:]
	awaitAny(t, w.reached(n/4), fmt.Sprintf("%d digests were sent", n/4), replicas...)
	if err := dead.cmd.Process.Kill(); err != nil { // kill -9 mid-fan-out
		t.Fatal(err)
	}
	dead.exit(t)
	// What the dead one held: its digests being sent may have reached the
	// chat or not, and count as sent; the ones it had only claimed are
	// sent by the others once its lease ends.
	lost, claimed := heldBy(t, pgtest.OpenURL(t, env["BRIEFBOT_DB"]), dead.cmd.Process.Pid, subs, w)
	awaitAny(t, w.reached(n-lost), "every digest but those lost in the killed process was sent", alive...)
	for _, p := range alive {
		if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		if code := p.exit(t); code != 0 {
			t.Errorf("exit %d:\n%s", code, p.stderr())
		}
	}
	checkOnce(t, fake, subs, lost)
	t.Logf("killed after %d of %d digests, holding %d claimed and %d lost; digests sent over %v",
		n/4, n, claimed, lost, w.last.Sub(w.first).Round(time.Millisecond))
	for i, p := range alive {
		if got := sentBy(p.stderr()); got == 0 {
			t.Errorf("surviving replica %d sent no digest: the work was not shared", i+1)
		} else {
			t.Logf("surviving replica %d sent %d digests", i+1, got)
		}
	}
	if lost > 16 {
		t.Errorf("%d digests lost, more than the killed process's 16 workers had in flight", lost)
	}
}

// sentBy adds up the digests a process's log says it sent.
func sentBy(log string) int {
	total := 0
	for _, m := range regexp.MustCompile(`msg="digests done" digests=\d+ sent=(\d+)`).FindAllStringSubmatch(log, -1) {
		n, _ := strconv.Atoi(m[1])
		total += n
	}
	return total
}

// heldBy counts the pending deliveries the process pid held: those whose
// part was being sent and that the fake has not taken (the chat got no
// digest, and will not: a part being sent counts as sent), and those only
// claimed, which another process takes over at the lease's end.
func heldBy(t *testing.T, log briefbot.DeliveryLog, pid int, subs []briefbot.Subscription, w *digestWatch) (lost, claimed int) {
	t.Helper()
	pending, err := log.PendingDeliveries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	chat := map[int64]string{}
	for _, s := range subs {
		chat[s.ID] = s.Chat.ID
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, d := range pending {
		switch {
		case !strings.Contains(d.Owner, fmt.Sprintf(":%d:", pid)):
		case d.State != briefbot.DeliverySending:
			claimed++
		case !w.chats[chat[d.SubscriptionID]]:
			lost++
		}
	}
	return lost, claimed
}

// BenchmarkReplicaFanOut sends digests due the same minute from one and
// from three replicas on one PostgreSQL database, each sending at most
// rate messages a second (its share of the bot's limit, as an operator
// sets max_messages_per_second; the fake Bot API has no limit of its
// own), and reports the digests a second from the first to the last. A
// replica claims a digest as it sends it, so three share the minute's
// digests and send three times as fast.
func BenchmarkReplicaFanOut(b *testing.B) {
	const n, rate = 1200, 40
	speed := map[int]float64{}
	for _, replicas := range []int{1, 3} {
		b.Run(fmt.Sprintf("replicas=%d", replicas), func(b *testing.B) {
			for range b.N {
				fake := telegramtest.New(b)
				w := watchDigests(b, fake)
				env, _ := replicaService(b, fake, n, rate)
				var ps []*proc
				for range replicas {
					ps = append(ps, start(b, env, "run"))
				}
				awaitAny(b, w.reached(n), "every digest was sent", ps...)
				for _, p := range ps {
					if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
						b.Fatal(err)
					}
					p.exit(b)
				}
				speed[replicas] = float64(n-1) / w.last.Sub(w.first).Seconds()
				b.ReportMetric(speed[replicas], "digests/s")
			}
		})
	}
	if speed[1] > 0 {
		b.Logf("3 replicas: %.2f× one replica (%d digests, at most %d a second each)", speed[3]/speed[1], n, rate)
	}
}

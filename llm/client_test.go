package llm

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestConcurrencyNeverExceedsTheLimit(t *testing.T) {
	const limit, calls = 2, 8
	f := newFakeAPI(t)
	arrived, release := make(chan struct{}, calls), make(chan struct{})
	var mu sync.Mutex
	inFlight, most := 0, 0
	f.reply = func(sentRequest) (int, string) {
		mu.Lock()
		inFlight++
		most = max(most, inFlight)
		mu.Unlock()
		arrived <- struct{}{}
		<-release
		mu.Lock()
		inFlight--
		mu.Unlock()
		return 200, completion(t, map[string]string{"ok": "yes"}, 1)
	}
	var log bytes.Buffer
	c := f.client(&log)
	c.Limit = NewLimiter(limit)
	var wg sync.WaitGroup
	for range calls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out map[string]string
			if err := c.Ask(context.Background(), Prompt{Task: TaskSummarize}, &out); err != nil {
				t.Error(err)
			}
		}()
	}
	// Wait until every call is either at the server or held back by the
	// limit; then each request the server lets go lets one more in.
	n := 0
	for n+int(c.Limit.waiting.Load()) < calls {
		select {
		case <-arrived:
			n++
		default:
			runtime.Gosched()
		}
	}
	for ; n < calls; n++ {
		release <- struct{}{}
		<-arrived
	}
	close(release)
	wg.Wait()
	if most != limit {
		t.Errorf("at most %d requests in flight, want the limit %d", most, limit)
	}
}

func TestBudgetStopsCalls(t *testing.T) {
	f := newFakeAPI(t)
	f.reply = func(sentRequest) (int, string) { return 200, completion(t, map[string]string{}, 600) }
	var log bytes.Buffer
	c := f.client(&log)
	clock := &fixedClock{t: time.Date(2025, 3, 5, 8, 0, 0, 0, time.UTC)}
	c.Budget = &Budget{Max: 1000, Now: clock.Now, Log: c.Log}
	var errs []string
	for range 4 {
		var out map[string]string
		errs = append(errs, ReasonOf(c.Ask(context.Background(), Prompt{}, &out)))
	}
	if got := f.requests(); got != 2 {
		t.Errorf("requests = %d, want 2: 600 tokens, 1200, then none", got)
	}
	if got, want := strings.Join(errs, ","), ",,budget,budget"; got != want {
		t.Errorf("reasons = %q, want %q: two calls, then the budget refuses", got, want)
	}
	if n := strings.Count(log.String(), "daily token budget is spent"); n != 1 {
		t.Errorf("the budget is logged %d times, want once:\n%s", n, log.String())
	}
	clock.Add(24 * time.Hour)
	var out map[string]string
	if err := c.Ask(context.Background(), Prompt{}, &out); err != nil || f.requests() != 3 {
		t.Errorf("the next day: err %v, %d requests; want a new budget", err, f.requests())
	}
}

func TestKeyIsInNoLogLineOrError(t *testing.T) {
	f := newFakeAPI(t)
	// A hosted API quotes a wrong key back in its error.
	f.reply = func(r sentRequest) (int, string) {
		return 401, `{"error": {"message": "Incorrect API key provided: ` + strings.TrimPrefix(r.Auth, "Bearer ") + `"}}`
	}
	var log bytes.Buffer
	s := newSummarizer(f, &log)
	var out modelSummary
	err := s.Client.Ask(context.Background(), summaryPrompt(article, "en"), &out)
	if err == nil || ReasonOf(err) != ReasonStatus || !strings.Contains(err.Error(), "401") {
		t.Fatalf("err = %v, want the 401", err)
	}
	if _, err := s.Summarize(context.Background(), article); err != nil {
		t.Fatal(err)
	}
	s.Client.BaseURL = "http://127.0.0.1:1/v1" // nothing listens: a transport error
	s.Summarize(context.Background(), article)
	text := err.Error() + "\n" + log.String()
	if !strings.Contains(log.String(), "[redacted]") || strings.Count(log.String(), "\n") != 2 {
		t.Errorf("log = %q, want two lines with the key redacted", log.String())
	}
	if strings.Contains(text, testKey) || strings.Contains(text, testKey[3:]) {
		t.Errorf("the key shows:\n%s", text)
	}
}

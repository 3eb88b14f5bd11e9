package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/summarize"
)

var article = briefbot.Document{
	Title: "Hyundai opens a battery plant near Séoul",
	Text: "Hyundai Motor opened a battery plant in Hwaseong, near Séoul, on Tuesday, the company said.\n" +
		"Chief executive Chang Jae-hoon said the plant would employ 2,000 people by 2026.",
	Lang:      "en",
	Published: time.Date(2025, 3, 5, 9, 0, 0, 0, time.UTC),
	Cleaned:   true,
}

// good is a summary the article supports, with its names folded
// differently from the text ("seoul", "HWASEONG").
var good = modelSummary{
	Who: []string{"Hyundai Motor", "Chang Jae-hoon"}, What: "Hyundai Motor opened a battery plant",
	Where: []string{"HWASEONG", "seoul"}, When: "2025-03-04", WhenText: "on Tuesday",
	Summary: "Hyundai Motor opened a battery plant in Hwaseong, near Seoul, on Tuesday.",
}

func newSummarizer(f *fakeAPI, log *bytes.Buffer) *Summarizer {
	c := f.client(log)
	return &Summarizer{Offline: summarize.New(), Client: c, Log: c.Log}
}

func offline(t *testing.T) briefbot.Summary {
	t.Helper()
	s, err := summarize.New().Summarize(context.Background(), article)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestValidSummaryIsUsed(t *testing.T) {
	f := newFakeAPI(t)
	f.reply = func(sentRequest) (int, string) { return 200, completion(t, good, 420) }
	var log bytes.Buffer
	s := newSummarizer(f, &log)
	var tokens int
	s.Client.OnTokens = func(task string, n int) { tokens += n }
	got, err := s.Summarize(context.Background(), article)
	if err != nil {
		t.Fatal(err)
	}
	want := briefbot.Summary{Who: good.Who, What: good.What, Where: good.Where, When: good.When,
		WhenText: good.WhenText, Summary: good.Summary, Lang: "en"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("summary = %+v\nwant the model's %+v", got, want)
	}
	req := f.last()
	if req.Path != "/v1/chat/completions" || req.Auth != "Bearer "+testKey || req.Format != "json_schema" || req.Body.Model != "test-model" {
		t.Errorf("request to %s, auth %q, format %q, model %q", req.Path, req.Auth, req.Format, req.Body.Model)
	}
	if !strings.Contains(req.Body.Messages[1].Content, "Chang Jae-hoon") || !strings.Contains(req.Body.Messages[1].Content, "Published: 2025-03-05") {
		t.Errorf("the article is not what was sent: %q", req.Body.Messages[1].Content)
	}
	if tokens != 420 {
		t.Errorf("tokens counted = %d, want the server's 420", tokens)
	}
}

func TestSummaryFallsBack(t *testing.T) {
	bad := func(edit func(*modelSummary)) string {
		m := good
		m.Who = append([]string(nil), good.Who...)
		edit(&m)
		return completion(t, m, 10)
	}
	for _, tc := range []struct {
		name, reason string
		status       int
		body         string
	}{
		{"invalid JSON", ReasonJSON, 200, completion(t, `{"who": ["Hyundai"`, 10)},
		{"no completion", ReasonJSON, 200, `{"error": "busy"}`},
		{"hallucinated name", ReasonInvalid, 200, bad(func(m *modelSummary) { m.Who = append(m.Who, "Elon Musk") })},
		{"place not in the article", ReasonInvalid, 200, bad(func(m *modelSummary) { m.Where = []string{"Busan"} })},
		{"date a year off", ReasonInvalid, 200, bad(func(m *modelSummary) { m.When = "2023-03-04" })},
		{"date unreadable", ReasonInvalid, 200, bad(func(m *modelSummary) { m.When = "Tuesday" })},
		{"what too long", ReasonInvalid, 200, bad(func(m *modelSummary) { m.What = strings.Repeat("word ", 26) })},
		{"server error", ReasonStatus, 500, `{"error": {"message": "internal"}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeAPI(t)
			f.reply = func(sentRequest) (int, string) { return tc.status, tc.body }
			var log bytes.Buffer
			s := newSummarizer(f, &log)
			var reasons []string
			s.Client.OnFallback = func(task, reason string) { reasons = append(reasons, task+"/"+reason) }
			got, err := s.Summarize(context.Background(), article)
			if err != nil {
				t.Fatal(err)
			}
			if want := offline(t); !reflect.DeepEqual(got, want) {
				t.Errorf("summary = %+v\nwant the offline %+v", got, want)
			}
			if want := []string{"summarize/" + tc.reason}; !reflect.DeepEqual(reasons, want) {
				t.Errorf("fallbacks counted = %v, want %v", reasons, want)
			}
			if lines := strings.Count(log.String(), "\n"); lines != 1 || !strings.Contains(log.String(), "reason="+tc.reason) {
				t.Errorf("log = %q, want one line with the reason", log.String())
			}
		})
	}
}

func TestSummaryTimeoutFallsBack(t *testing.T) {
	f := newFakeAPI(t)
	release := make(chan struct{})
	defer close(release)
	f.reply = func(r sentRequest) (int, string) {
		select { // the server blocks until the client gives up or the test ends
		case <-r.raw.Context().Done():
		case <-release:
		}
		return 200, completion(t, good, 1)
	}
	var log bytes.Buffer
	s := newSummarizer(f, &log)
	ctx, cancel := context.WithCancel(context.Background())
	s.Client.HTTP = &http.Client{Transport: cancelOnSend{f.srv.Client().Transport, cancel}}
	got, err := s.Summarize(ctx, article)
	if err != nil {
		t.Fatal(err)
	}
	if want := offline(t); !reflect.DeepEqual(got, want) {
		t.Errorf("summary = %+v, want the offline one", got)
	}
	if !strings.Contains(log.String(), "reason=timeout") {
		t.Errorf("log = %q, want a time-out", log.String())
	}
}

// cancelOnSend ends the request's context once it is on its way, as a
// deadline that passes while the server thinks.
type cancelOnSend struct {
	rt     http.RoundTripper
	cancel context.CancelFunc
}

func (c cancelOnSend) RoundTrip(r *http.Request) (*http.Response, error) {
	c.cancel()
	return c.rt.RoundTrip(r)
}

func TestSummaryIsCachedByContent(t *testing.T) {
	f := newFakeAPI(t)
	f.reply = func(sentRequest) (int, string) { return 200, completion(t, good, 10) }
	var log bytes.Buffer
	s := newSummarizer(f, &log)
	s.Cache = &Cache{Dir: t.TempDir()}
	for range 2 {
		if _, err := s.Summarize(context.Background(), article); err != nil {
			t.Fatal(err)
		}
	}
	if got := f.requests(); got != 1 {
		t.Errorf("requests = %d, want 1: the second summary comes from the cache", got)
	}
	again := newSummarizer(f, &log) // a new process, the same cache folder
	again.Cache = &Cache{Dir: s.Cache.Dir}
	got, _ := again.Summarize(context.Background(), article)
	if f.requests() != 1 || got.What != good.What {
		t.Errorf("after a restart: %d requests, what %q; want the cached summary", f.requests(), got.What)
	}
	changed := article
	changed.Text += "\nShares rose 3%."
	s.Summarize(context.Background(), changed)
	if got := f.requests(); got != 2 {
		t.Errorf("requests = %d, want 2: another text is asked again", got)
	}
}

func TestSchemaRefusedFallsBackToJSONObject(t *testing.T) {
	f := newFakeAPI(t)
	f.reply = func(r sentRequest) (int, string) {
		if r.Format == "json_schema" {
			return 400, `{"error": {"message": "response_format type json_schema is not supported"}}`
		}
		fenced := "```json\n" + mustJSON(t, good) + "\n```" // as some models write in json_object mode
		return 200, completion(t, fenced, 10)
	}
	var log bytes.Buffer
	s := newSummarizer(f, &log)
	doc := article
	for range 2 {
		got, _ := s.Summarize(context.Background(), doc)
		if got.What != good.What {
			t.Fatalf("what = %q, want the model's through json_object", got.What)
		}
		doc.Text += " Shares rose." // another article, not served from a cache
	}
	if got := f.requests(); got != 3 {
		t.Errorf("requests = %d, want 3: one refused, then json_object at once", got)
	}
	if sys := f.last().Body.Messages[0].Content; !strings.Contains(sys, `"when_text"`) {
		t.Errorf("json_object mode does not give the schema in the instructions: %q", sys)
	}
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	js, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(js)
}

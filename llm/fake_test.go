package llm

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// fakeAPI is an httptest fake of the chat-completions API: it records each
// request and answers with what reply returns for it.
type fakeAPI struct {
	t     testing.TB
	srv   *httptest.Server
	reply func(r sentRequest) (status int, body string)

	mu   sync.Mutex
	sent []sentRequest
}

// sentRequest is one request the fake received.
type sentRequest struct {
	Path, Auth string
	Body       chatRequest
	Format     string // response_format.type
	raw        *http.Request
}

func newFakeAPI(t testing.TB) *fakeAPI {
	t.Helper()
	f := &fakeAPI{t: t}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body)
	s := sentRequest{Path: r.URL.Path, Auth: r.Header.Get("Authorization"), raw: r}
	if err := json.Unmarshal(data, &s.Body); err != nil {
		f.t.Errorf("the client sent no JSON: %v", err)
	}
	var rf struct {
		ResponseFormat struct{ Type string } `json:"response_format"`
	}
	json.Unmarshal(data, &rf)
	s.Format = rf.ResponseFormat.Type
	f.mu.Lock()
	f.sent = append(f.sent, s)
	f.mu.Unlock()
	status, body := f.reply(s)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	io.WriteString(w, body)
}

// requests is how many requests the fake has received.
func (f *fakeAPI) requests() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.sent)
}

func (f *fakeAPI) last() sentRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.sent[len(f.sent)-1]
}

// completion is a chat completion whose message is content (a JSON value
// marshalled to text when it is not a string), using tokens.
func completion(t testing.TB, content any, tokens int) string {
	t.Helper()
	text, ok := content.(string)
	if !ok {
		js, err := json.Marshal(content)
		if err != nil {
			t.Fatal(err)
		}
		text = string(js)
	}
	js, _ := json.Marshal(map[string]any{
		"choices": []any{map[string]any{"message": map[string]any{"role": "assistant", "content": text}}},
		"usage":   map[string]any{"total_tokens": tokens},
	})
	return string(js)
}

// client is a Client of the fake, with its log in buf.
func (f *fakeAPI) client(buf *bytes.Buffer) *Client {
	return &Client{BaseURL: f.srv.URL + "/v1", Model: "test-model", APIKey: testKey, HTTP: f.srv.Client(),
		Log: slog.New(slog.NewTextHandler(buf, nil))}
}

const testKey = "sk-test-0123456789abcdef"

// fixedClock is a clock the test moves by hand.
type fixedClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fixedClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *fixedClock) Add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

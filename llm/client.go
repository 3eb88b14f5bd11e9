// Package llm asks an OpenAI-compatible chat-completions endpoint (a local
// Ollama, llama.cpp server or vLLM, or a hosted API) to write summaries,
// answers and translations, and checks what it writes: anything it gets
// wrong, and any failure to reach it, leaves the offline result in place.
// It is the only package that speaks to a model server, on net/http; it
// imports only the standard library and the briefbot core.
package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"
)

// maxReplyBytes bounds a reply read from the server.
const maxReplyBytes = 1 << 20

// Client asks the model for JSON, within the concurrency limit and the
// daily token budget.
type Client struct {
	BaseURL string // e.g. http://localhost:11434/v1
	Model   string
	APIKey  string        // sent as a bearer token only; "" sends none
	HTTP    *http.Client  // nil: http.DefaultClient
	Timeout time.Duration // per request; 0: the caller's context alone
	Limit   *Limiter      // nil: no limit
	Budget  *Budget       // nil: no budget
	Log     *slog.Logger  // nil: no log
	// OnTokens and OnFallback report tokens used and offline results kept,
	// by task, to the metrics; either may be nil.
	OnTokens   func(task string, n int)
	OnFallback func(task, reason string)

	noSchema atomic.Bool // the server refused a json_schema response format
}

// Prompt is one request: the instructions, the input and the shape of the
// JSON reply.
type Prompt struct {
	Task   string         // summarize, answer or translate: for the metrics and the log
	System string         // instructions
	User   string         // the input, as text
	Name   string         // the schema's name
	Schema map[string]any // the JSON schema of the reply
}

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type chatRequest struct {
	Model          string    `json:"model"`
	Messages       []message `json:"messages"`
	Temperature    float64   `json:"temperature"` // 0, sent: the same article gets the same summary
	ResponseFormat any       `json:"response_format"`
}

type chatReply struct {
	Choices []struct {
		Message message `json:"message"`
	} `json:"choices"`
	Usage struct {
		TotalTokens int `json:"total_tokens"`
	} `json:"usage"`
}

// Ask sends p and decodes the model's JSON reply into out. Its errors are
// *Failure, with a reason and a message that never holds the API key.
func (c *Client) Ask(ctx context.Context, p Prompt, out any) error {
	if !c.Budget.allow() {
		return &Failure{Reason: ReasonBudget, Msg: "the daily token budget is spent"}
	}
	if err := c.Limit.acquire(ctx); err != nil {
		return c.failure(ReasonTimeout, err)
	}
	defer c.Limit.release()
	if c.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.Timeout)
		defer cancel()
	}
	content, err := c.complete(ctx, p)
	if err != nil {
		return err
	}
	if err := json.Unmarshal([]byte(stripFence(content)), out); err != nil {
		return c.failure(ReasonJSON, fmt.Errorf("the reply is not the JSON asked for: %w", err))
	}
	return nil
}

// complete posts the chat request, and again with a json_object format
// when the server refuses json_schema (older llama.cpp and vLLM builds).
func (c *Client) complete(ctx context.Context, p Prompt) (string, error) {
	if !c.noSchema.Load() {
		content, status, err := c.post(ctx, p.Task, c.request(p, true))
		if status != http.StatusBadRequest || !refusesSchema(err) {
			return content, err
		}
		c.noSchema.Store(true)
		c.logger().Info("llm: the server refuses json_schema; asking for json_object from now on", "url", c.endpoint())
	}
	content, _, err := c.post(ctx, p.Task, c.request(p, false))
	return content, err
}

// request builds the chat request; without schema support the schema is
// given to the model in the instructions instead.
func (c *Client) request(p Prompt, schema bool) chatRequest {
	sys := p.System
	format := any(map[string]any{"type": "json_schema", "json_schema": map[string]any{"name": p.Name, "strict": true, "schema": p.Schema}})
	if !schema {
		js, _ := json.Marshal(p.Schema)
		sys += "\n\nReply with one JSON object that follows this JSON schema:\n" + string(js)
		format = map[string]string{"type": "json_object"}
	}
	return chatRequest{Model: c.Model, Messages: []message{{"system", sys}, {"user", p.User}}, ResponseFormat: format}
}

// post sends one request and returns the reply's content and HTTP status.
func (c *Client) post(ctx context.Context, task string, body chatRequest) (string, int, error) {
	js, err := json.Marshal(body)
	if err != nil {
		return "", 0, c.failure(ReasonError, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint(), bytes.NewReader(js))
	if err != nil {
		return "", 0, c.failure(ReasonError, err)
	}
	req.Header.Set("Content-Type", "application/json")
	if c.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.APIKey)
	}
	resp, err := c.httpClient().Do(req)
	if err != nil {
		return "", 0, c.failure(reasonOf(ctx, err), err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxReplyBytes))
	if err != nil {
		return "", resp.StatusCode, c.failure(reasonOf(ctx, err), err)
	}
	if resp.StatusCode != http.StatusOK {
		return "", resp.StatusCode, c.failure(ReasonStatus, fmt.Errorf("%s: %s", resp.Status, snippet(data)))
	}
	return c.content(task, body.Messages, data, resp.StatusCode)
}

// content reads the reply and counts its tokens against the budget.
func (c *Client) content(task string, sent []message, data []byte, status int) (string, int, error) {
	var r chatReply
	if err := json.Unmarshal(data, &r); err != nil || len(r.Choices) == 0 {
		return "", status, c.failure(ReasonJSON, errors.New("the server's reply is no chat completion"))
	}
	content := r.Choices[0].Message.Content
	n := r.Usage.TotalTokens
	if n == 0 { // a server that counts nothing: about four bytes a token
		n = (len(sent[0].Content) + len(sent[1].Content) + len(content)) / 4
	}
	c.Budget.spend(n)
	if c.OnTokens != nil {
		c.OnTokens(task, n)
	}
	return content, status, nil
}

func (c *Client) endpoint() string { return strings.TrimRight(c.BaseURL, "/") + "/chat/completions" }

func (c *Client) httpClient() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	return http.DefaultClient
}

func (c *Client) logger() *slog.Logger {
	if c.Log != nil {
		return c.Log
	}
	return slog.New(slog.DiscardHandler)
}

// refusesSchema reports whether a 400 is about the response format, as
// servers without structured outputs say.
func refusesSchema(err error) bool {
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "response_format") || strings.Contains(msg, "json_schema") || strings.Contains(msg, "schema")
}

// snippet is the start of an error reply, on one line.
func snippet(data []byte) string {
	s := strings.Join(strings.Fields(string(data)), " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// stripFence removes the ```json fence some models put around JSON in
// json_object mode.
func stripFence(s string) string {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "```") {
		return s
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s, "```"), "json")
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "```"))
}

// Package telegramtest is a test kit for the Telegram adapter: an httptest
// fake of the Bot API that records every call, answers getUpdates with the
// updates a test queues, fails a method when told to, and refuses what the
// real Bot API refuses (text over 4096 UTF-16 units after entity parsing,
// HTML its parse mode cannot read), failing the test when that happens.
// It is a normal package so that the tests of several packages share it;
// only tests import it.
package telegramtest

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// The fake's bot: the token it accepts, and who getMe says the bot is.
const (
	Token       = "123456:TEST-token-not-real"
	BotID       = 999
	BotUsername = "TheBot"
)

// Intercept may answer a call itself, after the fake recorded it, as a
// network fault would; it returns true when it did.
type Intercept func(w http.ResponseWriter, r *http.Request, method string, form url.Values) bool

// Fake is the fake Bot API.
type Fake struct {
	t   testing.TB
	srv *httptest.Server

	mu        sync.Mutex
	updates   []map[string]any
	calls     []*Call
	errs      map[string][]map[string]any // by method: the error answers queued
	msgID     int                         // the id of the last message the bot sent
	polls     int                         // getUpdates calls
	onPoll    func(n int)
	onHook    func()
	chats     map[string]map[string]any // getChat: by "@username" and by id
	members   map[string]map[string]any // getChatMember: by "chat/user"
	intercept Intercept
}

// Call is one call the bot made.
type Call struct {
	Method    string
	Form      url.Values
	MessageID int // for sendMessage, the id the sent message got; for editMessageText, the id edited
	Code      int // the error code it was answered with; 0 when it succeeded or was intercepted
}

// New starts a fake Bot API, closed when the test ends. The first message
// the bot sends gets the id 101.
func New(t testing.TB) *Fake {
	f := &Fake{t: t, errs: map[string][]map[string]any{}, msgID: 100,
		chats: map[string]map[string]any{}, members: map[string]map[string]any{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// Endpoint is the API endpoint format the SDK takes.
func (f *Fake) Endpoint() string { return f.srv.URL + "/bot%s/%s" }

// Client is an HTTP client for the fake.
func (f *Fake) Client() *http.Client { return f.srv.Client() }

// Close stops the fake: requests to it then fail to connect.
func (f *Fake) Close() { f.srv.Close() }

// OnPoll has fn called with the number of each getUpdates call.
func (f *Fake) OnPoll(fn func(n int)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.onPoll = fn
}

// OnHook has fn called on each setWebhook.
func (f *Fake) OnHook(fn func()) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.onHook = fn
}

// SetIntercept sets (or, with nil, clears) the fake's intercept.
func (f *Fake) SetIntercept(fn Intercept) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.intercept = fn
}

// Took returns the calls of the methods named made so far, in order, and
// forgets them.
func (f *Fake) Took(methods ...string) []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	var got []Call
	var rest []*Call
	for _, c := range f.calls {
		if slices.Contains(methods, c.Method) {
			got = append(got, *c)
		} else {
			rest = append(rest, c)
		}
	}
	f.calls = rest
	return got
}

// Fail makes the next call of method fail with code and, when seconds is
// more than 0, a retry_after of seconds (as a 429 has).
func (f *Fake) Fail(method string, code, seconds int, description string) {
	e := map[string]any{"ok": false, "error_code": code, "description": description}
	if seconds > 0 {
		e["parameters"] = map[string]any{"retry_after": seconds}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.errs[method] = append(f.errs[method], e)
}

// FailMigrated makes the next call of method fail as sent to a group that
// became the supergroup to.
func (f *Fake) FailMigrated(method string, to int64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.errs[method] = append(f.errs[method], map[string]any{"ok": false, "error_code": 400,
		"description": "Bad Request: group chat was upgraded to a supergroup chat",
		"parameters":  map[string]any{"migrate_to_chat_id": to}})
}

// AddChannel makes a chat known to getChat and getChatMember, as a
// channel with the status of each member given (the bot's own id
// included); a bot that is "administrator" may post.
func (f *Fake) AddChannel(id int64, username string, statuses map[int64]string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	chat := map[string]any{"id": id, "type": "channel", "title": "News " + username, "username": username}
	f.chats["@"+username] = chat
	f.chats[strconv.FormatInt(id, 10)] = chat
	for user, status := range statuses {
		f.members[strconv.FormatInt(id, 10)+"/"+strconv.FormatInt(user, 10)] = map[string]any{
			"user": map[string]any{"id": user, "is_bot": user == BotID, "first_name": "X"}, "status": status,
			"can_post_messages": status == "administrator",
		}
	}
}

func (f *Fake) serve(w http.ResponseWriter, r *http.Request) {
	method, ok := strings.CutPrefix(r.URL.Path, "/bot"+Token+"/")
	if !ok {
		WriteJSON(w, apiError(401, "Unauthorized"))
		return
	}
	_ = r.ParseForm()
	c := &Call{Method: method, Form: r.PostForm}
	f.mu.Lock()
	f.calls = append(f.calls, c)
	intercept := f.intercept
	f.mu.Unlock()
	if intercept != nil && intercept(w, r, method, r.PostForm) {
		return
	}
	f.mu.Lock()
	answer := f.answer(c)
	f.mu.Unlock()
	WriteJSON(w, answer)
}

// answer is the Bot API's answer to a call; it runs under the lock.
func (f *Fake) answer(c *Call) map[string]any {
	if q := f.errs[c.Method]; len(q) > 0 {
		f.errs[c.Method] = q[1:]
		c.Code = q[0]["error_code"].(int)
		return q[0]
	}
	if desc := refused(c.Method, c.Form); desc != "" {
		f.t.Errorf("%s refused by the fake Bot API: %s", c.Method, desc)
		c.Code = 400
		return apiError(400, "Bad Request: "+desc)
	}
	if res, ok := f.lookup(c.Method, c.Form); ok {
		return map[string]any{"ok": true, "result": res}
	}
	if c.Method == "getChat" || c.Method == "getChatMember" {
		c.Code = 400
		return apiError(400, "Bad Request: chat not found")
	}
	return map[string]any{"ok": true, "result": f.result(c)}
}

// lookup answers getChat and getChatMember from the known chats.
func (f *Fake) lookup(method string, form url.Values) (map[string]any, bool) {
	var res map[string]any
	switch method {
	case "getChat":
		res = f.chats[form.Get("chat_id")]
	case "getChatMember":
		res = f.members[form.Get("chat_id")+"/"+form.Get("user_id")]
	}
	return res, res != nil
}

func (f *Fake) result(c *Call) any {
	switch c.Method {
	case "getMe":
		return botUser()
	case "getUpdates":
		return f.pollUpdates(c.Form)
	case "setWebhook":
		if f.onHook != nil {
			f.onHook()
		}
	case "sendMessage":
		f.msgID++
		c.MessageID = f.msgID
		return f.message(c)
	case "editMessageText":
		c.MessageID, _ = strconv.Atoi(c.Form.Get("message_id"))
		return f.message(c)
	}
	return true // answerCallbackQuery, setMyCommands, deleteWebhook
}

// pollUpdates answers getUpdates with the updates from the offset asked.
func (f *Fake) pollUpdates(form url.Values) []map[string]any {
	f.polls++
	if f.onPoll != nil {
		f.onPoll(f.polls)
	}
	offset, _ := strconv.Atoi(form.Get("offset"))
	var out []map[string]any
	for _, u := range f.updates {
		if u["update_id"].(int) >= offset {
			out = append(out, u)
		}
	}
	return out
}

// message is the message a sendMessage or editMessageText call made.
func (f *Fake) message(c *Call) map[string]any {
	chat, _ := strconv.ParseInt(c.Form.Get("chat_id"), 10, 64)
	return map[string]any{"message_id": c.MessageID, "date": 0, "chat": map[string]any{"id": chat, "type": "private"},
		"from": botUser(), "text": c.Form.Get("text")}
}

func botUser() map[string]any {
	return map[string]any{"id": BotID, "is_bot": true, "first_name": "Brief", "username": BotUsername}
}

func apiError(code int, description string) map[string]any {
	return map[string]any{"ok": false, "error_code": code, "description": description}
}

// WriteJSON writes v as the Bot API's JSON answer, for intercepts.
func WriteJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// TooManyRequests is the Bot API's 429, asking to wait seconds; an
// intercept writes it with WriteJSON.
func TooManyRequests(seconds int) map[string]any {
	e := apiError(429, "Too Many Requests: retry after "+strconv.Itoa(seconds))
	e["parameters"] = map[string]any{"retry_after": seconds}
	return e
}

// DropAfterRecording is an intercept that closes the connection of a
// sendMessage the fake has recorded, without an answer: Telegram took the
// message, and its answer is lost.
func DropAfterRecording(w http.ResponseWriter, _ *http.Request, method string, _ url.Values) bool {
	if method != "sendMessage" {
		return false
	}
	conn, _, err := w.(http.Hijacker).Hijack()
	if err == nil {
		conn.Close()
	}
	return true
}

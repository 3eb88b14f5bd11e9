package main

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"
)

const (
	fakeToken = "123456:TEST-token-not-real"
	fakeBotID = 999
)

// fakeTelegram is an httptest fake of the Bot API: it answers getUpdates at
// once with the queued updates from the offset asked, records every call,
// and fails a method with a queued error (429, 403) when told to.
type fakeTelegram struct {
	t       testing.TB
	srv     *httptest.Server
	mu      sync.Mutex
	updates []map[string]any
	calls   []fakeCall
	errs    map[string][]map[string]any // method → queued error responses
	msgID   int
	onPoll  func(n int)               // called with the number of each getUpdates call
	onHook  func()                    // called on setWebhook
	chats   map[string]map[string]any // getChat: by "@username" and by id
	members map[string]map[string]any // getChatMember: by "chat/user"
	polls   int
	// intercept, when set, may answer a call itself (after it is recorded),
	// as a network fault would: it returns true when it did.
	intercept func(w http.ResponseWriter, r *http.Request, method string, form url.Values) bool
}

type fakeCall struct {
	Method string
	Form   url.Values
}

func newFakeTelegram(t testing.TB) *fakeTelegram {
	f := &fakeTelegram{t: t, errs: map[string][]map[string]any{}, msgID: 100}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// endpoint is the API endpoint format the SDK takes.
func (f *fakeTelegram) endpoint() string { return f.srv.URL + "/bot%s/%s" }

func (f *fakeTelegram) serve(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot"+fakeToken+"/")
	if !ok {
		fakeWriteJSON(w, map[string]any{"ok": false, "error_code": 401, "description": "Unauthorized"})
		return
	}
	_ = r.ParseForm()
	f.mu.Lock()
	f.calls = append(f.calls, fakeCall{Method: rest, Form: r.PostForm})
	intercept := f.intercept
	f.mu.Unlock()
	if intercept != nil && intercept(w, r, rest, r.PostForm) {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if q := f.errs[rest]; len(q) > 0 {
		f.errs[rest] = q[1:]
		fakeWriteJSON(w, q[0])
		return
	}
	if desc := refusedText(rest, r.PostForm); desc != "" {
		f.t.Errorf("%s refused by the fake Bot API: %s", rest, desc)
		fakeWriteJSON(w, map[string]any{"ok": false, "error_code": 400, "description": "Bad Request: " + desc})
		return
	}
	if res, ok := f.lookup(rest, r.PostForm); ok {
		fakeWriteJSON(w, map[string]any{"ok": true, "result": res})
		return
	}
	if rest == "getChat" || rest == "getChatMember" {
		fakeWriteJSON(w, map[string]any{"ok": false, "error_code": 400, "description": "Bad Request: chat not found"})
		return
	}
	fakeWriteJSON(w, map[string]any{"ok": true, "result": f.result(rest, r.PostForm)})
}

// lookup answers getChat and getChatMember from the known chats.
func (f *fakeTelegram) lookup(method string, form url.Values) (map[string]any, bool) {
	var res map[string]any
	switch method {
	case "getChat":
		res = f.chats[form.Get("chat_id")]
	case "getChatMember":
		res = f.members[form.Get("chat_id")+"/"+form.Get("user_id")]
	}
	return res, res != nil
}

// addChannel makes a channel known, with the status of each member given
// (the bot's own id included); a bot that is "administrator" may post.
func (f *fakeTelegram) addChannel(id int64, username string, statuses map[int64]string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.chats == nil {
		f.chats, f.members = map[string]map[string]any{}, map[string]map[string]any{}
	}
	chat := map[string]any{"id": id, "type": "channel", "title": "News " + username, "username": username}
	f.chats["@"+username] = chat
	f.chats[strconv.FormatInt(id, 10)] = chat
	for user, status := range statuses {
		f.members[strconv.FormatInt(id, 10)+"/"+strconv.FormatInt(user, 10)] = map[string]any{
			"user": map[string]any{"id": user, "is_bot": user == fakeBotID, "first_name": "X"}, "status": status,
			"can_post_messages": status == "administrator",
		}
	}
}

func (f *fakeTelegram) result(method string, form url.Values) any {
	switch method {
	case "getMe":
		return fakeBotUser()
	case "getUpdates":
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
	case "setWebhook":
		if f.onHook != nil {
			f.onHook()
		}
	case "sendMessage", "editMessageText":
		f.msgID++
		chat, _ := strconv.ParseInt(form.Get("chat_id"), 10, 64)
		return map[string]any{"message_id": f.msgID, "date": 0, "chat": map[string]any{"id": chat, "type": "private"}, "from": fakeBotUser(), "text": form.Get("text")}
	}
	return true // answerCallbackQuery, setMyCommands
}

func fakeBotUser() map[string]any {
	return map[string]any{"id": fakeBotID, "is_bot": true, "first_name": "Brief", "username": "TheBot"}
}

func fakeWriteJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// push queues an update.
func (f *fakeTelegram) push(u map[string]any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	u["update_id"] = 1000 + len(f.updates)
	f.updates = append(f.updates, u)
}

// say queues a text message from a user; replyTo, when not 0, is the id of
// one of the bot's messages.
func (f *fakeTelegram) say(chat int64, chatType string, user int64, text string, replyTo int) {
	msg := map[string]any{
		"message_id": 1 + len(f.updates), "date": 0, "text": text,
		"chat": map[string]any{"id": chat, "type": chatType},
		"from": map[string]any{"id": user, "is_bot": false, "first_name": "Ana"},
	}
	if replyTo != 0 {
		msg["reply_to_message"] = map[string]any{"message_id": replyTo, "date": 0, "chat": msg["chat"], "from": fakeBotUser()}
	}
	f.push(map[string]any{"message": msg})
}

// press queues a button press on one of the bot's messages.
func (f *fakeTelegram) press(chat int64, msgID int, user int64, data string) {
	f.push(map[string]any{"callback_query": map[string]any{
		"id": "cb" + strconv.Itoa(len(f.updates)), "data": data,
		"from":    map[string]any{"id": user, "is_bot": false, "first_name": "Ana"},
		"message": map[string]any{"message_id": msgID, "date": 0, "chat": map[string]any{"id": chat, "type": "private"}},
	}})
}

// fail makes the next call of method fail with code and, for 429, a
// retry_after of seconds.
func (f *fakeTelegram) fail(method string, code, seconds int, description string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	e := map[string]any{"ok": false, "error_code": code, "description": description}
	if seconds > 0 {
		e["parameters"] = map[string]any{"retry_after": seconds}
	}
	f.errs[method] = append(f.errs[method], e)
}

// failMigrated makes the next call of method fail as sent to a group that
// became the supergroup to.
func (f *fakeTelegram) failMigrated(method string, to int64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.errs[method] = append(f.errs[method], map[string]any{"ok": false, "error_code": 400,
		"description": "Bad Request: group chat was upgraded to a supergroup chat",
		"parameters":  map[string]any{"migrate_to_chat_id": to}})
}

// setIntercept sets (or, with nil, clears) the fake's intercept.
func (f *fakeTelegram) setIntercept(fn func(w http.ResponseWriter, r *http.Request, method string, form url.Values) bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.intercept = fn
}

// took returns the calls of method made so far, and forgets them.
func (f *fakeTelegram) took(method string) []fakeCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var got, rest []fakeCall
	for _, c := range f.calls {
		if c.Method == method {
			got = append(got, c)
		} else {
			rest = append(rest, c)
		}
	}
	f.calls = rest
	return got
}

// telegramTags are the tags Telegram's HTML parse mode accepts.
var telegramTags = map[string]bool{
	"b": true, "strong": true, "i": true, "em": true, "u": true, "ins": true, "s": true,
	"strike": true, "del": true, "a": true, "code": true, "pre": true, "span": true,
	"tg-spoiler": true, "blockquote": true,
}

// refusedText says why Telegram would refuse a message's text, as the real
// Bot API does: over 4096 UTF-16 units after entity parsing, or HTML it
// cannot parse. It returns "" for text Telegram takes.
func refusedText(method string, form url.Values) string {
	if method != "sendMessage" && method != "editMessageText" {
		return ""
	}
	text := form.Get("text")
	if form.Get("parse_mode") == "HTML" {
		plain, err := telegramHTML(text)
		if err != nil {
			return "can't parse entities: " + err.Error()
		}
		text = plain
	}
	if n := len(utf16.Encode([]rune(text))); n > 4096 {
		return fmt.Sprintf("message is too long (%d UTF-16 units)", n)
	}
	return ""
}

// telegramHTML checks text as Telegram's HTML parse mode reads it and
// returns the text it shows.
func telegramHTML(text string) (string, error) {
	dec := xml.NewDecoder(strings.NewReader("<m>" + text + "</m>"))
	dec.Strict = true
	var plain strings.Builder
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return plain.String(), nil
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "m" && !telegramTags[t.Name.Local] {
				return "", fmt.Errorf("unsupported start tag %q", t.Name.Local)
			}
		case xml.CharData:
			plain.Write(t)
		}
	}
}

func TestFakeRefusesWhatTelegramRefuses(t *testing.T) {
	html := func(text string) url.Values { return url.Values{"text": {text}, "parse_mode": {"HTML"}} }
	tests := []struct {
		name string
		form url.Values
		bad  bool
	}{
		{"escaped text and links", html(`<b>Korea</b> &lt;3 <a href="https://x.example/?a=1&amp;b=2">src</a>`), false},
		{"unescaped ampersand", html("Q&A"), true},
		{"unknown tag", html("<p>para</p>"), true},
		{"unclosed tag", html("<b>bold"), true},
		{"4096 units of text", url.Values{"text": {strings.Repeat("é", 4096)}}, false},
		{"4097 units after entities", html(strings.Repeat("&lt;", 4097)), true},
		{"emoji count twice", url.Values{"text": {strings.Repeat("🗞", 2049)}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := refusedText("sendMessage", tt.form) != ""; got != tt.bad {
				t.Errorf("refused = %v, want %v (%s)", got, tt.bad, refusedText("sendMessage", tt.form))
			}
		})
	}
}

package discordtest

import (
	"encoding/json"
	"io"
	"mime"
	"net/http"
)

// answer is the fake's answer to a REST call.
type answer struct {
	status int
	code   int
	body   any // marshalled to JSON; nil: no body
	header http.Header
}

func ok(body any) answer { return answer{status: http.StatusOK, body: body} }

func noContent() answer { return answer{status: http.StatusNoContent} }

func errAnswer(status, code int, message string) answer {
	return answer{status: status, code: code, body: map[string]any{"message": message, "code": code}}
}

// invalid is Discord's 400 for a body it refuses, with the problems.
func invalid(problems []string) answer {
	a := errAnswer(http.StatusBadRequest, 50035, "Invalid Form Body")
	a.body.(map[string]any)["errors"] = map[string]any{"_errors": problems}
	return a
}

func notFound() answer { return errAnswer(http.StatusNotFound, 0, "404: Not Found") }

// handler answers a call; it runs under the lock.
type handler func(c *Call, r *http.Request) answer

// routes are the REST routes the fake serves.
func (f *Fake) routes() *http.ServeMux {
	mux := http.NewServeMux()
	add := func(route string, auth bool, h handler) { mux.Handle(route, f.handle(route, auth, h)) }
	add(RouteGateway, false, f.getGateway)
	add(RouteGatewayBot, true, f.getGateway)
	add(RouteMe, true, func(*Call, *http.Request) answer { return ok(Bot().json()) })
	add(RouteDMChannel, true, f.createDM)
	add(RouteChannel, true, f.getChannel)
	add(RouteMessageCreate, true, f.createMessage)
	add(RouteMessageEdit, true, f.editMessage)
	add(RouteGlobalCommands, true, f.overwriteCommands)
	add(RouteGuildCommands, true, f.overwriteCommands)
	add(RouteCallback, false, f.callback)
	add(RouteFollowup, false, f.followup)
	add(RouteWebhookGet, false, f.webhookMessage)
	add(RouteWebhookEdit, false, f.webhookMessage)
	add(RouteWebhookDelete, false, f.webhookMessage)
	add("/", false, func(*Call, *http.Request) answer { return notFound() })
	return mux
}

// handle records a call of route and answers it: after the latency, with
// a fault if one is injected, else as Discord would.
func (f *Fake) handle(route string, auth bool, h handler) http.Handler {
	if route == "/" {
		route = RouteUnknown
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := newCall(route, r)
		f.delay(r.Context(), route)
		c.At = f.now()
		f.mu.Lock()
		a := f.decide(c, r, auth, h)
		c.Status, c.Code = a.status, a.code
		f.calls = append(f.calls, c)
		f.notify()
		f.mu.Unlock()
		write(w, a)
	})
}

// decide is the answer to a call; it runs under the lock.
func (f *Fake) decide(c *Call, r *http.Request, auth bool, h handler) answer {
	if ft, ok := f.takeFault(c.Route); ok {
		c.Fault = true
		return ft.answer(c.Route, c.At)
	}
	if auth && r.Header.Get("Authorization") != "Bot "+Token {
		return errAnswer(http.StatusUnauthorized, 0, "401: Unauthorized")
	}
	return h(c, r)
}

// newCall reads a request into a Call.
func newCall(route string, r *http.Request) *Call {
	version, _ := r.Context().Value(versionKey{}).(string)
	c := &Call{Route: route, Method: r.Method, Path: r.URL.Path, Version: version,
		Query: r.URL.Query(), Header: r.Header.Clone(),
		ChannelID: r.PathValue("channel"), GuildID: r.PathValue("guild"), MessageID: r.PathValue("message")}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		c.Body, _ = io.ReadAll(io.LimitReader(r.Body, 8<<20))
		return c
	}
	if r.ParseMultipartForm(8<<20) != nil {
		return c
	}
	if v := r.MultipartForm.Value["payload_json"]; len(v) > 0 {
		c.Body = []byte(v[0])
	}
	for _, files := range r.MultipartForm.File {
		for _, fh := range files {
			c.Files = append(c.Files, fh.Filename)
		}
	}
	return c
}

func write(w http.ResponseWriter, a answer) {
	for k, v := range a.header {
		w.Header()[k] = v
	}
	if a.body == nil {
		w.WriteHeader(a.status)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(a.status)
	_ = json.NewEncoder(w).Encode(a.body)
}

func (f *Fake) getGateway(c *Call, _ *http.Request) answer {
	body := map[string]any{"url": f.GatewayURL()}
	if c.Route == RouteGatewayBot {
		body["shards"] = 1
		body["session_start_limit"] = map[string]any{"total": 1000, "remaining": 999,
			"reset_after": 14400000, "max_concurrency": 1}
	}
	return ok(body)
}

func (f *Fake) createDM(c *Call, _ *http.Request) answer {
	var body struct {
		RecipientID string `json:"recipient_id"`
	}
	if json.Unmarshal(c.Body, &body) != nil || body.RecipientID == "" {
		return invalid([]string{"recipient_id is required"})
	}
	id := f.dmChannel(User{ID: body.RecipientID})
	c.ChannelID = id
	return ok(f.channels[id].json())
}

// botChannel is a channel the bot can view, or the error Discord answers.
func (f *Fake) botChannel(id string) (*channel, answer, bool) {
	ch := f.channels[id]
	if ch == nil {
		return nil, errAnswer(http.StatusNotFound, 10003, "Unknown Channel"), false
	}
	if ch.guild != nil && f.botPermissions(ch)&PermViewChannel == 0 {
		return nil, errAnswer(http.StatusForbidden, 50001, "Missing Access"), false
	}
	return ch, answer{}, true
}

// botPermissions are the bot's permissions in a guild channel.
func (f *Fake) botPermissions(ch *channel) int64 {
	bot, _ := ch.guild.member(BotID)
	return ch.guild.Permissions(bot, &ch.Channel)
}

func (f *Fake) getChannel(c *Call, _ *http.Request) answer {
	ch, a, found := f.botChannel(c.ChannelID)
	if !found {
		return a
	}
	return ok(ch.json())
}

func (f *Fake) createMessage(c *Call, _ *http.Request) answer {
	ch, a, found := f.botChannel(c.ChannelID)
	if !found {
		return a
	}
	if ch.guild != nil && f.botPermissions(ch)&PermSendMessages == 0 {
		return errAnswer(http.StatusForbidden, 50013, "Missing Permissions")
	}
	m, a, valid := f.newMessage(c, ch)
	if !valid {
		return a
	}
	return ok(m.json())
}

// newMessage checks a call's message and stores it in ch; it returns the
// refusal when Discord would refuse it.
func (f *Fake) newMessage(c *Call, ch *channel) (*message, answer, bool) {
	fields, problems := readMessage(c.Body, len(c.Files) > 0, true)
	if len(problems) > 0 {
		f.refuse(c.Route, problems)
		if problems[0] == emptyMessage {
			return nil, errAnswer(http.StatusBadRequest, 50006, "Cannot send an empty message"), false
		}
		return nil, invalid(problems), false
	}
	m := &message{id: f.newID(), channelID: ch.ID, fields: fields, sent: c.At}
	if ch.guild != nil {
		m.guildID = ch.guild.ID
	}
	f.messages[m.id] = m
	c.MessageID = m.id
	return m, answer{}, true
}

func (f *Fake) editMessage(c *Call, _ *http.Request) answer {
	if _, a, found := f.botChannel(c.ChannelID); !found {
		return a
	}
	m := f.messages[c.MessageID]
	if m == nil || m.channelID != c.ChannelID || m.ephemeral {
		return errAnswer(http.StatusNotFound, 10008, "Unknown Message")
	}
	return f.edit(c, m)
}

// edit applies a call's edit to m.
func (f *Fake) edit(c *Call, m *message) answer {
	fields, problems := readMessage(c.Body, len(c.Files) > 0, false)
	if len(problems) > 0 {
		f.refuse(c.Route, problems)
		return invalid(problems)
	}
	m.apply(fields, c.At)
	return ok(m.json())
}

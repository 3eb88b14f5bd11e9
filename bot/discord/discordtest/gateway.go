package discordtest

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Identify is an IDENTIFY (op 2) a client sent, with the query of the
// address it connected to.
type Identify struct {
	Token          string
	Intents        int64
	Shard          []int // [id, count]; nil when the client sent none
	Compress       bool
	LargeThreshold int
	Properties     map[string]string
	Query          url.Values // "v", "encoding"
}

// Resume is a RESUME (op 6) a client sent.
type Resume struct {
	Token, SessionID string
	Seq              int64
}

// gateway is the gateway's state, under the Fake's lock.
type gateway struct {
	conns      map[*conn]bool
	seq        int64
	identifies []Identify
	resumes    []Resume
	heartbeats int
	closed     bool
}

// conn is one client's connection.
type conn struct {
	ws    *websocket.Conn
	query url.Values

	wmu      sync.Mutex // one writer at a time, and dispatches in order
	compress bool       // under wmu

	ready bool // under the Fake's lock: identified or resumed
}

type payload struct {
	Op   int             `json:"op"`
	Data json.RawMessage `json:"d"`
	Seq  *int64          `json:"s"`
	Type *string         `json:"t"`
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// serveGateway runs one client's connection: HELLO, then the client's
// payloads until it goes.
func (f *Fake) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &conn{ws: ws, query: r.URL.Query()}
	f.mu.Lock()
	closed := f.gw.closed
	if !closed {
		f.gw.conns[c] = true
	}
	f.mu.Unlock()
	defer f.drop(c)
	if closed {
		return
	}
	hello := map[string]any{"heartbeat_interval": f.opts.HeartbeatInterval.Milliseconds()}
	if c.send(10, hello) != nil {
		return
	}
	for {
		_, msg, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var p payload
		if json.Unmarshal(msg, &p) != nil {
			c.close(4002, "Error while decoding payload.")
			return
		}
		if !f.receive(c, p) {
			return
		}
	}
}

// receive handles one payload; it returns false when it closed the
// connection.
func (f *Fake) receive(c *conn, p payload) bool {
	f.mu.Lock()
	ready := c.ready
	f.mu.Unlock()
	switch {
	case p.Op == 1:
		f.mu.Lock()
		f.gw.heartbeats++
		f.notify()
		f.mu.Unlock()
		return c.send(11, nil) == nil
	case p.Op == 2 && ready:
		c.close(4005, "Already authenticated.")
		return false
	case p.Op == 2:
		return f.identify(c, p.Data)
	case p.Op == 6 && !ready:
		return f.resume(c, p.Data)
	case !ready:
		c.close(4003, "Not authenticated.")
		return false
	case p.Op == 3 || p.Op == 4 || p.Op == 8:
		return true // presence, voice state, guild members: taken, not answered
	}
	c.close(4001, "Unknown opcode.")
	return false
}

// identify records an IDENTIFY and answers it with READY and the guilds.
func (f *Fake) identify(c *conn, data json.RawMessage) bool {
	var id struct {
		Token          string            `json:"token"`
		Intents        int64             `json:"intents"`
		Shard          []int             `json:"shard"`
		Compress       bool              `json:"compress"`
		LargeThreshold int               `json:"large_threshold"`
		Properties     map[string]string `json:"properties"`
	}
	if json.Unmarshal(data, &id) != nil {
		c.close(4002, "Error while decoding payload.")
		return false
	}
	f.mu.Lock()
	f.gw.identifies = append(f.gw.identifies, Identify{Token: id.Token, Intents: id.Intents, Shard: id.Shard,
		Compress: id.Compress, LargeThreshold: id.LargeThreshold, Properties: id.Properties, Query: c.query})
	f.notify()
	ok := id.Token == Token || id.Token == "Bot "+Token
	ready, guilds := f.readyData(id.Shard), f.guildsData()
	f.mu.Unlock()
	if !ok {
		c.close(4004, "Authentication failed.")
		return false
	}
	c.wmu.Lock()
	c.compress = id.Compress && f.opts.Compress
	c.wmu.Unlock()
	if f.dispatch(c, "READY", ready) != nil {
		return false
	}
	f.setReady(c)
	for _, g := range guilds {
		if f.dispatch(c, "GUILD_CREATE", g) != nil {
			return false
		}
	}
	return true
}

// resume answers a RESUME of the fake's session with RESUMED, and any
// other with INVALID_SESSION.
func (f *Fake) resume(c *conn, data json.RawMessage) bool {
	var r struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	_ = json.Unmarshal(data, &r)
	f.mu.Lock()
	f.gw.resumes = append(f.gw.resumes, Resume{Token: r.Token, SessionID: r.SessionID, Seq: r.Seq})
	f.notify()
	f.mu.Unlock()
	if r.SessionID != SessionID || (r.Token != Token && r.Token != "Bot "+Token) {
		return c.send(9, false) == nil
	}
	if f.dispatch(c, "RESUMED", map[string]any{}) != nil {
		return false
	}
	f.setReady(c)
	return true
}

// setReady marks the connection as identified or resumed.
func (f *Fake) setReady(c *conn) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c.ready = true
	f.notify()
}

// readyData is READY's data; it runs under the lock.
func (f *Fake) readyData(shard []int) map[string]any {
	guilds := []any{}
	for _, id := range f.guildOrder {
		guilds = append(guilds, map[string]any{"id": id, "unavailable": true})
	}
	d := map[string]any{"v": 10, "session_id": SessionID, "resume_gateway_url": f.GatewayURL(),
		"user": Bot().json(), "application": map[string]any{"id": AppID, "flags": 0},
		"guilds": guilds, "private_channels": []any{}}
	if shard != nil {
		d["shard"] = shard
	}
	return d
}

// guildsData are the GUILD_CREATEs' data; it runs under the lock.
func (f *Fake) guildsData() []map[string]any {
	var out []map[string]any
	for _, id := range f.guildOrder {
		out = append(out, f.guilds[id].json(f.now()))
	}
	return out
}

// ErrNotConnected is Dispatch's error when no client is connected.
var ErrNotConnected = errors.New("discordtest: no client is connected to the gateway")

// Dispatch sends an event (op 0, with the next sequence number) to every
// client that identified; data is marshalled to JSON.
func (f *Fake) Dispatch(event string, data any) error {
	if f.broadcast(event, data) == 0 {
		return ErrNotConnected
	}
	return nil
}

// broadcast dispatches an event to the ready clients and returns to how
// many it went.
func (f *Fake) broadcast(event string, data any) int {
	f.mu.Lock()
	var conns []*conn
	for c := range f.gw.conns {
		if c.ready {
			conns = append(conns, c)
		}
	}
	f.mu.Unlock()
	n := 0
	for _, c := range conns {
		if f.dispatch(c, event, data) == nil {
			n++
		}
	}
	return n
}

// dispatch sends one event to one client.
func (f *Fake) dispatch(c *conn, event string, data any) error {
	d, err := json.Marshal(data)
	if err != nil {
		return err
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	f.mu.Lock()
	f.gw.seq++
	seq := f.gw.seq
	f.mu.Unlock()
	msg, err := json.Marshal(payload{Op: 0, Data: d, Seq: &seq, Type: &event})
	if err != nil {
		return err
	}
	if !c.compress {
		return c.ws.WriteMessage(websocket.TextMessage, msg)
	}
	var buf bytes.Buffer
	z := zlib.NewWriter(&buf)
	_, _ = z.Write(msg)
	_ = z.Close()
	return c.ws.WriteMessage(websocket.BinaryMessage, buf.Bytes())
}

// send sends a payload other than a dispatch.
func (c *conn) send(op int, data any) error {
	d, err := json.Marshal(data)
	if err != nil {
		return err
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return c.ws.WriteJSON(payload{Op: op, Data: d})
}

// close closes the connection with a close code, as Discord does on an
// error.
func (c *conn) close(code int, text string) {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	deadline := time.Now().Add(time.Second)
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), deadline)
	_ = c.ws.Close()
}

// drop forgets a connection and closes it.
func (f *Fake) drop(c *conn) {
	f.mu.Lock()
	delete(f.gw.conns, c)
	f.notify()
	f.mu.Unlock()
	_ = c.ws.Close()
}

// DropGateway closes every gateway connection abruptly, as a network
// failure would; a client then reconnects and resumes.
func (f *Fake) DropGateway() {
	f.mu.Lock()
	conns := make([]*conn, 0, len(f.gw.conns))
	for c := range f.gw.conns {
		conns = append(conns, c)
	}
	f.mu.Unlock()
	for _, c := range conns {
		_ = c.ws.Close()
	}
}

// closeGateway drops the connections and refuses new ones.
func (f *Fake) closeGateway() {
	f.mu.Lock()
	f.gw.closed = true
	f.mu.Unlock()
	f.DropGateway()
}

// Identifies are the IDENTIFYs received so far.
func (f *Fake) Identifies() []Identify {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Identify(nil), f.gw.identifies...)
}

// Resumes are the RESUMEs received so far.
func (f *Fake) Resumes() []Resume {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Resume(nil), f.gw.resumes...)
}

// GatewayState counts what the gateway saw.
type GatewayState struct {
	Identifies, Resumes, Heartbeats int
	Connected                       int // clients connected and identified (or resumed)
}

// Gateway counts what the gateway saw so far.
func (f *Fake) Gateway() GatewayState {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.gatewayState()
}

// gatewayState runs under the lock.
func (f *Fake) gatewayState() GatewayState {
	st := GatewayState{Identifies: len(f.gw.identifies), Resumes: len(f.gw.resumes), Heartbeats: f.gw.heartbeats}
	for c := range f.gw.conns {
		if c.ready {
			st.Connected++
		}
	}
	return st
}

// WaitGateway waits until cond holds of what the gateway saw, or ctx ends.
func (f *Fake) WaitGateway(ctx context.Context, cond func(GatewayState) bool) error {
	return f.waitUntil(ctx, func() bool { return cond(f.gatewayState()) })
}

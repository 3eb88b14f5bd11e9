package discordtest

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"time"
)

// appKey is the application's key pair, the same in every run, with which
// the fake signs what it posts to an HTTP interactions endpoint.
var appKey = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))

// PublicKey is the application's public key, hex, as the developer portal
// shows it: an HTTP interactions endpoint verifies the fake's posts with it.
func PublicKey() string { return hex.EncodeToString(appKey.Public().(ed25519.PublicKey)) }

// Delivered marks, in a callback call's Header, the answer an HTTP
// interactions endpoint gave in its response.
const Delivered = "X-Discordtest-Delivered"

// DeliverTo makes the fake post interactions to an HTTP interactions
// endpoint (its full URL), signed as Discord signs them, instead of
// dispatching them on the gateway; "" goes back to the gateway. The
// endpoint's response is the interaction's callback: it is checked and
// recorded as a call of RouteCallback (with the Delivered header), its
// Since measured to the response.
func (f *Fake) DeliverTo(endpoint string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.endpoint = endpoint
}

// deliverClient posts to the endpoints.
var deliverClient = &http.Client{Timeout: 10 * time.Second}

// deliver posts an interaction in the background, and records the answer.
func (f *Fake) deliver(endpoint string, ix Interaction, payload map[string]any) {
	body, err := json.Marshal(payload)
	if err != nil {
		f.t.Errorf("discordtest: interaction %s: %v", ix.ID, err)
		return
	}
	f.deliveries.Add(1)
	go func() {
		defer f.deliveries.Done()
		status, answer, err := f.Post(context.Background(), endpoint, body, true)
		if err != nil {
			f.t.Errorf("discordtest: posting interaction %s: %v", ix.ID, err)
			return
		}
		f.recordDelivered(ix, status, answer)
	}()
}

// recordDelivered checks and records an endpoint's answer as a callback.
func (f *Fake) recordDelivered(ix Interaction, status int, body []byte) {
	path := "/interactions/" + ix.ID + "/" + ix.Token + "/callback"
	c := &Call{Route: RouteCallback, Method: http.MethodPost, Path: path, Body: body,
		Header: http.Header{Delivered: {"true"}}, At: f.now()}
	f.mu.Lock()
	defer f.mu.Unlock()
	if status != http.StatusOK {
		c.Status, c.Interaction, c.Since = status, ix.ID, c.At.Sub(ix.Sent)
	} else {
		a := f.answerCallback(c, ix.ID, ix.Token)
		c.Status, c.Code = a.status, a.code
	}
	f.calls = append(f.calls, c)
	f.notify()
}

// Post posts body to an HTTP interactions endpoint as Discord does, with
// the headers X-Signature-Ed25519 and X-Signature-Timestamp (the fake's
// clock), and returns the endpoint's status and body. With signed false
// the signature is forged, as Discord checks that endpoints refuse it.
func (f *Fake) Post(ctx context.Context, endpoint string, body []byte, signed bool) (int, []byte, error) {
	ts := strconv.FormatInt(f.now().Unix(), 10)
	sig := ed25519.Sign(appKey, append([]byte(ts), body...))
	if !signed {
		sig[0] ^= 0xff
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Discord-Interactions/1.0 (+https://discord.com)")
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	req.Header.Set("X-Signature-Timestamp", ts)
	resp, err := deliverClient.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	return resp.StatusCode, answer, err
}

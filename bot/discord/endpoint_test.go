package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"briefbot/bot"
)

// signer signs interactions as Discord does, with a key of its own.
type signer struct {
	pub  ed25519.PublicKey
	priv ed25519.PrivateKey
}

func newSigner(t *testing.T) signer {
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	return signer{pub, priv}
}

func (s signer) hex() string { return hex.EncodeToString(s.pub) }

// post posts body to url signed at the time given, as Discord would.
func (s signer) post(t *testing.T, url string, at time.Time, body string) (int, string) {
	t.Helper()
	ts := strconv.FormatInt(at.Unix(), 10)
	return postSigned(t, url, ts, hex.EncodeToString(ed25519.Sign(s.priv, []byte(ts+body))), body)
}

func postSigned(t *testing.T, url, ts, sig, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest("POST", url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if ts != "" {
		req.Header.Set(timestampHeader, ts)
	}
	if sig != "" {
		req.Header.Set(signatureHeader, sig)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, strings.TrimSpace(string(out))
}

func TestTheEndpointVerifiesEverySignature(t *testing.T) {
	key := newSigner(t)
	now := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	b := unitBot(t, newRest(t, ok), Options{Now: func() time.Time { return now },
		Interactions: Interactions{Listen: "127.0.0.1:0", PublicKey: key.hex()}})
	srv := httptest.NewServer(b.InteractionsHandler(bot.NewRouter(nil)))
	defer srv.Close()
	ping := `{"id":"1","application_id":"99","type":1,"token":"tok","version":1}`

	if code, body := key.post(t, srv.URL, now, ping); code != 200 || body != `{"type":1}` {
		t.Errorf("signed PING: %d %s, want 200 and a PONG", code, body)
	}
	other := newSigner(t)
	ts := strconv.FormatInt(now.Unix(), 10)
	for name, post := range map[string]func() (int, string){
		"signed with another key": func() (int, string) { return other.post(t, srv.URL, now, ping) },
		"no signature":            func() (int, string) { return postSigned(t, srv.URL, ts, "", ping) },
		"no timestamp": func() (int, string) {
			return postSigned(t, srv.URL, "", hex.EncodeToString(ed25519.Sign(key.priv, []byte(ping))), ping)
		},
		"a signature not in hex": func() (int, string) { return postSigned(t, srv.URL, ts, "zz", ping) },
		"the body changed": func() (int, string) {
			sig := hex.EncodeToString(ed25519.Sign(key.priv, []byte(ts+ping)))
			return postSigned(t, srv.URL, ts, sig, strings.Replace(ping, `"type":1`, `"type":2`, 1))
		},
		"signed an hour ago": func() (int, string) { return key.post(t, srv.URL, now.Add(-time.Hour), ping) },
	} {
		if code, _ := post(); code != http.StatusUnauthorized {
			t.Errorf("%s: %d, want 401", name, code)
		}
	}
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: %d, want 405", resp.StatusCode)
	}
	big := bytes.Repeat([]byte("x"), maxInteractionBytes+1)
	if code, _ := key.post(t, srv.URL, now, string(big)); code == 200 {
		t.Errorf("an interaction over %d bytes taken", maxInteractionBytes)
	}
}

func TestTheEndpointAnswersAutocompleteInItsResponse(t *testing.T) {
	key := newSigner(t)
	now := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	b := unitBot(t, newRest(t, ok), Options{Now: func() time.Time { return now },
		Interactions: Interactions{Listen: "127.0.0.1:0", PublicKey: key.hex()}})
	r := bot.NewRouter(nil)
	r.Add(bot.Command{Name: "brief", Args: "<topic>", Help: "top stories", Options: []bot.Option{{Name: "topic", Required: true,
		Complete: func(_ context.Context, req bot.Request, typed string) []string {
			return bot.PrefixMatches([]string{"korea", "kosovo", "japan", req.Chat.ID}, typed)
		}}}})
	b.register(t.Context(), r)
	srv := httptest.NewServer(b.InteractionsHandler(r))
	defer srv.Close()
	body := `{"id":"2","application_id":"99","type":4,"token":"tok","channel_id":"42","user":{"id":"7"},
		"data":{"name":"brief","type":1,"options":[{"name":"topic","type":3,"value":"ko","focused":true}]}}`
	code, got := key.post(t, srv.URL, now, body)
	if code != 200 || !strings.Contains(got, `"type":8`) || !strings.Contains(got, `"choices":[{"name":"korea","value":"korea"},{"name":"kosovo","value":"kosovo"}]`) {
		t.Errorf("autocomplete: %d %s", code, got)
	}
}

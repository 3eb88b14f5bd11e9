package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"testing"

	"briefbot"
)

// guardCases are addresses with the verdict of the guard: the refusal, or
// "" for a public address that may be fetched.
var guardCases = []struct {
	addr, refusal string
}{
	// IPv4
	{"93.184.216.34", ""},
	{"8.8.8.8", ""},
	{"127.0.0.1", "refused loopback address 127.0.0.1"},
	{"127.255.255.254", "refused loopback address 127.255.255.254"},
	{"10.1.2.3", "refused private address 10.1.2.3"},
	{"172.16.0.1", "refused private address 172.16.0.1"},
	{"172.31.255.255", "refused private address 172.31.255.255"},
	{"172.32.0.1", ""},
	{"192.168.1.1", "refused private address 192.168.1.1"},
	{"169.254.169.254", "refused link-local address 169.254.169.254"},
	{"100.64.0.1", "refused shared (CGNAT) address 100.64.0.1"},
	{"100.127.255.255", "refused shared (CGNAT) address 100.127.255.255"},
	{"100.128.0.1", ""},
	{"0.0.0.0", "refused unspecified address 0.0.0.0"},
	{"0.1.2.3", "refused unspecified address 0.1.2.3"},
	{"192.0.0.8", "refused reserved address 192.0.0.8"},
	{"192.0.2.1", "refused reserved address 192.0.2.1"},
	{"198.18.0.1", "refused reserved address 198.18.0.1"},
	{"198.51.100.1", "refused reserved address 198.51.100.1"},
	{"203.0.113.1", "refused reserved address 203.0.113.1"},
	{"240.0.0.1", "refused reserved address 240.0.0.1"},
	{"255.255.255.255", "refused reserved address 255.255.255.255"},
	{"224.0.0.1", "refused link-local address 224.0.0.1"},
	{"239.1.2.3", "refused multicast address 239.1.2.3"},

	// IPv6
	{"2606:2800:220:1:248:1893:25c8:1946", ""},
	{"2a00:1450:4007:80e::200e", ""},
	{"::1", "refused loopback address ::1"},
	{"::", "refused unspecified address ::"},
	{"fe80::1", "refused link-local address fe80::1"},
	{"fe80::1%eth0", "refused link-local address fe80::1%eth0"},
	{"fc00::1", "refused private address fc00::1"},
	{"fd00::1", "refused private address fd00::1"},
	{"fec0::1", "refused site-local address fec0::1"},
	{"feff::1", "refused site-local address feff::1"},
	{"ff02::1", "refused link-local address ff02::1"},
	{"ff01::1", "refused multicast address ff01::1"},
	{"ff0e::1", "refused multicast address ff0e::1"},
	{"2001:db8::1", "refused reserved address 2001:db8::1"},
	{"3fff::1", "refused reserved address 3fff::1"},

	// IPv4-mapped: judged as the IPv4 address.
	{"::ffff:10.0.0.1", "refused private address 10.0.0.1"},
	{"::ffff:127.0.0.1", "refused loopback address 127.0.0.1"},
	{"::ffff:93.184.216.34", ""},
	// IPv4-compatible (deprecated): refused whatever it carries.
	{"::127.0.0.1", "refused IPv4-compatible address ::7f00:1"},
	{"::10.0.0.1", "refused IPv4-compatible address ::a00:1"},
	{"::93.184.216.34", "refused IPv4-compatible address ::5db8:d822"},
	// IPv4-translated: judged by the IPv4 address it carries.
	{"::ffff:0:10.0.0.1", "refused private address ::ffff:0:a00:1 (embeds 10.0.0.1)"},
	{"::ffff:0:93.184.216.34", ""},
	// NAT64: judged by the IPv4 address it carries; local-use NAT64 refused.
	{"64:ff9b::10.0.0.1", "refused private address 64:ff9b::a00:1 (embeds 10.0.0.1)"},
	{"64:ff9b::127.0.0.1", "refused loopback address 64:ff9b::7f00:1 (embeds 127.0.0.1)"},
	{"64:ff9b::169.254.169.254", "refused link-local address 64:ff9b::a9fe:a9fe (embeds 169.254.169.254)"},
	{"64:ff9b::100.64.0.1", "refused shared (CGNAT) address 64:ff9b::6440:1 (embeds 100.64.0.1)"},
	{"64:ff9b::93.184.216.34", ""},
	{"64:ff9b:1::93.184.216.34", "refused local NAT64 address 64:ff9b:1::5db8:d822"},
	// 6to4: judged by the IPv4 address of bits 16 to 48.
	{"2002:7f00:0001::", "refused loopback address 2002:7f00:1:: (embeds 127.0.0.1)"},
	{"2002:0a00:0001::1", "refused private address 2002:a00:1::1 (embeds 10.0.0.1)"},
	{"2002:c0a8:0101:1::1", "refused private address 2002:c0a8:101:1::1 (embeds 192.168.1.1)"},
	{"2002:a9fe:a9fe::", "refused link-local address 2002:a9fe:a9fe:: (embeds 169.254.169.254)"},
	{"2002::1", "refused unspecified address 2002::1 (embeds 0.0.0.0)"},
	{"2002:5db8:d822::1", ""},
	// Teredo: refused whatever it carries.
	{"2001:0:4136:e378:8000:63bf:3fff:fdd2", "refused Teredo address 2001:0:4136:e378:8000:63bf:3fff:fdd2"},
	{"2001::1", "refused Teredo address 2001::1"},
	{"2001:1::1", ""}, // outside Teredo's /32
}

func TestCheckAddr(t *testing.T) {
	for _, tt := range guardCases {
		t.Run(tt.addr, func(t *testing.T) {
			got := ""
			if err := checkAddr(netip.MustParseAddr(tt.addr)); err != nil {
				got = err.Error()
			}
			if got != tt.refusal {
				t.Errorf("checkAddr(%s) = %q, want %q", tt.addr, got, tt.refusal)
			}
		})
	}
}

// TestDialRefusesLiteralAddresses fetches from address literals: the
// dialer's check refuses each before a packet is sent.
func TestDialRefusesLiteralAddresses(t *testing.T) {
	c := New(Options{})
	for _, tt := range guardCases {
		if tt.refusal == "" || strings.Contains(tt.addr, "%") {
			continue // public addresses would be connected to; zones are not valid in URLs here
		}
		t.Run(tt.addr, func(t *testing.T) {
			rawURL := "http://" + net.JoinHostPort(tt.addr, "80") + "/feed"
			_, err := c.Get(context.Background(), rawURL, Validators{})
			wantError(t, err, briefbot.EInvalid, tt.refusal)
		})
	}
}

func TestAllowPrivateLetsEmbeddedLoopbackThrough(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "local") })
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	rawURL := "http://" + net.JoinHostPort("::ffff:127.0.0.1", port) + "/"

	_, err := New(Options{}).Get(context.Background(), rawURL, Validators{})
	wantError(t, err, briefbot.EInvalid, "refused loopback address 127.0.0.1")

	resp, err := New(Options{AllowPrivate: true}).Get(context.Background(), rawURL, Validators{})
	if err != nil || string(resp.Body) != "local" {
		t.Errorf("with AllowPrivate: body %q, err %v; want the local server's answer", resp.Body, err)
	}
}

func TestRefusePrivateJudgesEmbeddedIPv4(t *testing.T) {
	for address, want := range map[string]string{
		"[2002:a00:1::1]:443":   "refused private address 2002:a00:1::1 (embeds 10.0.0.1)",
		"[64:ff9b::7f00:1]:80":  "refused loopback address 64:ff9b::7f00:1 (embeds 127.0.0.1)",
		"[::a00:1]:80":          "refused IPv4-compatible address ::a00:1",
		"[fec0::1]:80":          "refused site-local address fec0::1",
		"[2001::5efe:a00:1]:80": "refused Teredo address 2001::5efe:a00:1",
	} {
		if err := refusePrivate("tcp6", address, nil); err == nil || err.Error() != want {
			t.Errorf("refusePrivate(%s) = %v, want %q", address, err, want)
		}
	}
	if err := refusePrivate("tcp6", "[2002:5db8:d822::1]:443", nil); err != nil {
		t.Errorf("refusePrivate(6to4 of a public address) = %v, want nil", err)
	}
}

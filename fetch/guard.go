package fetch

import (
	"net/netip"
	"syscall"
)

// refusedError is an address that a Client without AllowPrivate does not
// connect to.
type refusedError struct {
	addr   netip.Addr
	kind   string
	embeds netip.Addr // the IPv4 address that addr carries, when that is what is refused
}

func (e *refusedError) Error() string {
	msg := "refused " + e.kind + " address " + e.addr.String()
	if e.embeds.IsValid() {
		msg += " (embeds " + e.embeds.String() + ")"
	}
	return msg
}

// blockedPrefixes are ranges that are not the public internet beyond the
// ones netip.Addr reports by itself.
var blockedPrefixes = []struct {
	prefix netip.Prefix
	kind   string
}{
	{netip.MustParsePrefix("100.64.0.0/10"), "shared (CGNAT)"},
	{netip.MustParsePrefix("0.0.0.0/8"), "unspecified"},
	{netip.MustParsePrefix("192.0.0.0/24"), "reserved"},
	{netip.MustParsePrefix("192.0.2.0/24"), "reserved"},
	{netip.MustParsePrefix("198.18.0.0/15"), "reserved"},
	{netip.MustParsePrefix("198.51.100.0/24"), "reserved"},
	{netip.MustParsePrefix("203.0.113.0/24"), "reserved"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	// IPv4-compatible addresses (RFC 4291, deprecated) are routed, where
	// they still are, straight to the IPv4 address they end with.
	{netip.MustParsePrefix("::/96"), "IPv4-compatible"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "local NAT64"},
	// Teredo (RFC 4380) hides the client's IPv4 address, and hands the
	// packet to a relay; no feed is served from one.
	{netip.MustParsePrefix("2001::/32"), "Teredo"},
	{netip.MustParsePrefix("2001:db8::/32"), "reserved"},
	{netip.MustParsePrefix("3fff::/20"), "reserved"},
	{netip.MustParsePrefix("fec0::/10"), "site-local"},
}

// embeddings are IPv6 ranges whose addresses carry an IPv4 address that a
// gateway or relay forwards the packet to; an address in one is refused
// when the IPv4 address it carries is.
var embeddings = []struct {
	prefix netip.Prefix
	at     int // where the four bytes of the IPv4 address begin
}{
	{netip.MustParsePrefix("64:ff9b::/96"), 12},    // NAT64 (RFC 6052)
	{netip.MustParsePrefix("::ffff:0:0:0/96"), 12}, // IPv4-translated (RFC 2765)
	{netip.MustParsePrefix("2002::/16"), 2},        // 6to4 (RFC 3056)
}

// embeddedIPv4 returns the IPv4 address that a carries, if it is in one of
// the embeddings.
func embeddedIPv4(a netip.Addr) (netip.Addr, bool) {
	for _, e := range embeddings {
		if e.prefix.Contains(a) {
			b := a.As16()
			return netip.AddrFrom4([4]byte(b[e.at : e.at+4])), true
		}
	}
	return netip.Addr{}, false
}

// refusePrivate is a net.Dialer Control function: it runs after DNS
// resolution, on the very address about to be connected, for every
// connection including those of redirects.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &refusedError{kind: "unparsable"}
	}
	return checkAddr(ap.Addr())
}

// checkAddr refuses any address that is not a public unicast address.
// IPv4 addresses written in IPv6 form are judged as IPv4, and so are those
// an IPv6 address carries for a gateway to reach.
func checkAddr(a netip.Addr) error {
	a = a.Unmap()
	if kind := addrKind(a); kind != "" {
		return &refusedError{addr: a, kind: kind}
	}
	if v4, ok := embeddedIPv4(a); ok {
		if kind := addrKind(v4); kind != "" {
			return &refusedError{addr: a, kind: kind, embeds: v4}
		}
	}
	return nil
}

func addrKind(a netip.Addr) string {
	switch {
	case !a.IsValid():
		return "invalid"
	case a.IsLoopback():
		return "loopback"
	case a.IsPrivate():
		return "private"
	case a.IsLinkLocalUnicast(), a.IsLinkLocalMulticast():
		return "link-local"
	case a.IsUnspecified():
		return "unspecified"
	case a.IsMulticast(), a.IsInterfaceLocalMulticast():
		return "multicast"
	}
	for _, b := range blockedPrefixes {
		if b.prefix.Contains(a) {
			return b.kind
		}
	}
	return ""
}

package fetch

import (
	"net/netip"
	"syscall"
)

// refusedError is an address that a Client without AllowPrivate does not
// connect to.
type refusedError struct {
	addr netip.Addr
	kind string
}

func (e *refusedError) Error() string {
	return "refused " + e.kind + " address " + e.addr.String()
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
	{netip.MustParsePrefix("198.18.0.0/15"), "reserved"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "reserved"},
	{netip.MustParsePrefix("2001:db8::/32"), "reserved"},
}

// nat64 addresses carry an IPv4 address in their last four bytes, and reach
// it through a gateway; they are judged by that address.
var nat64 = netip.MustParsePrefix("64:ff9b::/96")

func embeddedIPv4(a netip.Addr) netip.Addr {
	b := a.As16()
	return netip.AddrFrom4([4]byte(b[12:]))
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
// IPv4 addresses written in IPv6 form are judged as IPv4.
func checkAddr(a netip.Addr) error {
	a = a.Unmap()
	if kind := addrKind(a); kind != "" {
		return &refusedError{addr: a, kind: kind}
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
	if nat64.Contains(a) {
		return addrKind(embeddedIPv4(a))
	}
	for _, b := range blockedPrefixes {
		if b.prefix.Contains(a) {
			return b.kind
		}
	}
	return ""
}

package fetch

import (
	"context"
	"net"
	"net/url"
	"strings"
	"sync"
)

// hostSlots bounds the requests in flight to each host. A request waits
// for a slot of its host before it is sent; hosts nobody is waiting for
// are forgotten, so the map does not grow with every site a feed links to.
type hostSlots struct {
	per int
	mu  sync.Mutex
	by  map[string]*hostGate
}

// hostGate is one host's slots and how many requests hold or wait for one.
type hostGate struct {
	slots chan struct{}
	users int
}

func newHostSlots(per int) *hostSlots {
	return &hostSlots{per: per, by: map[string]*hostGate{}}
}

// acquire waits for a slot of host, or for ctx to end. The returned
// function gives the slot back; it must be called once.
func (h *hostSlots) acquire(ctx context.Context, host string) (release func(), err error) {
	h.mu.Lock()
	g := h.by[host]
	if g == nil {
		g = &hostGate{slots: make(chan struct{}, h.per)}
		h.by[host] = g
	}
	g.users++
	h.mu.Unlock()
	if err := ctx.Err(); err != nil { // an ended context never takes a free slot
		h.leave(host, g)
		return nil, err
	}
	select {
	case g.slots <- struct{}{}:
		return func() { <-g.slots; h.leave(host, g) }, nil
	case <-ctx.Done():
		h.leave(host, g)
		return nil, ctx.Err()
	}
}

func (h *hostSlots) leave(host string, g *hostGate) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if g.users--; g.users == 0 {
		delete(h.by, host)
	}
}

// hostKey names the host a URL reaches: its name in lower case and its
// port, the scheme's default when none is written, so that
// https://Example.org/ and https://example.org:443/ share their slots.
func hostKey(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	return net.JoinHostPort(strings.ToLower(u.Hostname()), port)
}

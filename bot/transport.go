package bot

import "net/http"

// KeptAlive is an HTTP transport, like http.DefaultTransport, that keeps up
// to n idle connections to each host instead of two. A platform sends up
// to a digest.Scheduler's workers' worth of messages at once: with idle
// connections kept, a message's request goes out on an open connection at
// once after its attempt is recorded, instead of waiting for a new
// connection (a TCP and TLS handshake) in the one window where a crash
// loses a message.
func KeptAlive(n int) *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = n
	return t
}

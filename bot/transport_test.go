package bot

import "testing"

func TestKeptAliveKeepsAConnectionForEachMessageInFlight(t *testing.T) {
	tr := KeptAlive(32)
	if tr.MaxIdleConnsPerHost != 32 || tr.Proxy == nil || tr.ForceAttemptHTTP2 != true {
		t.Errorf("transport: %d idle per host, proxy %v, http2 %v; want 32 and the default transport's settings", tr.MaxIdleConnsPerHost, tr.Proxy != nil, tr.ForceAttemptHTTP2)
	}
}

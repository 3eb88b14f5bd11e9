package doctor

import (
	"context"
	"net/http"
	"os"
	"strings"
	"time"

	"briefbot"
)

// Timeout bounds each network check.
const Timeout = 10 * time.Second

// Store is what the database checks read.
type Store interface {
	SchemaVersion(ctx context.Context) (int, error)
	Check(ctx context.Context) (problems []string, err error) // an integrity check
	ArticleStats(ctx context.Context) (briefbot.ArticleStats, error)
	AllSubscriptions(ctx context.Context) ([]briefbot.Subscription, error)
	Feeds(ctx context.Context) ([]briefbot.Feed, error)
}

// Missing reports whether the database file at path does not exist yet,
// with a warning saying so, since opening it would create it.
func (r *Report) Missing(path string) bool {
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		return false
	}
	r.Warn("database", "%s does not exist yet; briefbot creates it at the first start (check the path if you expected one)", path)
	return true
}

// Database checks the store at path: its schema, its integrity and what it
// holds, the time zones of its subscriptions, and its feeds.
func (r *Report) Database(ctx context.Context, path string, s Store) {
	r.store(ctx, path, s)
	r.zones(ctx, s)
	r.feeds(ctx, s)
}

func (r *Report) store(ctx context.Context, path string, s Store) {
	v, err := s.SchemaVersion(ctx)
	if err != nil {
		r.Fail("database", "%s: %s", path, OneLine(err))
		return
	}
	problems, err := s.Check(ctx)
	switch {
	case err != nil:
		r.Fail("database", "%s: the integrity check could not run: %s", path, OneLine(err))
	case len(problems) > 0:
		r.Fail("database", "%s is damaged (%s) — stop briefbot and restore the last backup", path, strings.Join(problems, "; "))
	}
	healthy := err == nil && len(problems) == 0
	st, err := s.ArticleStats(ctx)
	if err != nil {
		r.Fail("database", "%s: %s", path, OneLine(err))
		return
	}
	if healthy {
		r.OK("database", "%s: schema %d, %d articles (%d samples), integrity ok", path, v, st.Articles, st.Samples)
	}
	if st.Unsummarized > 0 {
		r.Warn("summaries", "%d articles have no summary (the summarizer failed on them) — run briefbot resummarize", st.Unsummarized)
	}
}

// zones checks that time-zone data loads for every subscription's zone,
// and for a few common ones.
func (r *Report) zones(ctx context.Context, s Store) {
	names := map[string]bool{"Europe/Paris": true, "America/New_York": true, "Asia/Seoul": true}
	subs, err := s.AllSubscriptions(ctx)
	if err != nil {
		r.Fail("time zones", "%s", OneLine(err))
		return
	}
	for _, sub := range subs {
		names[sub.Zone] = true
	}
	var bad []string
	for name := range names {
		if _, err := time.LoadLocation(name); err != nil {
			bad = append(bad, name)
		}
	}
	if len(bad) > 0 {
		r.Fail("time zones", "cannot load %s — install the tzdata package or set ZONEINFO", strings.Join(bad, ", "))
		return
	}
	r.OK("time zones", "%d zones load (%d subscriptions)", len(names), len(subs))
}

// feeds reports failing and disabled feeds.
func (r *Report) feeds(ctx context.Context, s Store) {
	feeds, err := s.Feeds(ctx)
	if err != nil {
		r.Fail("feeds", "%s", OneLine(err))
		return
	}
	healthy := 0
	for _, f := range feeds {
		switch {
		case !f.Enabled:
			r.Warn("feeds", "feed %d (%s) is disabled after failing: %s — fix it, then briefbot feeds remove %d and add it again", f.ID, f.URL, f.LastError, f.ID)
		case f.Failures > 0:
			r.Warn("feeds", "feed %d (%s) failed %d times in a row: %s", f.ID, f.URL, f.Failures, f.LastError)
		default:
			healthy++
		}
	}
	r.OK("feeds", "%d of %d feeds healthy", healthy, len(feeds))
}

// Platform is a chat platform to reach with its token.
type Platform struct {
	Name     string                 // as in the report: "telegram"
	API      string                 // what answers: "the Bot API"
	TokenFix string                 // what to do about a refused token
	Endpoint string                 // the configuration key of its address, for an unreachable one
	Reach    func() (string, error) // the bot's name; an EInvalid error for a refused token
}

// Reach checks that a platform answers and takes its token.
func (r *Report) Reach(p Platform) {
	name, err := p.Reach()
	switch {
	case err == nil:
		r.OK(p.Name, "%s answers: the bot is @%s", p.API, name)
	case briefbot.ErrorCode(err) == briefbot.EInvalid:
		r.Fail(p.Name, "%s — %s", OneLine(err), p.TokenFix)
	default:
		r.Fail(p.Name, "%s cannot be reached: %s — check the network, DNS, a proxy, or %s", p.API, OneLine(err), p.Endpoint)
	}
}

// Endpoint checks the operator's endpoint at listen (host:port or :port):
// a running briefbot answers there, or the address is free for one.
func (r *Report) Endpoint(ctx context.Context, listen string) {
	url := "http://" + listen + "/healthz"
	if strings.HasPrefix(listen, ":") {
		url = "http://127.0.0.1" + listen + "/healthz"
	}
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err == nil {
		var resp *http.Response
		if resp, err = http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			r.OK("ops", "%s answers %s", url, resp.Status)
			return
		}
	}
	r.OK("ops", "nothing answers on %s yet; `briefbot run` will serve /healthz, /readyz and /metrics there", listen)
}

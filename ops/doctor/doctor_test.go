package doctor

import (
	"context"
	"errors"
	"strings"
	"testing"

	"briefbot"
	"briefbot/config"
)

// fakeStore answers the database checks from fields.
type fakeStore struct {
	problems []string
	stats    briefbot.ArticleStats
	subs     []briefbot.Subscription
	feeds    []briefbot.Feed
}

func (f fakeStore) SchemaVersion(context.Context) (int, error)     { return 6, nil }
func (f fakeStore) Check(context.Context) ([]string, error)        { return f.problems, nil }
func (f fakeStore) Feeds(context.Context) ([]briefbot.Feed, error) { return f.feeds, nil }
func (f fakeStore) ArticleStats(context.Context) (briefbot.ArticleStats, error) {
	return f.stats, nil
}
func (f fakeStore) AllSubscriptions(context.Context) ([]briefbot.Subscription, error) {
	return f.subs, nil
}

func TestDatabase(t *testing.T) {
	tests := []struct {
		name   string
		store  fakeStore
		failed int
		want   []string
	}{
		{"healthy", fakeStore{stats: briefbot.ArticleStats{Articles: 40, Samples: 33}, feeds: []briefbot.Feed{{ID: 1, Enabled: true}}},
			0, []string{"ok    database    x.db: schema 6, 40 articles (33 samples), integrity ok", "ok    time zones  3 zones load (0 subscriptions)", "ok    feeds       1 of 1 feeds healthy"}},
		{"damaged", fakeStore{problems: []string{"row 3 missing from index"}},
			1, []string{"FAIL  database    x.db is damaged (row 3 missing from index) — stop briefbot and restore the last backup"}},
		{"unsummarized and a failing feed", fakeStore{stats: briefbot.ArticleStats{Unsummarized: 2},
			feeds: []briefbot.Feed{{ID: 4, URL: "https://example.org/rss", Enabled: true, Failures: 3, LastError: "404 Not Found"}}},
			0, []string{"warn  summaries   2 articles have no summary", "warn  feeds       feed 4 (https://example.org/rss) failed 3 times in a row: 404 Not Found", "0 of 1 feeds healthy"}},
		{"a zone that does not load", fakeStore{subs: []briefbot.Subscription{{Zone: "Mars/Olympus_Mons"}}},
			1, []string{"FAIL  time zones  cannot load Mars/Olympus_Mons"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r Report
			r.Database(context.Background(), "x.db", tt.store)
			var out strings.Builder
			r.Write(&out)
			if r.Failed != tt.failed {
				t.Errorf("failed = %d, want %d:\n%s", r.Failed, tt.failed, out.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("report lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
}

func TestReach(t *testing.T) {
	p := Platform{Name: "telegram", API: "the Bot API", TokenFix: "check the token", Endpoint: "telegram.api_endpoint"}
	tests := []struct {
		name  string
		reach func() (string, error)
		want  string
	}{
		{"answers", func() (string, error) { return "newsbot", nil }, "ok    telegram    the Bot API answers: the bot is @newsbot"},
		{"refused", func() (string, error) {
			return "", briefbot.Errorf(briefbot.EInvalid, "Telegram refused the bot token")
		},
			"FAIL  telegram    Telegram refused the bot token — check the token"},
		{"unreachable", func() (string, error) { return "", errors.New("dial tcp: connection\nrefused") },
			"FAIL  telegram    the Bot API cannot be reached: dial tcp: connection refused — check the network, DNS, a proxy, or telegram.api_endpoint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r Report
			p.Reach = tt.reach
			r.Reach(p)
			var out strings.Builder
			r.Write(&out)
			if !strings.Contains(out.String(), tt.want) {
				t.Errorf("got\n%s\nwant %q", out.String(), tt.want)
			}
		})
	}
}

func TestWriteCountsProblems(t *testing.T) {
	var r Report
	r.Fail("a", "one")
	r.Fail("b", "two")
	r.Warn("c", "three")
	var out strings.Builder
	r.Write(&out)
	if !strings.HasSuffix(out.String(), "2 problems to fix.\n") {
		t.Errorf("got %q", out.String())
	}
}

func TestConfig(t *testing.T) {
	tests := []struct {
		name string
		file string
		cfg  config.Config
		err  error
		ok   bool
		want string
	}{
		{"defaults", "", config.Config{}, nil, true, "ok    config      no file (the defaults): 0 feeds configured\n"},
		{"telegram and ops", "/etc/briefbot.yaml", config.Config{Feeds: make([]config.Feed, 6),
			Telegram: config.Platform{Token: "t"}, Ops: config.Ops{Listen: "127.0.0.1:9464"}},
			nil, true, "ok    config      /etc/briefbot.yaml: 6 feeds configured, telegram, ops on 127.0.0.1:9464\n"},
		{"broken", "x.yaml", config.Config{}, errors.New("ops.listen: nowhere\nmax_items: 99"), false,
			"FAIL  config      ops.listen: nowhere max_items: 99 — fix it, then run briefbot doctor again\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r Report
			if ok := r.Config(tt.file, tt.cfg, tt.err); ok != tt.ok {
				t.Errorf("ok = %v, want %v", ok, tt.ok)
			}
			var out strings.Builder
			r.Write(&out)
			if got, _, _ := strings.Cut(out.String(), "\n"); got+"\n" != tt.want {
				t.Errorf("got %q, want %q", got+"\n", tt.want)
			}
		})
	}
}

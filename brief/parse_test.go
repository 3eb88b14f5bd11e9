package brief

import (
	"strings"
	"testing"
	"time"

	"briefbot"
)

const week = 7 * 24 * time.Hour

// TestBriefParseArgs reads every /brief of the README and the topics that
// hold words looking like options: options are the trailing words that
// look like one; the topic is the rest, as typed.
func TestBriefParseArgs(t *testing.T) {
	b := &Briefer{Window: week, MaxItems: 5}
	tests := []struct {
		args   string
		topic  string
		window time.Duration
		count  int
	}{
		// the README's examples
		{"korea", "korea", week, 5},
		{"korea 3d", "korea", 72 * time.Hour, 5},
		{"japan 10", "japan", week, 10},
		{"climat 3d", "climat", 72 * time.Hour, 5},
		{"climate 3d", "climate", 72 * time.Hour, 5},
		{"corée 3d", "corée", 72 * time.Hour, 5},
		{`"kim jong un"`, `"kim jong un"`, week, 5},
		{"south korea", "south korea", week, 5},
		{`"north korea"`, `"north korea"`, week, 5},
		{"news about korea", "news about korea", week, 5},
		// the benchmark's topics and the More button's page
		{"france 3d", "france", 72 * time.Hour, 5},
		{"germany 30d", "germany", 30 * 24 * time.Hour, 5},
		{"korea 10", "korea", week, 10},
		// options in any order, in any case
		{"south korea 36h 3", "south korea", 36 * time.Hour, 3},
		{"south korea 3 36H", "south korea", 36 * time.Hour, 3},
		{"korea 366d", "korea", briefbot.MaxWindow, 5},
		// words inside a topic that look like options are the topic's
		{"g7 summit", "g7 summit", week, 5},
		{"2026 election", "2026 election", week, 5},
		{"election 2026 results", "election 2026 results", week, 5},
		{"covid-19", "covid-19", week, 5},
		{`"covid 19"`, `"covid 19"`, week, 5},
		{`"election 2026" 2w`, `"election 2026"`, 14 * 24 * time.Hour, 5},
		{"huawei 5g", "huawei 5g", week, 5},
		{"3m shares", "3m shares", week, 5},
		// a trailing number is a count, even when it was meant as the topic's
		{"covid 19", "covid", week, 19},
		// the topic stays as typed
		{"Korea", "Korea", week, 5},
		{"  korea  japan ", "korea  japan", week, 5},
		{"korea\n3d", "korea", 72 * time.Hour, 5},
	}
	for _, tt := range tests {
		t.Run(tt.args, func(t *testing.T) {
			q, err := b.ParseArgs(tt.args)
			if err != nil {
				t.Fatal(err)
			}
			if q.Topic != tt.topic || q.Window != tt.window || q.Count != tt.count {
				t.Errorf("ParseArgs(%q) = %+v; want topic %q, window %v, count %d", tt.args, q, tt.topic, tt.window, tt.count)
			}
		})
	}
}

// TestBriefParseArgsNamesTheMistake checks that each wrong /brief is
// answered with the word that is wrong and what would work.
func TestBriefParseArgsNamesTheMistake(t *testing.T) {
	b := &Briefer{Window: week, MaxItems: 5}
	tests := []struct{ args, want string }{
		{"", "Tell me a topic, like /brief korea or /brief climate 3d."},
		{"   ", "Tell me a topic, like /brief korea or /brief climate 3d."},
		{"korea 400d", "“400d” is too long: the longest window is 366 days (366d or 52w)."},
		{"korea 0h", "“0h” is not a window; the shortest is 1h."},
		{"korea 3days", "“3days” is not a window; write it 3d."},
		{"korea 3 days", "“3 days” is not a window; write it 3d, like /brief korea 3d."},
		{"korea 99", "I can show 1 to 20 stories; 99 is out of range."},
		{"korea 0", "I can show 1 to 20 stories; 0 is out of range."},
		{"election 2026", `put it in quotes: /brief "election 2026".`},
		{"boeing 737 3d", `put it in quotes: /brief "boeing 737".`},
		{"korea 3d 2d", "Give one window; I read 3d and 2d."},
		{"korea 5 10", "Give one count of stories; I read 5 and 10."},
		{"3d", "Tell me a topic before “3d”, like /brief korea 3d; to brief on “3d” itself, put it in quotes: /brief \"3d\"."},
		{"10", "Tell me a topic before “10”, like /brief korea 10"},
		{"3d 10", "Tell me a topic before “3d 10”, like /brief korea 3d 10"},
		{"korea /help", "“/help” is a command of its own; send it alone."},
	}
	for _, tt := range tests {
		t.Run(tt.args, func(t *testing.T) {
			_, err := b.ParseArgs(tt.args)
			if briefbot.ErrorCode(err) != briefbot.EInvalid {
				t.Fatalf("ParseArgs(%q) err = %v, want invalid", tt.args, err)
			}
			if msg := briefbot.ErrorMessage(err); !strings.Contains(msg, tt.want) {
				t.Errorf("ParseArgs(%q) says %q, want %q", tt.args, msg, tt.want)
			}
		})
	}
}

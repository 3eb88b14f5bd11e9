package chatargs

import (
	"slices"
	"strings"
	"testing"
)

// digits is an option test for these cases: words of digits only.
func digits(w string) bool { return strings.Trim(w, "0123456789") == "" }

func TestSplit(t *testing.T) {
	tests := []struct {
		text  string
		topic string
		opts  []string
	}{
		{"korea", "korea", nil},
		{"  south   korea  ", "south   korea", nil},
		{"korea 10", "korea", []string{"10"}},
		{"korea 3 10", "korea", []string{"3", "10"}},
		{"2026 election", "2026 election", nil},
		{"election 2026 results", "election 2026 results", nil},
		{"10", "", []string{"10"}},
		{`"covid 19"`, `"covid 19"`, nil},
		{`"covid 19" 5`, `"covid 19"`, []string{"5"}},
		{"covid\t19\n", "covid", []string{"19"}},
		{"", "", nil},
		{"   ", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			topic, opts := Split(tt.text, digits)
			if topic != tt.topic || !slices.Equal(opts, tt.opts) {
				t.Errorf("Split(%q) = %q, %q; want %q, %q", tt.text, topic, opts, tt.topic, tt.opts)
			}
		})
	}
}

package bot

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

func TestLineWritesOptionsAsTyped(t *testing.T) {
	brief := CommandInfo{Name: "brief", Options: []Option{
		{Name: "topic", Required: true}, {Name: "window"}, {Name: "count", Kind: IntegerOption, Min: 1, Max: 20},
	}}
	subscribe := CommandInfo{Name: "subscribe", Options: []Option{
		{Name: "topic"}, {Name: "time"}, {Name: "timezone"}, {Name: "notify_empty", Kind: FlagOption, Word: "notify-empty"},
	}}
	tests := []struct {
		c      CommandInfo
		values map[string]string
		want   string
	}{
		{brief, map[string]string{"topic": "south korea", "count": "5"}, "/brief south korea 5"},
		{brief, map[string]string{"count": "5", "window": " 3d ", "topic": "korea"}, "/brief korea 3d 5"},
		{brief, nil, "/brief"},
		{subscribe, map[string]string{"topic": "japan", "time": "07:30", "notify_empty": "true"}, "/subscribe japan 07:30 notify-empty"},
		{subscribe, map[string]string{"topic": "japan", "notify_empty": "false", "timezone": "Asia/Tokyo"}, "/subscribe japan Asia/Tokyo"},
		{CommandInfo{Name: "x", Options: []Option{{Name: "on", Kind: FlagOption}}}, map[string]string{"on": "true"}, "/x on"},
	}
	for _, tt := range tests {
		if got := tt.c.Line(tt.values); got != tt.want {
			t.Errorf("%s %v: Line = %q, want %q", tt.c.Name, tt.values, got, tt.want)
		}
	}
}

func TestPrefixMatches(t *testing.T) {
	zones := []string{"Europe/Paris", "America/Paramaribo", "Europe/Prague", "Asia/Seoul", "europe/paris"}
	if got, want := PrefixMatches(zones, "europe/p"), []string{"Europe/Paris", "Europe/Prague"}; !slices.Equal(got, want) {
		t.Errorf("prefix: %q, want %q", got, want)
	}
	if got, want := PrefixMatches(zones, "par"), []string{"Europe/Paris", "America/Paramaribo"}; !slices.Equal(got, want) {
		t.Errorf("inside: %q, want %q", got, want)
	}
	var many []string
	for i := range 40 {
		many = append(many, fmt.Sprint("topic", i))
	}
	if got := PrefixMatches(many, ""); len(got) != MaxSuggestions || got[0] != "topic0" {
		t.Errorf("nothing typed: %d values from %q, want the first %d", len(got), got[0], MaxSuggestions)
	}
}

func TestHelpCompletesCommandNames(t *testing.T) {
	r := NewRouter(nil)
	r.Add(Command{Name: "brief", Help: "x"}, Command{Name: "brain", Help: "x"}, Command{Name: "more", Hidden: true})
	var help CommandInfo
	for _, c := range r.Commands() {
		if c.Name == "help" {
			help = c
		}
	}
	if len(help.Options) != 1 || help.Options[0].Complete == nil {
		t.Fatalf("help options = %+v", help.Options)
	}
	if got, want := help.Options[0].Complete(context.Background(), Request{}, "/br"), []string{"brain", "brief"}; !slices.Equal(got, want) {
		t.Errorf("complete /br = %q, want %q (hidden commands left out)", got, want)
	}
}

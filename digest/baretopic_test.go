package digest

import (
	"strings"
	"testing"
)

func TestBareTopic(t *testing.T) {
	for _, topic := range []string{"korea", "south korea", `"north korea"`, "g7", "côte d'ivoire", "韓国", "covid-19", "kim jong un"} {
		if !BareTopic(topic) {
			t.Errorf("BareTopic(%q) = false, want true", topic)
		}
	}
	for _, topic := range []string{
		"", "all", "Korea", " korea", "korea ", "korea  japan", "korea\njapan", "korea\t3d",
		"korea 10", "korea 10 3d extra", "korea 3d", "korea 36h", "korea 2w", "10",
		"korea 07:00", "korea 7:30", "korea europe/paris", "korea utc", "korea notify-empty",
		"korea /unsubscribe", "korea\u00a0japan", "korea\u200bjapan", "korea\x00", "kor\xffea",
		strings.Repeat("a", 5) + "\u202e",
	} {
		if BareTopic(topic) {
			t.Errorf("BareTopic(%q) = true, want false", topic)
		}
	}
}

package eval

import (
	"context"
	"testing"

	"briefbot/summarize"
)

func TestDbgWinerMiss(t *testing.T) {
	arts, _ := LoadWiner("../../../shared/eval/winer-fr")
	for _, a := range arts[400:1000] {
		s, _ := summarize.New().Summarize(context.Background(), a.Doc)
		for _, w := range s.Who {
			if matchLabel(norm(w), a.labels(-1, "Person", "Organization")) == "" {
				t.Logf("%s who miss %q", a.ID, w)
			}
		}
		if len(s.Where) > 0 && matchLabel(norm(s.Where[0]), a.labels(-1, "Location")) == "" {
			t.Logf("%s where miss %q", a.ID, s.Where[0])
		}
	}
}

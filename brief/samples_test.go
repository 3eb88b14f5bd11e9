package brief_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"briefbot/samples"
)

// TestBriefOnSamples asks for the examples of the README on the bundled
// sample corpus.
func TestBriefOnSamples(t *testing.T) {
	arts, err := samples.Articles(now)
	if err != nil {
		t.Fatal(err)
	}
	db := mustStore(t, arts...)
	tests := []struct {
		topic   string
		want    []string // headline starts that must be found
		notWant []string
	}{
		{"korea", []string{"Séoul lance", "Pyongyang vante", "Corée du Sud : la Banque", "North Korea fires"}, nil},
		{"south korea", []string{"Séoul lance", "Corée du Sud : la Banque"}, nil},
		{`"north korea"`, []string{"Pyongyang vante", "North Korea fires"}, []string{"Corée du Sud : la Banque", "Séoul lance"}},
		{"japan", []string{"Japon : Tokyo", "Un séisme", "Tokyo begins"}, nil},
		{"corée", []string{"Séoul lance", "Pyongyang vante"}, nil},
	}
	b := briefer(db)
	for _, tt := range tests {
		t.Run(tt.topic, func(t *testing.T) {
			br, err := b.Brief(context.Background(), tt.topic, 30*24*time.Hour, 20)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range br.Stories {
				got = append(got, s.Headline)
			}
			found := func(start string) bool {
				return slices.ContainsFunc(got, func(h string) bool { return strings.HasPrefix(h, start) })
			}
			for _, h := range tt.want {
				if !found(h) {
					t.Errorf("%s: no %q among %q", tt.topic, h, got)
				}
			}
			for _, h := range tt.notWant {
				if found(h) {
					t.Errorf("%s: found %q", tt.topic, h)
				}
			}
		})
	}
}

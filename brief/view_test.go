package brief

import (
	"encoding/json"
	"testing"
	"time"

	"briefbot"
)

func TestViewShape(t *testing.T) {
	seen := time.Date(2026, 3, 9, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		br   Briefing
		want string
	}{
		{"nothing at all", Briefing{Topic: "zzz", Window: 48 * time.Hour},
			`{"topic":"zzz","window":"48h0m0s","stories":[],"older":[],"related":[]}`},
		{"one story", Briefing{Topic: "korea", Window: 7 * 24 * time.Hour, Stories: []briefbot.Story{{
			Headline: "Seoul & Tokyo meet", Summary: briefbot.Summary{What: "talks", Who: []string{}, Where: []string{"Seoul"}},
			Articles: []briefbot.Article{{Source: "Wire", URL: "https://example.org/a?x=1&y=2", Published: seen}},
		}}},
			`{"topic":"korea","window":"168h0m0s","stories":[{"headline":"Seoul \u0026 Tokyo meet","summary":{"who":[],"what":"talks","where":["Seoul"],"when":"","when_text":"","summary":"","lang":""},"seen":"2026-03-09T08:00:00Z","sources":[{"name":"Wire","url":"https://example.org/a?x=1\u0026y=2"}]}],"older":[],"related":[]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(ViewOf(tt.br))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

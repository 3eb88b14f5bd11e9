package llm

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"briefbot/ask"
)

var evidence = ask.Evidence{Question: "who chairs the consortium?", Lang: "fr", Sentences: []ask.Evident{
	{ID: "1", Sentence: "Yoon Seo-jin chairs the consortium.", Source: "Wire", Date: "2026-05-01"},
	{ID: "2", Sentence: "The consortium builds trains.", Source: "Wire"},
}}

func TestAnswerCitations(t *testing.T) {
	for _, tc := range []struct {
		name   string
		reply  modelAnswer
		want   ask.Written
		reason string // "" when the answer is taken
	}{
		{"cited", modelAnswer{Known: true, Answer: " Yoon Seo-jin. ", Cites: []string{"1"}}, ask.Written{Text: "Yoon Seo-jin.", Cites: []string{"1"}}, ""},
		{"does not know", modelAnswer{Known: false}, ask.Written{Unknown: true}, ""},
		{"uncited", modelAnswer{Known: true, Answer: "Yoon Seo-jin."}, ask.Written{}, ReasonCitation},
		{"wrongly cited", modelAnswer{Known: true, Answer: "Yoon Seo-jin.", Cites: []string{"1", "3"}}, ask.Written{}, ReasonCitation},
		{"no text", modelAnswer{Known: true, Cites: []string{"1"}}, ask.Written{}, ReasonCitation},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeAPI(t)
			f.reply = func(sentRequest) (int, string) { return 200, completion(t, tc.reply, 50) }
			var log bytes.Buffer
			c := f.client(&log)
			var fallbacks []string
			c.OnFallback = func(task, reason string) { fallbacks = append(fallbacks, task+"/"+reason) }
			got, err := (&Answerer{Client: c, Log: c.Log}).WriteAnswer(context.Background(), evidence)
			if ReasonOf(err) != tc.reason {
				t.Fatalf("err = %v, want reason %q", err, tc.reason)
			}
			if tc.reason != "" && (len(fallbacks) != 1 || fallbacks[0] != "answer/"+tc.reason || !strings.Contains(log.String(), "offline answer kept")) {
				t.Errorf("fallbacks %v, log %q; want the refusal counted and logged", fallbacks, log.String())
			}
			if got.Text != tc.want.Text || got.Unknown != tc.want.Unknown || strings.Join(got.Cites, ",") != strings.Join(tc.want.Cites, ",") {
				t.Errorf("written = %+v, want %+v", got, tc.want)
			}
			user, sys := f.last().Body.Messages[1].Content, f.last().Body.Messages[0].Content
			if !strings.Contains(user, "[1] (Wire, 2026-05-01) Yoon Seo-jin chairs") || !strings.Contains(user, "[2] (Wire, date unknown)") {
				t.Errorf("the sentences are not sent with their ids: %q", user)
			}
			if !strings.Contains(sys, "French") {
				t.Errorf("the model is not told the chat's language: %q", sys)
			}
		})
	}
}

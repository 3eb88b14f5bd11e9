package ask_test

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"briefbot/ask"
	"briefbot/bot"
)

// fakeWriter answers with written, and keeps what it was shown.
type fakeWriter struct {
	written ask.Written
	err     error
	shown   []ask.Evidence
}

func (w *fakeWriter) WriteAnswer(_ context.Context, ev ask.Evidence) (ask.Written, error) {
	w.shown = append(w.shown, ev)
	return w.written, w.err
}

func TestWriterAnswers(t *testing.T) {
	const question = "who chairs the consortium?"
	db := mustSampleStore(t)
	r, asker := askRouter(db)
	r.Handle(context.Background(), bot.Request{Chat: askChat, Text: "/brief korea"})
	offline, err := asker.Answer(context.Background(), askChat, question)
	if err != nil || !offline.Known() {
		t.Fatalf("the offline answer = %+v, %v; want one to fall back to", offline, err)
	}
	for _, tc := range []struct {
		name    string
		w       fakeWriter
		written string // "" for the offline answer
		unknown bool
	}{
		{"cites what it was shown", fakeWriter{written: ask.Written{Text: "Yoon Seo-jin chairs it.", Cites: []string{"1", "1"}}}, "Yoon Seo-jin chairs it.", false},
		{"says it does not know", fakeWriter{written: ask.Written{Unknown: true}}, "", true},
		{"cites nothing", fakeWriter{written: ask.Written{Text: "Yoon Seo-jin."}}, "", false},
		{"cites a sentence not shown", fakeWriter{written: ask.Written{Text: "Yoon Seo-jin.", Cites: []string{"1", "99"}}}, "", false},
		{"fails", fakeWriter{err: errors.New("llm: timeout")}, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := tc.w
			asker.Writer = &w
			defer func() { asker.Writer = nil }()
			ans, err := asker.AnswerIn(context.Background(), askChat, question, "fr")
			if err != nil {
				t.Fatal(err)
			}
			if len(w.shown) != 1 || w.shown[0].Lang != "fr" || w.shown[0].Question != question {
				t.Fatalf("the writer was shown %+v", w.shown)
			}
			ev := w.shown[0].Sentences
			if len(ev) == 0 || len(ev) > 12 || ev[0].ID != "1" || ev[0].Sentence == "" {
				t.Fatalf("sentences shown = %+v", ev)
			}
			switch {
			case tc.unknown:
				if ans.Known() {
					t.Errorf("answer = %+v, want I don't know", ans)
				}
			case tc.written != "":
				if ans.Written != tc.written || len(ans.Quotes) != 1 || ans.Quotes[0].Sentence != ev[0].Sentence {
					t.Errorf("answer = %+v, want the writer's, quoting sentence 1 once", ans)
				}
				if msg := ask.AnswerMessageIn(ans, "fr"); msg.Title != tc.written {
					t.Errorf("the reply heads with %q, want the written answer", msg.Title)
				}
			default:
				if !reflect.DeepEqual(ans, offline) {
					t.Errorf("answer = %+v\nwant the offline %+v", ans, offline)
				}
			}
		})
	}
}

func TestNoWriterNoChange(t *testing.T) {
	db := mustSampleStore(t)
	_, asker := askRouter(db)
	ans, err := asker.AnswerIn(context.Background(), askChat, "who won the rugby cup final?", "en")
	if err != nil || ans.Written != "" || !ans.Known() {
		t.Errorf("answer = %+v, %v; want the quotes alone", ans, err)
	}
}

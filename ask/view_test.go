package ask

import (
	"encoding/json"
	"testing"
	"time"

	"briefbot"
)

func TestViewShape(t *testing.T) {
	art := briefbot.Article{ID: 7, Source: "Wire", URL: "https://example.org/a", Published: time.Date(2026, 3, 9, 8, 0, 0, 0, time.UTC)}
	tests := []struct {
		name string
		ans  Answer
		want string
	}{
		{"unknown", Answer{Question: "why?"}, `{"question":"why?","answer":[],"known":false}`},
		{"one quote", Answer{Question: "who?", Quotes: []Quote{{Sentence: "Kim said so.", Article: art}, {Sentence: "Undated.", Article: briefbot.Article{ID: 8}}}},
			`{"question":"who?","answer":[{"sentence":"Kim said so.","source":"Wire","url":"https://example.org/a","date":"2026-03-09","article_id":7},{"sentence":"Undated.","source":"","url":"","date":"","article_id":8}],"known":true}`},
		{"a span", Answer{Question: "who?", Quotes: []Quote{{Sentence: "Kim said so.", Span: "Kim", Article: art}}},
			`{"question":"who?","answer":[{"sentence":"Kim said so.","span":"Kim","source":"Wire","url":"https://example.org/a","date":"2026-03-09","article_id":7}],"known":true}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(ViewOf(tt.ans))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

package files

import (
	"testing"
)

func TestParseJSONErrors(t *testing.T) {
	tests := []struct {
		name, file, data string
		wantN            int
		wantErr          string
	}{
		{
			name: "broken syntax names the line", file: "a.json", data: "[\n{\"title\": \"x\"},\n{\"title\" \"y\"}\n]",
			wantErr: "a.json: not valid JSON at line 3",
		},
		{
			name: "cut short", file: "a.json", data: `[{"title": "x"`,
			wantErr: "a.json: not valid JSON",
		},
		{
			name: "wrong type names the field", file: "a.json", data: `[{"title": "ok"}, {"title": 7}]`,
			wantN: 1, wantErr: `a.json: item 2: field "title" should be a string, not a number`,
		},
		{
			name: "not an object", file: "a.json", data: `[{"title": "ok"}, "just a string", 3]`,
			wantN: 1, wantErr: "a.json: item 2: not a JSON object; item 3: not a JSON object",
		},
		{
			name: "bad date", file: "a.json", data: `{"title": "x", "published": "yesterday"}`,
			wantErr: `a.json: published: "yesterday" is not a date`,
		},
		{
			name: "objects one after the other", file: "a.json", data: "{\"title\":\"a\"}\n{\"title\":\"b\"}",
			wantN: 2,
		},
		{
			name: "many broken lines are summed up", file: "a.jsonl",
			data:  "{}\n{}\n{}\n{}\n{}\n{\"title\":\"ok\"}\n",
			wantN: 1, wantErr: "a.jsonl: line 1: no title and no text; line 2: no title and no text; line 3: no title and no text; and 2 more",
		},
		{
			name: "broken line", file: "a.jsonl", data: "{\"title\":\"ok\"}\n{\"title\":\n",
			wantN: 1, wantErr: "a.jsonl: line 2: not valid JSON",
		},
		{
			name: "array on a line", file: "a.jsonl", data: "[{\"title\":\"x\"}]\n",
			wantErr: "a.jsonl: line 1: not a JSON object",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.file, []byte(tt.data), Options{})
			checkInvalid(t, err, tt.wantErr)
			if len(got) != tt.wantN {
				t.Errorf("got %d articles, want %d", len(got), tt.wantN)
			}
		})
	}
}

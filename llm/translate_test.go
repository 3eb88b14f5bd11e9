package llm

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"
)

var frLine = Line{What: "Yoon Seo-jin prend la tête du consortium", Summary: "Yoon Seo-jin dirigera le consortium, selon https://example.org/a.",
	Lang: "fr", Names: []string{"Yoon Seo-jin"}}

func translation(items ...[2]string) modelLines {
	var m modelLines
	for _, it := range items {
		m.Items = append(m.Items, struct {
			What    string `json:"what"`
			Summary string `json:"summary"`
		}{it[0], it[1]})
	}
	return m
}

func TestTranslateKeepsNamesAndLinks(t *testing.T) {
	enLine := Line{What: "Rain in Busan", Summary: "It rained.", Lang: "en"}
	for _, tc := range []struct {
		name  string
		reply modelLines
		want  string // the What of the French line after translation
	}{
		{"translated", translation([2]string{"Yoon Seo-jin heads the consortium", "Yoon Seo-jin will lead it, says https://example.org/a."}), "Yoon Seo-jin heads the consortium"},
		{"name changed", translation([2]string{"Yun Seojin heads the consortium", "Yun will lead it, says https://example.org/a."}), frLine.What},
		{"link changed", translation([2]string{"Yoon Seo-jin heads the consortium", "Yoon Seo-jin will lead it, says https://example.org/b."}), frLine.What},
		{"lines missing", translation(), frLine.What},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeAPI(t)
			f.reply = func(sentRequest) (int, string) { return 200, completion(t, tc.reply, 30) }
			var log bytes.Buffer
			c := f.client(&log)
			tr := &Translator{Client: c, Log: c.Log, Cache: &Cache{}}
			got := tr.Translate(context.Background(), []Line{enLine, frLine}, "en")
			if !reflect.DeepEqual(got[0], enLine) {
				t.Errorf("the English line = %+v, want it untouched", got[0])
			}
			if got[1].What != tc.want {
				t.Errorf("what = %q, want %q", got[1].What, tc.want)
			}
			if user := f.last().Body.Messages[1].Content; strings.Contains(user, "Busan") || !strings.Contains(user, "consortium") {
				t.Errorf("sent %q; want the French line alone", user)
			}
			tr.Translate(context.Background(), []Line{enLine, frLine}, "en")
			if want := map[bool]int{true: 1, false: 2}[tc.want != frLine.What]; f.requests() != want {
				t.Errorf("requests = %d, want %d: a translation kept is asked no more", f.requests(), want)
			}
		})
	}
}

func TestTranslateNothingToDo(t *testing.T) {
	f := newFakeAPI(t)
	var log bytes.Buffer
	tr := &Translator{Client: f.client(&log)}
	tr.Translate(context.Background(), []Line{{What: "x", Lang: "en"}, {What: "y"}}, "en")
	if f.requests() != 0 {
		t.Errorf("requests = %d, want none for lines already in English or of no known language", f.requests())
	}
}

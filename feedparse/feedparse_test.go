package feedparse

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot"
)

func mustRead(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func mustParse(tb testing.TB, name, feedURL string) Feed {
	tb.Helper()
	f, err := Parse(mustRead(tb, name), feedURL)
	if err != nil {
		tb.Fatalf("Parse(%s): %v", name, err)
	}
	return f
}

func TestParseRSS(t *testing.T) {
	f := mustParse(t, "rss.xml", "https://gazette.example/feeds/news.xml")
	if f.Title != "The Harbour Gazette" || f.Lang != "en" || f.TTL != 30*time.Minute || f.Link != "https://gazette.example/" {
		t.Errorf("feed = %q %q %v %q", f.Title, f.Lang, f.TTL, f.Link)
	}
	if len(f.Items) != 2 {
		t.Fatalf("got %d items, want 2", len(f.Items))
	}
	got := f.Items[0]
	want := Item{
		GUID:      "gazette-1041",
		Link:      "https://gazette.example/news/port-strike-ends?utm_source=rss",
		Title:     "Port strike ends after three days",
		Published: time.Date(2026, 11, 26, 8, 30, 0, 0, time.UTC),
		Summary:   "Dock workers in Southampton returned to work on Thursday.",
		Content: "Dock workers in Southampton returned to work on Thursday after a three-day strike over pay.\n" +
			"The union said members had accepted an offer of 6% this year.\n" +
			"Shipping lines expect the backlog of containers to clear by the weekend.",
		Author: "Mary Okafor",
		Lang:   "en",
	}
	compareItems(t, got, want)
	if s := f.Items[1].Summary; s != "The winter timetable starts on 1 December & runs to March." {
		t.Errorf("second summary = %q", s)
	}
	if !f.Items[1].Published.IsZero() {
		t.Errorf("undated item got %v", f.Items[1].Published)
	}
}

func compareItems(tb testing.TB, got, want Item) {
	tb.Helper()
	if !got.Published.Equal(want.Published) {
		tb.Errorf("Published = %v, want %v", got.Published, want.Published)
	}
	got.Published, want.Published = time.Time{}, time.Time{}
	if got != want {
		tb.Errorf("item =\n%#v\nwant\n%#v", got, want)
	}
}

func TestParseAtom(t *testing.T) {
	f := mustParse(t, "atom.xml", "https://courrier.example/atom")
	if f.Title != "Le Courrier du Port" || f.Lang != "fr" || len(f.Items) != 1 {
		t.Fatalf("feed = %q %q, %d items", f.Title, f.Lang, len(f.Items))
	}
	compareItems(t, f.Items[0], Item{
		GUID:      "tag:courrier.example,2026:greve",
		Link:      "https://courrier.example/actu/greve-port",
		Title:     "Grève au port : la reprise & les négociations",
		Published: time.Date(2026, 11, 26, 8, 15, 0, 0, time.UTC),
		Summary:   "Les dockers du Havre ont repris le travail jeudi.",
		Content:   "Les dockers du Havre ont repris le travail jeudi matin.\nLe syndicat a accepté une hausse de 6 %.",
		Author:    "Jeanne Martin",
		Lang:      "fr",
	})
}

func TestParseJSONFeed(t *testing.T) {
	f := mustParse(t, "feed.json", "https://wire.example/feed.json")
	if f.Title != "Wire Desk" || f.Lang != "en" || len(f.Items) != 2 {
		t.Fatalf("feed = %q %q, %d items", f.Title, f.Lang, len(f.Items))
	}
	compareItems(t, f.Items[0], Item{
		GUID:      "wire-77",
		Link:      "https://wire.example/stories/77",
		Title:     "Seoul and Tokyo agree on fishing quotas",
		Published: time.Date(2026, 11, 25, 13, 40, 0, 0, time.UTC),
		Summary:   "Negotiators reached a deal late on Wednesday.",
		Content:   "Negotiators from South Korea and Japan reached a deal late on Wednesday.\nThe quotas take effect in January.",
		Author:    "Kim Ji-won",
		Lang:      "ko",
	})
	if it := f.Items[1]; it.Content != "Shares rose on Thursday." || it.Lang != "en" {
		t.Errorf("second item content %q lang %q", it.Content, it.Lang)
	}
}

func TestParseLatin1(t *testing.T) {
	f := mustParse(t, "latin1.xml", "https://nord.example/rss")
	if f.Title != "Région Nord" || f.Lang != "fr" {
		t.Errorf("feed = %q %q", f.Title, f.Lang)
	}
	if it := f.Items[0]; it.Title != "La fête de la bière à Lille" || it.Summary != "Un événement très attendu." {
		t.Errorf("item = %q %q", it.Title, it.Summary)
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		name, data, msg string
	}{
		{"html page", "<!DOCTYPE html>\n<html><head><title>Home</title></head><body>News</body></html>", "not a feed (got an HTML page)"},
		{"html without doctype", "\n  <HTML lang=en><body><p>Welcome</p></body></HTML>", "not a feed (got an HTML page)"},
		{"html after a comment", "<!-- cached --><html><body>x</body></html>", "not a feed (got an HTML page)"},
		{"empty", "  \n", "not a feed (empty document)"},
		{"json that quotes html", `{"title": "<html> tips", "items": "none"}`, "malformed feed: json: "},
		{"plain text", "hello world", "not a feed (no RSS, Atom or JSON Feed found)"},
		{"truncated xml", `<rss version="2.0"><channel><title>x</title><item><title>a</title>`, "malformed feed: XML syntax error on line 1: unexpected EOF"},
		{"broken atom", "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>a</entry>", "malformed feed: XML syntax error"},
		{"truncated json", `{"version": "https://jsonfeed.org/version/1", "title": "x", "items": [`, "malformed feed: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.data), "https://example.com/feed")
			var be *briefbot.Error
			if !errors.As(err, &be) || be.Code != briefbot.EInvalid || !strings.HasPrefix(be.Message, tt.msg) {
				t.Fatalf("error = %#v, want EInvalid %q", err, tt.msg)
			}
			if strings.HasSuffix(tt.msg, ": ") && len(be.Message) == len(tt.msg) {
				t.Errorf("message %q gives no reason", be.Message)
			}
		})
	}
}

func TestHasFullText(t *testing.T) {
	long := strings.Repeat("word ", 130)
	para := strings.Repeat("x", 80)
	tests := []struct {
		name string
		item Item
		want bool
	}{
		{"snippet", Item{Summary: "Dock workers returned to work."}, false},
		{"long content", Item{Content: long}, true},
		{"long description", Item{Summary: long}, true},
		{"three paragraphs", Item{Content: para + "\n" + para + "\n" + para}, true},
		{"three short lines", Item{Content: "Read more\nShare\nComments"}, false},
		{"empty", Item{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HasFullText(tt.item); got != tt.want {
				t.Errorf("HasFullText = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestLangCode(t *testing.T) {
	for in, want := range map[string]string{"en-US": "en", "fr_FR": "fr", "FR": "fr", "": "", "english": "", "zh-Hant-TW": "zh"} {
		if got := briefbot.LangCode(in); got != want {
			t.Errorf("briefbot.LangCode(%q) = %q, want %q", in, got, want)
		}
	}
}

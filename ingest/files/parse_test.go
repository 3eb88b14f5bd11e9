package files

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot"
)

// fileOpt is what the format tests pass: a date and a source for files
// that lack them.
var fileOpt = Options{
	Published: time.Date(2024, 11, 5, 12, 0, 0, 0, time.UTC),
	Source:    "Local files",
}

func mustReadFile(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func utc(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, time.UTC)
}

// checkArticles compares the fields that Parse fills.
func checkArticles(t *testing.T, got, want []briefbot.Article) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d articles, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Title != w.Title || g.URL != w.URL || g.Lang != w.Lang || g.Source != w.Source ||
			g.Text != w.Text || !g.Published.Equal(w.Published) {
			t.Errorf("article %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
}

// checkInvalid checks that err is an EInvalid error whose message holds
// want, or that err is nil when want is "".
func checkInvalid(t *testing.T, err error, want string) {
	t.Helper()
	switch {
	case want == "" && err != nil:
		t.Errorf("unexpected error: %v", err)
	case want == "":
	case err == nil:
		t.Errorf("no error, want one with %q", want)
	case briefbot.ErrorCode(err) != briefbot.EInvalid:
		t.Errorf("error code %q, want %q: %v", briefbot.ErrorCode(err), briefbot.EInvalid, err)
	case !strings.Contains(err.Error(), want):
		t.Errorf("error %q, want it to contain %q", err, want)
	}
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		file    string
		want    []briefbot.Article
		wantErr string
	}{
		{file: "story-en.txt", want: []briefbot.Article{{
			Title:  "Library in Millbrook reopens after flood repairs",
			Text:   "The public library in Millbrook reopened on Monday, eight months after a flood damaged its ground floor.\nVolunteers helped move twelve thousand books back onto the shelves over the weekend, librarian Tom Oduya said.\nThe town council paid for new flooring and raised the electrical sockets above the flood line.",
			Source: "Local files", Published: fileOpt.Published,
		}}},
		{file: "lead-fr.txt", want: []briefbot.Article{{
			Title:  "La commune de Vercelles a inauguré samedi une nouvelle passerelle piétonne au-dessus de la rivière Lise",
			Text:   strings.TrimSpace(string(mustReadFile(t, "testdata/formats/lead-fr.txt"))),
			Source: "Local files", Published: fileOpt.Published,
		}}},
		{file: "page.html", want: []briefbot.Article{{
			Title: "Orchard growers expect a record apple harvest",
			URL:   "https://valley-gazette.example/farming/apple-harvest",
			Text:  "Growers in the Ashby valley expect their largest apple harvest in a decade after a mild spring and a wet summer.\nThe growers' cooperative said pickers would start on the early varieties next week.",
			Lang:  "en", Source: "Valley Gazette", Published: utc(2024, 9, 2, 6, 0),
		}}},
		{file: "page.txt", want: []briefbot.Article{{
			Title: "Le marché de Noël ouvre vendredi",
			Text:  "Le marché de Noël de Cambes ouvre vendredi avec quarante chalets sur la place centrale.",
			Lang:  "fr", Source: "Local files", Published: fileOpt.Published,
		}}},
		{file: "briefs.json", want: []briefbot.Article{{
			Title: "Bus drivers in Dunmore agree new pay deal",
			URL:   "https://dunmore-daily.example/transport/pay-deal",
			Text:  "Bus drivers in Dunmore accepted a pay offer on Tuesday, ending a month of strikes.\nServices return to the normal timetable on Thursday.",
			Lang:  "en", Source: "Dunmore Daily", Published: utc(2024, 6, 11, 8, 15),
		}, {
			Title: "Un nouveau musée ouvre à Lorvan",
			Text:  "Le musée de la batellerie de Lorvan a ouvert ses portes mercredi.",
			Lang:  "fr", Source: "Local files", Published: utc(2024, 6, 12, 0, 0),
		}}},
		{file: "single.json", want: []briefbot.Article{{
			Title:  "Snow closes mountain pass",
			Text:   "The Kessel pass closed on Saturday morning after forty centimetres of snow fell overnight.",
			Source: "Local files", Published: utc(2024, 1, 20, 7, 45),
		}}},
		{file: "export", want: []briefbot.Article{{
			Title:  "Tram line extension approved",
			Text:   "The city approved a two-kilometre tram extension.",
			Source: "Local files", Published: fileOpt.Published,
		}}},
		{file: "wire.jsonl", wantErr: "wire.jsonl: line 4: no title and no text", want: []briefbot.Article{{
			Title: "Port of Hallam handles record cargo", Text: "The port of Hallam handled a record tonnage in March.",
			Lang: "en", Source: "Local files", Published: utc(2024, 4, 2, 0, 0),
		}, {
			Title: "Grève des contrôleurs aériens à Ostrel", Text: "Les contrôleurs aériens d'Ostrel sont en grève depuis mardi.",
			Lang: "fr", Source: "Local files", Published: utc(2024, 4, 3, 10, 0),
		}, {
			Title: "Seed bank opens in Carrow", Text: "A regional seed bank opened in Carrow on Friday.",
			Source: "Carrow Herald", Published: fileOpt.Published,
		}}},
		{file: "news.rss", want: []briefbot.Article{{
			Title: "Les étangs de la Brenne accueillent les grues cendrées",
			URL:   "https://courrier-brenne.example/nature/grues",
			Text:  "Des milliers de grues cendrées font étape sur les étangs de la Brenne.\nLes ornithologues en ont compté douze mille dimanche.",
			Lang:  "fr", Source: "Le Courrier de Brenne", Published: utc(2024, 10, 15, 5, 30),
		}, {
			Title: "Fête de la pêche à Mézières",
			URL:   "https://courrier-brenne.example/loisirs/peche",
			Text:  "La fête de la pêche aura lieu à Mézières dimanche.",
			Lang:  "fr", Source: "Le Courrier de Brenne", Published: utc(2024, 10, 16, 18, 0),
		}}},
		{file: "wire.feed.json", want: []briefbot.Article{{
			Title: "Seoul and Tokyo agree on fishing quotas",
			URL:   "https://wire.example/stories/77",
			Text:  "Negotiators from South Korea and Japan reached a deal late on Wednesday.\nThe quotas take effect in January.",
			Lang:  "ko", Source: "Wire Desk", Published: utc(2026, 11, 25, 13, 40),
		}, {
			Title: "Markets close higher", Text: "Shares rose on Thursday.",
			Lang: "en", Source: "Wire Desk", Published: fileOpt.Published,
		}}},
		{file: "news.atom", want: []briefbot.Article{{
			Title: "Signal upgrade & timetable change",
			URL:   "https://railwatch.example/signals",
			Text:  "New signals on the coast line go live on Monday.\nTrains will run five minutes faster.",
			Lang:  "en", Source: "Northern Rail Watch", Published: utc(2024, 2, 5, 8, 0),
		}, {
			Title: "Nouvelle gare à Pellan", URL: "https://railwatch.example/id/2",
			Text: "La gare de Pellan ouvre en mars.",
			Lang: "fr", Source: "Northern Rail Watch", Published: utc(2024, 2, 6, 9, 0),
		}}},
		// An item whose date cannot be read is still news, as it is for
		// the poller: it takes the date of articles that carry none.
		{file: "bad-date.rss", want: []briefbot.Article{{
			Title: "Dated item", Text: "Some text.", Source: "Test Wire", Published: utc(2024, 6, 3, 10, 0),
		}, {
			Title: "Undated item", Text: "Other text.", Source: "Test Wire", Published: fileOpt.Published,
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "formats", tt.file)
			got, err := Parse(path, mustReadFile(t, path), fileOpt)
			checkInvalid(t, err, tt.wantErr)
			checkArticles(t, got, tt.want)
		})
	}
}

func TestParseOptionsFillOnlyWhatIsMissing(t *testing.T) {
	opt := Options{Published: utc(2023, 9, 23, 0, 0), Source: "Wire", Lang: "fr-FR"}
	tests := []struct {
		name, file, data string
		want             briefbot.Article
	}{
		{
			name: "text takes everything from options", file: "a.txt",
			data: "Headline here\n\nBody here.",
			want: briefbot.Article{Title: "Headline here", Text: "Body here.", Lang: "fr", Source: "Wire", Published: opt.Published},
		},
		{
			name: "json keeps its own values", file: "a.json",
			data: `{"title":"T","text":"Body.","lang":"en-US","source":"Own","published":"2024-01-02"}`,
			want: briefbot.Article{Title: "T", Text: "Body.", Lang: "en", Source: "Own", Published: utc(2024, 1, 2, 0, 0)},
		},
		{
			name: "title only keeps its title as text", file: "a.jsonl",
			data: `{"title":"Only a headline","url":"/relative/link"}`,
			want: briefbot.Article{Title: "Only a headline", Text: "Only a headline", Lang: "fr", Source: "Wire", Published: opt.Published},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.file, []byte(tt.data), opt)
			checkInvalid(t, err, "")
			checkArticles(t, got, []briefbot.Article{tt.want})
		})
	}
}

func TestParseDeriveTitle(t *testing.T) {
	opt := Options{DeriveTitle: func(text string) string { return "Derived: " + text[:4] }}
	got, err := Parse("lead.txt", []byte("Rain fell all day. Rivers rose."), opt)
	checkInvalid(t, err, "")
	checkArticles(t, got, []briefbot.Article{{Title: "Derived: Rain", Text: "Rain fell all day. Rivers rose."}})
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, file, data, wantErr string }{
		{"empty", "a.txt", " \n\t\n", "a.txt: the file is empty"},
		{"binary", "a.txt", "GIF89a\x00\x01", "a.txt: binary data, not text"},
		{"empty json array", "a.json", "[]", "a.json: no articles found"},
		{"feed of another kind", "a.xml", "<opml><body/></opml>", "a.xml: not a feed (no RSS, Atom or JSON Feed found)"},
		{"broken feed", "a.rss", "<rss><channel><item><title>x</title></channel>", "a.rss: malformed feed: XML syntax error"},
		{"html page named as a feed", "a.rss", "<!doctype html><title>Home</title>", "a.rss: not a feed (got an HTML page)"},
		{"empty feed", "a.rss", "<rss><channel><title>Quiet</title></channel></rss>", "a.rss: no articles found"},
		{"empty page", "a.html", "<html><body><nav>Home</nav></body></html>", "a.html: no article text found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.file, []byte(tt.data), Options{})
			checkInvalid(t, err, tt.wantErr)
			if len(got) != 0 {
				t.Errorf("got %d articles, want none", len(got))
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, data string
		want       format
	}{
		{"a.txt", "Just words.", formatText},
		{"a", "Just words.", formatText},
		{"a.TXT", "  <!DOCTYPE html><p>x", formatHTML},
		{"stdin", "<html><body>x", formatHTML},
		{"a.htm", "no markup at all", formatHTML},
		{"stdin", `<?xml version="1.0"?><rss version="2.0">`, formatFeed},
		{"stdin", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">`, formatFeed},
		{"a.atom", "x", formatFeed},
		{"stdin", `[{"title":"x"}]`, formatJSON},
		{"a.txt", `[Update] The bridge reopened.`, formatText},
		{"a.ndjson", `{"title":"x"}`, formatJSONLines},
		{"a.md", `{"title":"x"}`, formatText},
		{"a.json", `{"version": "https://jsonfeed.org/version/1.1", "items": []}`, formatFeed},
		{"stdin", ` {"items": [], "version": "https://jsonfeed.org/version/1"}`, formatFeed},
		{"a.json", `{"title": "About https://jsonfeed.org/version/1", "text": "x"}`, formatJSON},
		{"a.jsonl", `{"version": "https://jsonfeed.org/version/1.1"}`, formatJSONLines},
	}
	for _, tt := range tests {
		t.Run(tt.name+" "+tt.data, func(t *testing.T) {
			if got := detect(tt.name, []byte(tt.data)); got != tt.want {
				t.Errorf("detect(%q, %q) = %d, want %d", tt.name, tt.data, got, tt.want)
			}
		})
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2024-03-01T10:00:00+02:00", utc(2024, 3, 1, 8, 0)},
		{"2024-03-01", utc(2024, 3, 1, 0, 0)},
		{"2024-03-01 10:30:00", utc(2024, 3, 1, 10, 30)},
		{"Fri, 01 Mar 2024 10:00:00 +0100", utc(2024, 3, 1, 9, 0)},
		{"Fri, 1 Mar 2024 10:00:00 GMT", utc(2024, 3, 1, 10, 0)},
		{"Fri, 01 Mar 2024 10:00:00 EST", utc(2024, 3, 1, 15, 0)},
		{"  Fri,  01 Mar 2024 10:00 PDT ", utc(2024, 3, 1, 17, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseTime(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	if _, err := parseTime("next Tuesday"); err == nil {
		t.Error("next Tuesday: want an error")
	}
}

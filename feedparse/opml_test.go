package feedparse

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"briefbot"
)

const sampleOPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="World">
      <outline text="Gazette" title="The Harbour Gazette" type="rss" xmlUrl="https://gazette.example/feeds/news.xml" htmlUrl="https://gazette.example/"/>
      <outline text="Le Courrier" type="rss" xmlurl="https://courrier.example/atom" language="fr-FR"/>
      <outline text="Nested">
        <outline text="Wire" type="rss" XMLURL="https://wire.example/feed.json"/>
      </outline>
    </outline>
    <outline text="Gazette again" type="rss" xmlUrl="https://gazette.example/feeds/news.xml"/>
    <outline text="A podcast on FTP" type="rss" xmlUrl="ftp://old.example/feed"/>
    <outline text="Just a note"/>
  </body>
</opml>`

func TestParseOPML(t *testing.T) {
	got, err := ParseOPML([]byte(sampleOPML))
	if err != nil {
		t.Fatal(err)
	}
	want := []OPMLFeed{
		{URL: "https://gazette.example/feeds/news.xml", Title: "The Harbour Gazette"},
		{URL: "https://courrier.example/atom", Title: "Le Courrier", Lang: "fr"},
		{URL: "https://wire.example/feed.json", Title: "Wire"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseOPML =\n%+v\nwant\n%+v", got, want)
	}
}

func TestParseOPMLLatin1(t *testing.T) {
	data := []byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<opml version=\"2.0\"><body>" +
		"<outline text=\"R\xe9gion Nord\" xmlUrl=\"https://nord.example/rss\"/></body></opml>")
	got, err := ParseOPML(data)
	if err != nil || len(got) != 1 || got[0].Title != "Région Nord" {
		t.Fatalf("ParseOPML = %+v, %v", got, err)
	}
}

func TestParseOPMLRejects(t *testing.T) {
	tests := []struct{ name, data, msg string }{
		{"rss instead", `<rss version="2.0"><channel/></rss>`, "not an OPML file"},
		{"empty", "", "not an OPML file (empty document)"},
		{"truncated", `<opml version="2.0"><body><outline text="a"`, "malformed OPML: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseOPML([]byte(tt.data))
			var be *briefbot.Error
			if !errors.As(err, &be) || be.Code != briefbot.EInvalid || !strings.HasPrefix(be.Message, tt.msg) {
				t.Fatalf("error = %v, want EInvalid %q", err, tt.msg)
			}
		})
	}
}

func TestWriteOPMLRoundTrip(t *testing.T) {
	feeds := []OPMLFeed{
		{URL: "https://gazette.example/feeds/news.xml?a=1&b=2", Title: "The Harbour Gazette", Lang: "en"},
		{URL: "https://courrier.example/atom", Title: "Le Courrier « du Port »", Lang: "fr"},
		{URL: "https://wire.example/feed.json"},
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, feeds); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `<outline type="rss" text="The Harbour Gazette"`) {
		t.Errorf("unexpected OPML:\n%s", buf.String())
	}
	got, err := ParseOPML(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	// A feed with no title is written with its URL as text, which reads
	// back as its title.
	want := append([]OPMLFeed(nil), feeds...)
	want[2].Title = want[2].URL
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip =\n%+v\nwant\n%+v", got, want)
	}
}

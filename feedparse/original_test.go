package feedparse

import (
	"testing"
	"time"

	"briefbot"
)

// TestParseWhatGofeedDrops checks what is read from the original feed:
// permalink GUIDs and web-address ids as links, the source an item names,
// and the language of each item.
func TestParseWhatGofeedDrops(t *testing.T) {
	tests := []struct {
		name, data         string
		link, source, lang []string
	}{
		{
			name: "rss guids",
			data: `<rss version="2.0"><channel><title>Wire</title><language>en</language>
				<item><title>a</title><guid>https://wire.example/a</guid></item>
				<item><title>b</title><guid isPermaLink="false">https://wire.example/b</guid></item>
				<item><title>c</title><guid>wire-c</guid></item>
				<item><title>d</title><link>/d</link><guid>https://wire.example/guid-d</guid><source url="https://post.example/rss">The Post</source></item>
				</channel></rss>`,
			link:   []string{"https://wire.example/a", "", "", "https://feeds.example/d"},
			source: []string{"", "", "", "The Post"},
			lang:   []string{"en", "en", "en", "en"},
		},
		{
			name: "atom ids, sources and languages",
			data: `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Rail</title>
				<entry><title>a</title><id>https://rail.example/id/1</id></entry>
				<entry xml:lang="fr-FR"><title>b</title><id>tag:rail.example,2024:2</id><source><title>Le Rail</title></source></entry>
				<entry><title>c</title><id>urn:x:3</id><content xml:lang="de" type="text">Der Zug.</content></entry>
				</feed>`,
			link:   []string{"https://rail.example/id/1", "", ""},
			source: []string{"", "Le Rail", ""},
			lang:   []string{"en", "fr", "de"},
		},
		{
			name: "rss item languages in latin-1",
			data: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Gazette</title><language>fr</language>" +
				"<item xml:lang=\"en\"><title>Market</title></item><item><title>March\xe9</title></item></channel></rss>",
			link:   []string{"", ""},
			source: []string{"", ""},
			lang:   []string{"en", "fr"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse([]byte(tt.data), "https://feeds.example/feed")
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Items) != len(tt.link) {
				t.Fatalf("got %d items, want %d", len(f.Items), len(tt.link))
			}
			for i, it := range f.Items {
				if it.Link != tt.link[i] || it.Source != tt.source[i] || it.Lang != tt.lang[i] {
					t.Errorf("item %d: link %q source %q lang %q; want %q %q %q", i, it.Link, it.Source, it.Lang, tt.link[i], tt.source[i], tt.lang[i])
				}
			}
		})
	}
}

func TestItemArticle(t *testing.T) {
	at := time.Date(2024, 2, 5, 8, 0, 0, 0, time.UTC)
	it := Item{
		GUID: "g", Link: "https://rail.example/a", Title: "Signals", Published: at,
		Summary: "Short.", Content: "The long text.", Author: "A", Lang: "en", Source: "Rail",
	}
	got := it.Article()
	want := briefbot.Article{URL: "https://rail.example/a", Title: "Signals", Published: at, Lang: "en", Source: "Rail", Text: "The long text."}
	if got.URL != want.URL || got.Title != want.Title || !got.Published.Equal(at) || got.Lang != want.Lang ||
		got.Source != want.Source || got.Text != want.Text {
		t.Errorf("Article() = %+v, want %+v", got, want)
	}
}

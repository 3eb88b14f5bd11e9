package files

import (
	"testing"

	"briefbot"
)

func TestParseFeedVariants(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             []briefbot.Article
		wantErr          string
	}{
		{
			name: "latin-1 declared", file: "a.xml",
			data: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel><title>Gazette d'Orvel</title>" +
				"<item><title>March\xe9 couvert r\xe9nov\xe9</title><description>Le march\xe9 rouvre jeudi.</description></item></channel></rss>",
			want: []briefbot.Article{{Title: "Marché couvert rénové", Text: "Le marché rouvre jeudi.", Source: "Gazette d'Orvel"}},
		},
		{
			name: "rss 1.0 with dublin core", file: "a.rdf.xml",
			data: `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
				<channel><title>Upland Notes</title><dc:language>en-us</dc:language></channel>
				<item><title>Quarry closes</title><link>https://upland.example/quarry</link><dc:date>2024-05-01T12:00:00Z</dc:date>
				<description>The quarry closed after forty years.</description></item></rdf:RDF>`,
			want: []briefbot.Article{{Title: "Quarry closes", URL: "https://upland.example/quarry", Text: "The quarry closed after forty years.",
				Lang: "en", Source: "Upland Notes", Published: utc(2024, 5, 1, 12, 0)}},
		},
		{
			name: "atom html content and entry source", file: "a.atom",
			data: `<feed xmlns="http://www.w3.org/2005/Atom"><title>Aggregator</title>
				<entry><title>Mill fire</title><link href="https://mill.example/fire"/><source><title>Mill Town Post</title></source>
				<content type="html">&lt;p&gt;A fire broke out at the old mill.&lt;/p&gt;&lt;p&gt;No one was hurt.&lt;/p&gt;</content></entry></feed>`,
			want: []briefbot.Article{{Title: "Mill fire", URL: "https://mill.example/fire", Text: "A fire broke out at the old mill.\nNo one was hurt.",
				Source: "Mill Town Post"}},
		},
		{
			name: "item without title or text", file: "a.rss",
			data: `<rss><channel><item><title>Kept</title></item><item><link>https://x.example/</link></item></channel></rss>`,
			want: []briefbot.Article{{Title: "Kept", Text: "Kept"}}, wantErr: "a.rss: item 2: no title and no text",
		},
		{
			name: "html entities in a lenient feed", file: "a.rss",
			data: `<rss><channel><item><title>Caf&eacute; &amp; bar</title><description>Open&nbsp;late.</description></item></channel></rss>`,
			want: []briefbot.Article{{Title: "Café & bar", Text: "Open late."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.file, []byte(tt.data), Options{})
			checkInvalid(t, err, tt.wantErr)
			checkArticles(t, got, tt.want)
		})
	}
}

package htmltext

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func mustRead(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func mustReadPage(tb testing.TB, data []byte) Page {
	tb.Helper()
	p, err := Read(data)
	if err != nil {
		tb.Fatalf("Read: %v", err)
	}
	return p
}

func TestReadNoisyPage(t *testing.T) {
	p := mustReadPage(t, mustRead(t, "noisy.html"))
	want := strings.Join([]string{
		"The ferry linking Port Ellis to the mainland sailed again on Thursday, three weeks after a storm tore away part of the harbour wall.",
		"Engineers from the county council rebuilt forty metres of the wall and replaced the floating pontoon, harbour master Ines Darrow said.",
		"Timetable back to normal",
		"Crossings will run every two hours from Monday, and the winter timetable stays in force until April.",
		"“People can finally get to work and school again,” said Darrow.",
		"First crossing: 7am",
		"Last crossing: 9pm",
	}, "\n")
	if p.Text != want {
		t.Errorf("Text =\n%s\nwant\n%s", p.Text, want)
	}
	for _, noise := range []string{
		"cookies", "Advertisement", "Home", "Share", "newsletter", "Injected", "JavaScript",
		"Related", "Storm batters", "Took them", "Lighthouse", "Sponsored", "Hidden", "©", "By Mara",
	} {
		if strings.Contains(p.Text, noise) {
			t.Errorf("Text keeps noise %q", noise)
		}
	}
}

func TestReadMetadata(t *testing.T) {
	p := mustReadPage(t, mustRead(t, "noisy.html"))
	tests := []struct{ name, got, want string }{
		{"title", p.Title, "Ferry service returns to Port Ellis after storm repairs"},
		{"lang", p.Lang, "en-GB"},
		{"canonical", p.Canonical, "https://coast-courier.example/news/ferry-returns?utm_source=rss"},
		{"author", p.Author, "Mara Quill"},
		{"site", p.Site, "The Coast Courier"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
	want := time.Date(2024, 3, 14, 7, 30, 0, 0, time.UTC)
	if !p.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", p.Published, want)
	}
}

// TestReadDecodedLatin1 reads a Latin-1 page once CharsetReader has
// decoded it, as package extract does.
func TestReadDecodedLatin1(t *testing.T) {
	data := mustRead(t, "latin1.html")
	if utf8.Valid(data) {
		t.Fatal("testdata/latin1.html should be ISO-8859-1, not UTF-8")
	}
	r, err := CharsetReader("iso-8859-1", bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	decoded, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	p := mustReadPage(t, decoded)
	if want := "La fête du village de Saint-Aubry attire des milliers de visiteurs"; p.Title != want {
		t.Errorf("Title = %q, want %q", p.Title, want)
	}
	if want := "« C'est une réussite », s'est félicitée la maire, Élodie Garnier"; !strings.Contains(p.Text, want) {
		t.Errorf("Text = %q, want it to contain %q", p.Text, want)
	}
	if p.Lang != "fr-FR" {
		t.Errorf("Lang = %q, want fr-FR", p.Lang)
	}
}

func TestReadInvalidUTF8(t *testing.T) {
	p := mustReadPage(t, []byte("<p>caf\xe9 cr\xe8me</p>"))
	if p.Text != "caf\uFFFD cr\uFFFDme" {
		t.Errorf("Text = %q, want the invalid bytes as U+FFFD", p.Text)
	}
}

func TestReadFallbacks(t *testing.T) {
	tests := []struct {
		name, page string
		want       Page
	}{
		{
			name: "title tag without site name, time element",
			page: `<html><head><title>Dockers vote to end the strike at Brammel - Harbour Post</title></head>
				<body><article><time datetime="2024-05-02">2 May</time><p>Dockers voted on Tuesday.</p></article></body></html>`,
			want: Page{Title: "Dockers vote to end the strike at Brammel", Text: "Dockers voted on Tuesday.",
				Published: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)},
		},
		{
			name: "h1 title, og url, og locale",
			page: `<html><head><meta property="og:url" content="https://news.example/a"><meta property="og:locale" content="fr_FR"></head>
				<body><h1>Le pont rouvre</h1><p>Le pont a rouvert lundi.</p></body></html>`,
			want: Page{Title: "Le pont rouvre", Text: "Le pont a rouvert lundi.", Lang: "fr-FR", Canonical: "https://news.example/a"},
		},
		{
			name: "loose text only",
			page: `<html><body><div>The council met.<br>It voted yes.</div></body></html>`,
			want: Page{Text: "The council met.\nIt voted yes."},
		},
		{
			name: "a wrapper that looks like noise keeps its text",
			page: `<html><body><div class="page-with-sidebar"><p>Rain is expected on Sunday.</p></div></body></html>`,
			want: Page{Text: "Rain is expected on Sunday."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustReadPage(t, []byte(tt.page))
			if got.Title != tt.want.Title || got.Text != tt.want.Text || got.Lang != tt.want.Lang ||
				got.Canonical != tt.want.Canonical || !got.Published.Equal(tt.want.Published) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestFragment(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "  The vote   passed.\n\nIt was close. ", "The vote passed.\nIt was close."},
		{"entities", "Smith &amp; Sons reopen", "Smith & Sons reopen"},
		{"paragraphs", "<p>One.</p><p>Two <b>bold</b> words.</p><script>x()</script>", "One.\nTwo bold words."},
		{"share links dropped", `<p>The mayor resigned.</p><div class="share"><a href="#">Share</a></div>`, "The mayor resigned."},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fragment(tt.in); got != tt.want {
				t.Errorf("Fragment(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCharsetReader(t *testing.T) {
	r, err := CharsetReader("ISO-8859-1", strings.NewReader("caf\xe9"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(b); got != "café" {
		t.Errorf("got %q, want café", got)
	}
	if _, err := CharsetReader("no-such-charset", strings.NewReader("")); err == nil {
		t.Error("unknown charset: want an error")
	}
}

func TestNameWords(t *testing.T) {
	got := strings.Join(nameWords("adBanner share-bar  main_content"), ",")
	if want := "ad,banner,share,bar,main,content"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func FuzzHTMLText(f *testing.F) {
	f.Add(mustRead(f, "noisy.html"))
	f.Add(mustRead(f, "latin1.html"))
	f.Add([]byte(`<p>one<p>two<div class="comment">x</div>`))
	f.Add([]byte("<meta charset=utf-16><title>t</title>\xff\xfe"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Read(data)
		if err != nil {
			return
		}
		for _, s := range []string{p.Title, p.Text, p.Lang, p.Author, p.Site} {
			if !utf8.ValidString(s) {
				t.Errorf("invalid UTF-8 in %q", s)
			}
		}
		if strings.Contains(p.Text, "\n\n") {
			t.Errorf("empty paragraph in %q", p.Text)
		}
		_ = Fragment(string(data))
	})
}

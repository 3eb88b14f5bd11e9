package ingest_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"briefbot"
	"briefbot/fetch"
	"briefbot/ingest"
	"briefbot/ingest/files"
	"briefbot/poll"
	"briefbot/storage/sqlite"
	"briefbot/web"
)

// serve answers every request with the file at path, as contentType.
func serve(tb testing.TB, path, contentType string) *httptest.Server {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Write(data)
	}))
	tb.Cleanup(srv.Close)
	return srv
}

func newReader() *web.Reader {
	return &web.Reader{Client: fetch.New(fetch.Options{AllowPrivate: true})}
}

// TestHTMLFileAndFetchedPageGiveTheSameArticle reads pages as files and
// as the poller fetches them: the same headline, text, date and language.
func TestHTMLFileAndFetchedPageGiveTheSameArticle(t *testing.T) {
	pages := []string{
		filepath.Join("files", "testdata", "formats", "page.html"),
		filepath.Join("files", "testdata", "folder", "sub", "03-page.html"),
		filepath.Join("..", "extract", "testdata", "gazette_en.html"),
		filepath.Join("..", "extract", "testdata", "courrier_fr_latin1.html"),
		filepath.Join("..", "extract", "testdata", "courrier_fr_nometa.html"),
	}
	for _, path := range pages {
		t.Run(filepath.Base(path), func(t *testing.T) {
			arts, err := files.Parse(path, mustRead(t, path), ingest.Options{})
			if err != nil || len(arts) != 1 {
				t.Fatalf("Parse: %d articles, %v", len(arts), err)
			}
			file := arts[0]
			srv := serve(t, path, "text/html")
			page, err := newReader().ReadPage(context.Background(), srv.URL+"/news/article")
			if err != nil {
				t.Fatal(err)
			}
			if page.Title != file.Title || page.Text != file.Text || !page.Published.Equal(file.Published) || page.Lang != file.Lang {
				t.Errorf("fetched page:\n%+v\nfile:\n%+v", page, file)
			}
		})
	}
}

// TestFeedFileAndPolledFeedStoreTheSameArticles ingests feeds as files
// and as the poller polls them, each into its own store, and compares
// what was stored. The poller reads no pages here: a file's items are
// stored with the feed's text, as the poller stores items whose page
// cannot be read.
func TestFeedFileAndPolledFeedStoreTheSameArticles(t *testing.T) {
	tests := []struct{ file, contentType string }{
		{"news.rss", "application/rss+xml"},
		{"news.atom", "application/atom+xml"},
		{"wire.feed.json", "application/feed+json"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("files", "testdata", "formats", tt.file)
			fromFile := mustStore(t)
			rep, err := newTestIngester(fromFile).IngestPaths(context.Background(), []string{path}, nil, ingest.Options{})
			if err != nil || len(rep.Failed) > 0 {
				t.Fatalf("IngestPaths: %v %v", rep, err)
			}
			polled := mustStore(t)
			srv := serve(t, path, tt.contentType)
			feed := briefbot.Feed{URL: srv.URL + "/" + tt.file, Enabled: true, Added: testNow, NextCheck: testNow}
			if _, err := polled.AddFeed(context.Background(), feed); err != nil {
				t.Fatal(err)
			}
			if err := poller(polled).Tick(context.Background(), testNow); err != nil {
				t.Fatal(err)
			}
			got, want := byTitle(stored(t, polled)), byTitle(stored(t, fromFile))
			if len(got) != len(want) || len(want) == 0 {
				t.Fatalf("polled %d articles, file %d", len(got), len(want))
			}
			for title, w := range want {
				g := got[title]
				if g.Text != w.Text || g.URL != w.URL || g.Lang != w.Lang || g.Source != w.Source ||
					!g.Published.Equal(w.Published) || g.Summary.What != w.Summary.What {
					t.Errorf("polled:\n%+v\nfile:\n%+v", g, w)
				}
			}
		})
	}
}

// poller polls db's feeds over HTTP and stores their items in db, with
// the ingester of the file tests. It takes every item as news.
func poller(db *sqlite.DB) *poll.Poller {
	in := newTestIngester(db)
	return &poll.Poller{
		Store: db, Feeds: newReader(),
		Ingest: func(ctx context.Context, arts []briefbot.Article) (int, error) {
			rep, err := in.IngestArticles(ctx, arts)
			return rep.Added, err
		},
		Notify: func(context.Context, string) {},
		Opt:    poll.Options{FirstWindow: 100 * 365 * 24 * time.Hour},
	}
}

func byTitle(arts []briefbot.Article) map[string]briefbot.Article {
	m := map[string]briefbot.Article{}
	for _, a := range arts {
		m[a.Title] = a
	}
	return m
}

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

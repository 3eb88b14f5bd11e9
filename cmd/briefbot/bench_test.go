package main

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"briefbot/internal/synth"
)

// benchItems is the size of the feed each benchmark iteration polls.
const benchItems = 1000

// BenchmarkPollFeed measures feed items ingested per second end to end over
// loopback HTTP: fetch and parse the feed, fetch and extract each article
// page (snippet items) or take the item's own text (full-text items),
// summarize, store and index. Compare with storage's BenchmarkRawInsert.
func BenchmarkPollFeed(b *testing.B) {
	for _, full := range []bool{false, true} {
		name := map[bool]string{false: "snippet+page", true: "full-text-items"}[full]
		b.Run(name, func(b *testing.B) { benchPoll(b, full) })
	}
}

func benchPoll(b *testing.B, full bool) {
	site := benchSite(b, full)
	for range b.N {
		b.StopTimer()
		env := map[string]string{"BRIEFBOT_DB": b.TempDir() + "/bench.db", "BRIEFBOT_CONFIG": writeConfig(b, "samples: never\nallow_private_networks: true\nlog:\n  level: error\n")}
		if _, errs, code := runCLI(b, env, "", "feeds", "add", site.URL+"/rss.xml"); code != 0 {
			b.Fatal(errs)
		}
		a := openTestApp(b, env)
		p := a.newPoller()
		b.StartTimer()
		if err := p.Tick(context.Background(), fixedNow); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		st, _ := a.store.ArticleStats(context.Background())
		if st.Articles != benchItems {
			feeds, _ := a.store.Feeds(context.Background())
			b.Fatalf("stored %d of %d items; feed: %+v", st.Articles, benchItems, feeds)
		}
		a.Close()
	}
	b.ReportMetric(float64(benchItems*b.N)/b.Elapsed().Seconds(), "items/s")
}

func benchSite(b *testing.B, full bool) *httptest.Server {
	g := synth.New(7, 20_000)
	var feed strings.Builder
	pages := map[string]string{}
	feed.WriteString(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench</title>`)
	for i := range benchItems {
		a := g.Article(i, 3000, fixedNow)
		pub := fixedNow.Add(-time.Duration(i) * time.Minute).Format(time.RFC1123Z)
		body := "<p>" + strings.ReplaceAll(html.EscapeString(strings.TrimSpace(a.Text)), "\n", "</p><p>") + "</p>"
		fmt.Fprintf(&feed, `<item><title>%s</title><link>%%[1]s/a/%d</link><guid>g%d</guid><pubDate>%s</pubDate><description>%s</description>`,
			html.EscapeString(a.Title), i, i, pub, html.EscapeString(strings.ToValidUTF8(a.Text[:200], "")))
		if full {
			fmt.Fprintf(&feed, `<content:encoded><![CDATA[%s]]></content:encoded>`, body)
		}
		feed.WriteString("</item>")
		pages[fmt.Sprintf("/a/%d", i)] = `<!doctype html><html lang="en"><head><title>` + html.EscapeString(a.Title) + `</title></head><body><nav>Home · World</nav><article><h1>` + html.EscapeString(a.Title) + `</h1>` + body + `</article><footer>© Bench</footer></body></html>`
	}
	feed.WriteString("</channel></rss>")
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/rss.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, feed.String(), srv.URL)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, pages[r.URL.Path])
	}))
	b.Cleanup(srv.Close)
	return srv
}

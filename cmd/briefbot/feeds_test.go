package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"briefbot"
)

const wireStory = `North Korea fired a short-range ballistic missile off its east coast early on Tuesday, South Korea's Joint Chiefs of Staff said, the first such launch in several weeks. The missile flew about 300 kilometres before falling into the sea outside Japan's exclusive economic zone, officials in Tokyo said. Seoul's national security council met in an emergency session and condemned the launch as a violation of United Nations resolutions. Analysts said the test was likely a reply to joint air drills held last week by South Korea, Japan and the United States.`

// newsSite serves three feeds (RSS, Atom, JSON Feed) and their article
// pages; the wire story runs on two of them, and a fourth feed fails.
type newsSite struct {
	*httptest.Server
	notModified atomic.Int32
}

func startNewsSite(t *testing.T, published time.Time) *newsSite {
	t.Helper()
	s := &newsSite{}
	pub := published.Format(time.RFC1123Z)
	iso := published.Format(time.RFC3339)
	mux := http.NewServeMux()
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"rss-v1"` {
			s.notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"rss-v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, rssFeed, s.URL, pub, wireStory, s.URL, pub)
	})
	mux.HandleFunc("/atom.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprintf(w, atomFeed, s.URL, iso, strings.Replace(wireStory, "early on Tuesday", "early Tuesday", 1)+" Reporting by the Gazette desk.", s.URL, iso)
	})
	mux.HandleFunc("/feed.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/feed+json")
		fmt.Fprintf(w, jsonFeed, s.URL, iso)
	})
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "upstream down", http.StatusInternalServerError)
	})
	mux.HandleFunc("/articles/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		slug := strings.TrimPrefix(r.URL.Path, "/articles/")
		fmt.Fprintf(w, articlePage, slug, pageBodies[slug])
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

const rssFeed = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Harbour Wire</title><link>%[1]s/</link><language>en</language>
<item><title>North Korea fires missile into the sea</title><link>%[1]s/articles/wire-missile</link><guid>wire-1</guid><pubDate>%[2]s</pubDate>
<description>North Korea fired a missile.</description><content:encoded><![CDATA[<p>%[3]s</p>]]></content:encoded></item>
<item><title>Port strike enters third day</title><link>%[4]s/articles/port-strike?utm_source=rss</link><guid>wire-2</guid><pubDate>%[5]s</pubDate>
<description>Dock workers stay out.</description></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>Northfield Gazette</title><id>urn:gazette</id><updated>%[2]s</updated>
<entry><title>N. Korea launches missile, Seoul says</title><id>urn:gazette:1</id><link href="%[1]s/articles/gazette-missile"/><updated>%[2]s</updated>
<content type="html">&lt;p&gt;%[3]s&lt;/p&gt;</content></entry>
<entry><title>Tram line to open in spring</title><id>urn:gazette:2</id><link href="%[4]s/articles/tram-line"/><updated>%[5]s</updated>
<summary>A new tram line is coming.</summary></entry>
</feed>`

const jsonFeed = `{"version": "https://jsonfeed.org/version/1.1", "title": "Le Journal des Tests", "language": "fr",
"items": [{"id": "jt-1", "url": "%[1]s/articles/vendanges", "title": "Les vendanges commencent tôt en Bourgogne", "date_published": "%[2]s",
"content_text": "Les vignerons de Bourgogne ont commencé les vendanges lundi, avec deux semaines d'avance sur le calendrier habituel, en raison d'un été particulièrement chaud et sec. Les premiers raisins récoltés près de Beaune montrent une bonne maturité, selon l'interprofession, qui prévoit toutefois des volumes en baisse. Les coopératives ont avancé l'embauche des saisonniers et prolongé les horaires des pressoirs pour suivre le rythme."}]}`

const articlePage = `<!doctype html><html lang="en"><head><title>%[1]s | News</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookie-banner">We use cookies. Accept all?</div>
<article><h1>Story %[1]s</h1>
%[2]s
</article>
<aside class="related">Related: more stories</aside>
<footer>© News</footer></body></html>`

var pageBodies = map[string]string{
	"port-strike": `<p>Dock workers in the city said on Monday that the dispute over pay and night shifts had reached its third day, with ships waiting offshore and no talks planned.</p>
<p>The union said it would keep the picket lines in place until the port operators made a new offer, while the city council urged both sides to meet before the weekend.</p>
<p>Shipping agents estimated that each day of the stoppage delayed about forty container vessels bound for the region's warehouses and factories.</p>`,
	"tram-line": `<p>The regional transport authority said on Monday that the new tram line linking the university to the harbour would open in the spring, a year later than planned.</p>
<p>Engineers blamed the delay on flooding in the tunnel section, which had to be drained and resealed, and on late deliveries of rails from offshore suppliers.</p>
<p>The line will carry an expected thirty thousand passengers a day once the fourteen stations are open, the authority said.</p>`,
}

func TestPollThreeFeedsEndToEnd(t *testing.T) {
	now := fixedNow
	site := startNewsSite(t, now.Add(-2*time.Hour))
	env := dbEnv(t)
	env["BRIEFBOT_CONFIG"] = writeConfig(t, "samples: never\nallow_private_networks: true\n")
	for _, path := range []string{"/rss.xml", "/atom.xml", "/feed.json", "/broken.xml"} {
		if out, errs, code := runCLI(t, env, "", "feeds", "add", site.URL+path); code != 0 {
			t.Fatalf("feeds add %s: %s %s", path, out, errs)
		}
	}
	a := openTestApp(t, env)
	p := a.newPoller()
	ctx := context.Background()
	for _, at := range []time.Time{now, now.Add(20 * time.Minute)} {
		if err := p.Tick(ctx, at); err != nil {
			t.Fatal(err)
		}
	}
	stats, err := a.store.ArticleStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 5 {
		t.Errorf("stored %d articles, want each of the 5 once", stats.Articles)
	}
	if site.notModified.Load() == 0 {
		t.Errorf("the second poll of the RSS feed was not a conditional GET answered 304")
	}
	assertBrokenFeedBacksOff(t, a, site.URL+"/broken.xml", now)
	br, err := a.briefer.Brief(ctx, "korea", 7*24*time.Hour, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(br.Stories) != 1 || len(br.Stories[0].Articles) != 2 {
		t.Fatalf("the wire story should be one story with 2 sources: %+v", br.Stories)
	}
	hits, err := a.store.SearchArticles(ctx, briefbot.Search{Match: briefbot.Match{{{Phrase: "offshore"}}}})
	if err != nil || len(hits) != 2 {
		t.Errorf("snippet items should carry their page's text: %d hits, %v", len(hits), err)
	}
}

func assertBrokenFeedBacksOff(t *testing.T, a *app, url string, now time.Time) {
	t.Helper()
	feeds, err := a.store.Feeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range feeds {
		if f.URL != url {
			if f.Failures != 0 {
				t.Errorf("healthy feed %s failed: %s", f.URL, f.LastError)
			}
			continue
		}
		if f.Failures != 2 || !strings.Contains(f.LastError, "500") || !f.NextCheck.After(now.Add(25*time.Minute)) {
			t.Errorf("broken feed: failures=%d err=%q next=%v", f.Failures, f.LastError, f.NextCheck.Sub(now))
		}
	}
}

func openTestApp(t testing.TB, env map[string]string) *app {
	t.Helper()
	a, err := openApp(context.Background(), Env{
		Getenv: func(k string) string { return env[k] }, Now: func() time.Time { return fixedNow },
		Stdin: strings.NewReader(""), Stdout: &strings.Builder{}, Stderr: &strings.Builder{},
	}, &common{config: env["BRIEFBOT_CONFIG"]})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

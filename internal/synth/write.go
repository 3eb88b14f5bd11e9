package synth

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"briefbot"
	"briefbot/geo"
	"briefbot/topics"
)

// NewsSpan is how far back a news corpus reaches.
const NewsSpan = 90 * 24 * time.Hour

// batchSize is how many articles Write stores a transaction.
const batchSize = 500

// NewNews returns the corpus `briefbot gen` writes: n articles of about
// size bytes, published over the NewsSpan before end, about real countries
// and their capitals.
func NewNews(seed uint64, n, size int, end time.Time) *Corpus {
	return NewCorpus(seed, n, size, NewsPlaces(), end, NewsSpan)
}

// Adder stores articles, many a transaction.
type Adder interface {
	AddArticles(ctx context.Context, as []briefbot.Article) ([]briefbot.AddResult, error)
}

// Write stores every article of c, generating the next batch while the
// last one is written, bypassing the summarizer but with the search keys
// ingest writes (see topics.Keys); it reports its progress to log every
// 100,000 articles and returns how many it stored.
func Write(ctx context.Context, store Adder, c *Corpus, log io.Writer) (int, error) {
	batches := make(chan []briefbot.Article, 2)
	go func() {
		defer close(batches)
		for {
			b := make([]briefbot.Article, 0, batchSize)
			for len(b) < batchSize {
				a, ok := c.Next()
				if !ok {
					break
				}
				b = append(b, a)
			}
			if len(b) == 0 {
				return
			}
			key(b)
			select {
			case batches <- b:
			case <-ctx.Done():
				return
			}
		}
	}()
	added := 0
	for b := range batches {
		if _, err := store.AddArticles(ctx, b); err != nil {
			return added, err
		}
		added += len(b)
		if added%(batchSize*200) == 0 {
			fmt.Fprintf(log, "briefbot: gen: %d articles\n", added)
		}
	}
	return added, ctx.Err()
}

// newsCountries are the countries a news corpus is about, the most
// reported first.
var newsCountries = []string{
	"US", "CN", "RU", "UA", "FR", "GB", "DE", "KR", "JP", "IN", "IL", "IR", "BR", "IT", "ES",
	"TR", "MX", "CA", "AU", "KP", "PK", "SA", "EG", "NG", "ZA", "AR", "PL", "NL", "BE", "CH",
	"SE", "NO", "GR", "PT", "VN", "TH", "ID", "PH", "KE", "ET", "CO", "VE", "CL", "PE", "SY",
}

// NewsPlaces are the countries and their capitals, named in each language
// of the corpus.
func NewsPlaces() []Place {
	var out []Place
	for _, code := range newsCountries {
		country := Place{}
		for _, lang := range CorpusLangs {
			country[lang] = geo.CountryName(code, lang)
		}
		out = append(out, country)
		if capital, ok := geo.Capital(code); ok {
			city := Place{}
			for _, lang := range CorpusLangs {
				city[lang] = capital.In(lang)
			}
			out = append(out, city)
		}
	}
	return out
}

// key writes the search keys of the articles of b, on every core.
func key(b []briefbot.Article) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(b); i = int(next.Add(1) - 1) {
				b[i].Keys, b[i].KeysVersion = topics.Keys(b[i]), topics.KeysVersion
			}
		})
	}
	wg.Wait()
}

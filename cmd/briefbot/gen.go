package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"briefbot"
	"briefbot/geo"
	"briefbot/internal/synth"
	"briefbot/storage/sqlite"
)

// genSpan is how far back a generated corpus reaches.
const genSpan = 90 * 24 * time.Hour

// genBatch is how many generated articles are stored a transaction.
const genBatch = 500

// runGen writes a synthetic corpus into the database, for benchmarks.
func runGen(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "gen")
	n := fs.Int("n", 10_000, "number of articles")
	size := fs.Int("size", 1200, "bytes of text an article")
	seed := fs.Uint64("seed", 1, "random seed")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, _, err := loadConfig(env, c)
	if err != nil {
		return err
	}
	store, err := sqlite.Open(ctx, dbPath(env, c, cfg))
	if err != nil {
		return err
	}
	defer store.Close()
	start := time.Now()
	added, err := generate(ctx, store, synth.NewCorpus(*seed, *n, *size, genPlaces(), env.Now(), genSpan), env.Stderr)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "generated %d articles in %s\n", added, time.Since(start).Round(time.Second))
	return nil
}

// generate stores every article of the corpus, generating the next batch
// while the last one is written; it reports progress at every tenth.
func generate(ctx context.Context, store *sqlite.DB, c *synth.Corpus, log io.Writer) (int, error) {
	batches := make(chan []briefbot.Article, 2)
	go func() {
		defer close(batches)
		for {
			b := make([]briefbot.Article, 0, genBatch)
			for len(b) < genBatch {
				a, ok := c.Next()
				if !ok {
					break
				}
				b = append(b, a)
			}
			if len(b) == 0 {
				return
			}
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
		if added%(genBatch*200) == 0 {
			fmt.Fprintf(log, "briefbot: gen: %d articles\n", added)
		}
	}
	return added, ctx.Err()
}

// genCountries are the countries the generated stories are about, the
// most reported first.
var genCountries = []string{
	"US", "CN", "RU", "UA", "FR", "GB", "DE", "KR", "JP", "IN", "IL", "IR", "BR", "IT", "ES",
	"TR", "MX", "CA", "AU", "KP", "PK", "SA", "EG", "NG", "ZA", "AR", "PL", "NL", "BE", "CH",
	"SE", "NO", "GR", "PT", "VN", "TH", "ID", "PH", "KE", "ET", "CO", "VE", "CL", "PE", "SY",
}

// genPlaces are the countries and their capitals, named in each language
// of the corpus.
func genPlaces() []synth.Place {
	var out []synth.Place
	for _, code := range genCountries {
		country := synth.Place{}
		for _, lang := range synth.CorpusLangs {
			country[lang] = geo.CountryName(code, lang)
		}
		out = append(out, country)
		if capital, ok := geo.Capital(code); ok {
			city := synth.Place{}
			for _, lang := range synth.CorpusLangs {
				city[lang] = capital.In(lang)
			}
			out = append(out, city)
		}
	}
	return out
}

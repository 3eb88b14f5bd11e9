package ingest

import (
	"context"
	"errors"
	"sync"
	"time"

	"briefbot"
)

// fakeStore is an ArticleStore in a map: an article is a duplicate when its
// URL or its content hash is stored already.
type fakeStore struct {
	mu       sync.Mutex
	keys     map[string]int64
	articles []briefbot.Article
	calls    int
	fail     func(a briefbot.Article) error // when set, AddArticle returns its error
}

func newFakeStore() *fakeStore { return &fakeStore{keys: map[string]int64{}} }

func (s *fakeStore) AddArticle(ctx context.Context, a briefbot.Article) (briefbot.AddResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls++
	if s.fail != nil {
		if err := s.fail(a); err != nil {
			return briefbot.AddResult{}, err
		}
	}
	keys := []string{"hash:" + briefbot.ContentHash(a.Text)}
	if a.URL != "" {
		keys = append(keys, "url:"+a.URL)
	}
	for _, k := range keys {
		if id, ok := s.keys[k]; ok {
			return briefbot.AddResult{ID: id, Duplicate: true}, nil
		}
	}
	a.ID = int64(len(s.articles) + 1)
	s.articles = append(s.articles, a)
	for _, k := range keys {
		s.keys[k] = a.ID
	}
	return briefbot.AddResult{ID: a.ID}, nil
}

func (s *fakeStore) SearchArticles(ctx context.Context, q briefbot.Search) ([]briefbot.Hit, error) {
	return nil, errors.New("fakeStore: search is not faked")
}

func (s *fakeStore) RecentArticles(ctx context.Context, since time.Time, limit int) ([]briefbot.Article, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []briefbot.Article
	for _, a := range s.articles {
		if !a.Seen().Before(since) && (limit <= 0 || len(out) < limit) {
			out = append(out, a)
		}
	}
	return out, nil
}

func (s *fakeStore) ArticleStats(ctx context.Context) (briefbot.ArticleStats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := briefbot.ArticleStats{Articles: len(s.articles)}
	for _, a := range s.articles {
		if a.Sample {
			st.Samples++
		}
	}
	return st, nil
}

func (s *fakeStore) DeleteSamples(ctx context.Context) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	kept := s.articles[:0]
	for _, a := range s.articles {
		if !a.Sample {
			kept = append(kept, a)
		}
	}
	n := len(s.articles) - len(kept)
	s.articles = kept
	return n, nil
}

// titles lists the stored articles' titles in the order they were added.
func (s *fakeStore) titles() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, a := range s.articles {
		out = append(out, a.Title)
	}
	return out
}

func (s *fakeStore) stored() []briefbot.Article {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]briefbot.Article(nil), s.articles...)
}

// summarizerFunc is a Summarizer made of a function.
type summarizerFunc func(ctx context.Context, doc briefbot.Document) (briefbot.Summary, error)

func (f summarizerFunc) Summarize(ctx context.Context, doc briefbot.Document) (briefbot.Summary, error) {
	return f(ctx, doc)
}

// echoSummarizer summarizes a document as its title, in the language it
// was given or else in English.
var echoSummarizer = summarizerFunc(func(ctx context.Context, doc briefbot.Document) (briefbot.Summary, error) {
	lang := doc.Lang
	if lang == "" {
		lang = "en"
	}
	return briefbot.Summary{What: doc.Title, Summary: doc.Title, Lang: lang}, nil
})

var testNow = time.Date(2024, 12, 1, 7, 0, 0, 0, time.UTC)

func newTestIngester(store *fakeStore) *Ingester {
	return &Ingester{
		Store:      store,
		Summarizer: echoSummarizer,
		Now:        func() time.Time { return testNow },
	}
}

package briefbot

import (
	"context"
	"time"
)

// Term is one word or phrase of a full-text condition. Storage quotes it, so
// its text is never query syntax.
type Term struct {
	Phrase string // one or more words, matched as a phrase
	Prefix bool   // the last word may be the start of a longer word
}

// Match is a full-text condition: every group must match, and a group matches
// when any one of its terms does.
type Match [][]Term

// Search asks the store for the articles that match a condition in a window.
type Search struct {
	Match Match
	Since time.Time // only articles whose Seen time is at or after Since; zero: no bound
	Until time.Time // only articles seen before Until; zero: no bound
	Limit int       // at most this many hits; 0 means the store's default
}

// StoryWindow is how far back a new article looks for a near-duplicate to
// join its story.
const StoryWindow = 72 * time.Hour

// Hit is one article found by a search.
type Hit struct {
	Article   Article
	Relevance float64 // full-text relevance; higher is better
}

// AddResult tells what AddArticle did.
type AddResult struct {
	ID        int64 // the stored article's id, or the id of the one it duplicates
	Duplicate bool  // an article with the same canonical URL or content was already stored
}

// ArticleStats counts what the store holds.
type ArticleStats struct {
	Articles int // all articles, samples included
	Samples  int // articles of the bundled sample corpus

	Unsummarized int // articles the summarizer failed on (see Article.SummaryError)
}

// ArticleStore keeps articles and finds them again.
type ArticleStore interface {
	// AddArticle stores a, unless an article with the same canonical URL or
	// the same content is stored already.
	// It assigns the article to the story of a near-duplicate seen in the
	// last StoryWindow (see SimHash), or to a new story of its own.
	AddArticle(ctx context.Context, a Article) (AddResult, error)
	// AddArticles stores many articles in one transaction, as AddArticle
	// would one by one; results are in the order of as.
	AddArticles(ctx context.Context, as []Article) ([]AddResult, error)
	// SearchArticles returns the hits for s, most relevant first.
	SearchArticles(ctx context.Context, s Search) ([]Hit, error)
	// GetArticle returns one article; ENotFound when there is none.
	GetArticle(ctx context.Context, id int64) (Article, error)
	// RecentArticles returns the articles seen at or after since, newest first.
	RecentArticles(ctx context.Context, since time.Time, limit int) ([]Article, error)
	// ArticleStats counts the stored articles.
	ArticleStats(ctx context.Context) (ArticleStats, error)
	// DeleteSamples removes the bundled sample articles and returns how many.
	DeleteSamples(ctx context.Context) (int, error)
	// DeleteSeenBefore removes the articles seen before t (retention) and
	// returns how many.
	DeleteSeenBefore(ctx context.Context, t time.Time) (int, error)
	// ArticlesAfter returns up to limit articles whose id is above afterID,
	// in id order: only those with a SummaryError when failedOnly.
	ArticlesAfter(ctx context.Context, afterID int64, failedOnly bool, limit int) ([]Article, error)
	// SetSummary replaces an article's summary and its SummaryError;
	// ENotFound when there is no such article.
	SetSummary(ctx context.Context, id int64, s Summary, summaryErr string) error
}

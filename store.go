package briefbot

import (
	"context"
	"time"
)

// Store is everything briefbot keeps, behind one interface: each store
// technology (SQLite today) implements it, and every implementation passes
// the same contract suite, storage/storetest, so that the program behaves
// alike on any of them. Maintenance that only makes sense for one
// technology (an integrity check of its files, a file backup, its schema
// version) stays on the concrete store.
type Store interface {
	ArticleStore
	FeedStore
	SubscriptionStore
	DeliveryLog
	MemoryStore
	ChatMover

	// Ping checks that the store answers, for a readiness probe.
	Ping(ctx context.Context) error
	// Close releases the store; calls in flight finish first. It is the
	// last step of shutdown.
	Close() error
}

// Limits on how many items one store call returns (articles, candidates,
// feeds): a limit of 0 asks for DefaultLimit, a limit above MaxLimit gets
// MaxLimit, and a negative limit is EInvalid.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

// Bounds on one search, so that no message, however long, makes a search
// slow: terms in all groups together, and characters (runes) in one term.
// A search beyond them is EInvalid.
const (
	MaxSearchTerms = 64
	MaxTermRunes   = 200
)

// Term is one word or phrase of a full-text condition.
//
// Stores match words, not characters: a text is split into words at every
// character that is neither a letter nor a digit, and words are compared
// folded, without case or diacritics, so "coree" and "CORÉE" find "Corée"
// and "seoul" finds "Séoul". A term's words must follow one another in one
// field of the article; with Prefix, its last word may be the start of a
// longer word ("elect" finds "elections"). Nothing in a term is query
// syntax: quotes, '*', '-', ':', parentheses, NEAR, AND, OR and NOT are
// separators or plain words like any other. A term must hold a letter or a
// digit and at most MaxTermRunes characters.
//
// Stores do not translate: a term finds its own words only, and a caller
// that wants "korea" to find "Corée" gives both terms in one group.
//
// A term with a Key matches the articles whose Keys hold that key, and
// words never match a key: "pkr" as a word finds the word pkr only.
type Term struct {
	Phrase string // one or more words, matched as a phrase
	Prefix bool   // the last word may be the start of a longer word
	Key    string // an exact search key (see ValidKey); Phrase and Prefix are then unused
}

// MaxKeyBytes is the longest search key.
const MaxKeyBytes = 64

// ValidKey reports whether k can be a search key: 1 to MaxKeyBytes
// lower-case ASCII letters and digits, so that every store can index it
// as it stands.
func ValidKey(k string) bool {
	if k == "" || len(k) > MaxKeyBytes {
		return false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// ArticleKeys are the search keys written for one article.
type ArticleKeys struct {
	ID      int64
	Keys    []string
	Version int
}

// Match is a full-text condition: every group must match, and a group
// matches when any one of its terms does: a word term in any of the
// fields a search reads (the headline, the body, the one-line summary,
// and the people and places of the summary, each as its names in order),
// a key term in the article's Keys. It has at least one group, no empty
// group, and at most MaxSearchTerms terms in all, keys included.
type Match [][]Term

// Search asks the store for the candidates of a condition in a window: of
// the articles that match Match and were seen (Article.Seen) at or after
// Since and before Until, the Limit most recently stored (the highest ids),
// the most recent first. Stores do not rank; brief/ scores the candidates.
type Search struct {
	Match Match
	Since time.Time // only articles whose Seen time is at or after Since; zero: no bound
	Until time.Time // only articles seen before Until; zero: no bound
	Limit int       // at most this many candidates; 0: DefaultLimit; above MaxLimit: MaxLimit
}

// Candidate is an article a search found, with what ranking reads of it:
// its identity, when it counts, and its short fields. Ranking reads the
// full articles of the candidates it keeps with GetArticles.
type Candidate struct {
	ID      int64
	StoryID int64
	Seen    time.Time // Article.Seen, to the second
	Title   string
	Summary string   // the one-line summary, Summary.Summary
	Who     []string // Summary.Who
	Where   []string // Summary.Where
}

// StoryWindow is how far back a new article looks for a near-duplicate to
// join its story.
const StoryWindow = 72 * time.Hour

// Hit is one article found by a search, with the relevance ranking gave
// it; a store leaves Relevance 0.
type Hit struct {
	Article   Article
	Relevance float64 // relevance to the search; higher is better
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
//
// An article is stored with its URL canonical (see CanonicalURL) and its
// times in UTC, to the second (any fraction dropped). Its id is positive
// and higher than that of every article stored before it, so the highest
// ids are the latest stored.
type ArticleStore interface {
	// AddArticle stores a, unless an article with the same canonical URL or
	// the same content (see ContentHash) is stored already: then it
	// returns that article's id and Duplicate, preferring the one with the
	// same URL. It assigns the article to the story of its nearest
	// near-duplicate: the stored article, seen within StoryWindow of it,
	// whose text's SimHash is at most NearDuplicate bits away (fewest bits,
	// then closest in time, then the first stored). Without one the article
	// starts a story of its own, whose id is its own. An article with no
	// text, no Ingested time, a FeedID that names no feed, a summary date
	// that is not YYYY-MM-DD, an invalid key (see ValidKey) or a negative
	// KeysVersion is EInvalid, with a message that names it.
	AddArticle(ctx context.Context, a Article) (AddResult, error)
	// AddArticles stores many articles in one transaction, as AddArticle
	// would one by one (a duplicate of one earlier in as is reported as
	// such); results are in the order of as. When one article is invalid,
	// or ctx ends, nothing is stored.
	AddArticles(ctx context.Context, as []Article) ([]AddResult, error)
	// SearchCandidates returns the candidates for s (see Search).
	SearchCandidates(ctx context.Context, s Search) ([]Candidate, error)
	// SearchArticles returns the full articles of the candidates for s, in
	// the same order.
	SearchArticles(ctx context.Context, s Search) ([]Hit, error)
	// GetArticle returns one article; ENotFound when there is none.
	GetArticle(ctx context.Context, id int64) (Article, error)
	// GetArticles returns the stored articles among ids, each once, in the
	// order of ids; an id with no article is left out. More than MaxLimit
	// ids is EInvalid.
	GetArticles(ctx context.Context, ids []int64) ([]Article, error)
	// RecentArticles returns the articles seen at or after since (zero:
	// all), newest seen first (then the latest stored), at most limit.
	RecentArticles(ctx context.Context, since time.Time, limit int) ([]Article, error)
	// ArticleStats counts the stored articles.
	ArticleStats(ctx context.Context) (ArticleStats, error)
	// DeleteSamples removes the bundled sample articles and returns how many.
	DeleteSamples(ctx context.Context) (int, error)
	// DeleteSeenBefore removes the articles seen before t, samples
	// included (retention), and returns how many; the zero t removes
	// nothing. A new near-duplicate of a removed article starts a story of
	// its own.
	DeleteSeenBefore(ctx context.Context, t time.Time) (int, error)
	// ArticlesAfter returns up to limit articles whose id is above afterID,
	// in id order: only those with a SummaryError when failedOnly.
	ArticlesAfter(ctx context.Context, afterID int64, failedOnly bool, limit int) ([]Article, error)
	// SetSummary replaces an article's summary and its SummaryError, and
	// searches find the new summary; ENotFound when there is no such
	// article, EInvalid for a summary date that is not YYYY-MM-DD.
	SetSummary(ctx context.Context, id int64, s Summary, summaryErr string) error
	// ArticlesToKey returns up to limit articles whose KeysVersion is
	// below version and whose id is above afterID, in id order: those
	// whose keys a newer version of the rules should write again.
	ArticlesToKey(ctx context.Context, version int, afterID int64, limit int) ([]Article, error)
	// SetKeys replaces the keys and KeysVersion of each article named, in
	// one transaction, and searches find the new keys; an id that names no
	// article is skipped (it may have been removed meanwhile). An invalid
	// key (see ValidKey), a negative version or more than MaxLimit
	// articles is EInvalid, and nothing is written.
	SetKeys(ctx context.Context, ks []ArticleKeys) error
}

package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"briefbot"
	"briefbot/ingest/files"
	"briefbot/ingest/internal/tidy"
	"briefbot/topics"
)

// Ingester reads article files, summarizes their articles and stores them.
// It prepares articles on every core at once, so Summarizer, Clean,
// DeriveTitle and Now must be safe for concurrent use; it stores them in
// batches of StoreBatch articles, each batch one call to AddArticles.
type Ingester struct {
	Store      briefbot.ArticleStore
	Summarizer briefbot.Summarizer // nil: articles are stored without a summary

	// Clean strips boilerplate from an article's text before it is
	// summarized and stored. Nil: the text is only tidied.
	Clean func(text string) string
	// DeriveTitle writes a headline for an article that has none. Nil: the
	// first sentence of the lead, cut at 120 characters.
	DeriveTitle func(text string) string

	Now         func() time.Time // nil: time.Now
	Log         *slog.Logger     // nil: no logs
	MaxFileSize int64            // 0: MaxFileSize
	// Progress, when set, is told after each file how many of the files
	// have been read.
	Progress func(done, total int)
	// OnSummarized, when set, is told how long each summary took.
	OnSummarized func(d time.Duration)
	// OnPanic, when set, is told of each panic contained while preparing
	// an article, by stage ("clean", "summarize", "parse").
	OnPanic func(stage string)
}

// Report tells what an ingest did.
type Report struct {
	Added        int         // articles stored
	Duplicates   int         // articles the store already had
	Failed       []FileError // files, items and articles that could not be ingested
	Unsummarized int         // of the articles added, those stored without a summary (see Article.SummaryError)
}

// FileError is one file, or one article, that could not be ingested, and
// why. Err's message names it, and is fit for a user.
type FileError struct {
	Name string
	Err  error
}

func (e FileError) Error() string { return e.Err.Error() }

func (e FileError) Unwrap() error { return e.Err }

// String sums the report up in one line, such as "3 added, 1 duplicate,
// 1 failed".
func (r Report) String() string {
	added := fmt.Sprintf("%d added", r.Added)
	if r.Unsummarized > 0 {
		added += fmt.Sprintf(" (%d without a summary)", r.Unsummarized)
	}
	return fmt.Sprintf("%s, %s, %d failed", added, plural(r.Duplicates, "duplicate"), len(r.Failed))
}

// IngestPaths ingests the files that paths name: files, folders (every
// article file under them), and Stdin for stdin. A file that cannot be
// read or parsed is reported in the Report by name while the others land.
// The articles of many small files share batches. The error is for what
// stops the whole ingest: ctx ending, or a store failure.
func (in *Ingester) IngestPaths(ctx context.Context, paths []string, stdin io.Reader, opt Options) (Report, error) {
	if opt.DeriveTitle == nil {
		opt.DeriveTitle = in.DeriveTitle
	}
	found, unreadable := files.Files(paths)
	items := func(yield func(item) bool) {
		for _, u := range unreadable {
			in.log().Warn("ingest: skipped", "file", u.Path, "err", u.Err)
			if !yield(item{failed: &FileError{Name: u.Path, Err: u.Err}}) {
				return
			}
		}
		for i, path := range found {
			if ctx.Err() != nil {
				return
			}
			for _, it := range in.readFile(path, stdin, opt) {
				if !yield(it) {
					return
				}
			}
			if in.Progress != nil {
				in.Progress(i+1, len(found))
			}
		}
	}
	return in.run(ctx, readAhead(items, StoreBatch))
}

// readFile reads and parses one file: its articles, then what could not
// be read, if anything.
func (in *Ingester) readFile(path string, stdin io.Reader, opt Options) []item {
	name := files.DisplayName(path)
	data, err := files.ReadFile(path, stdin, in.maxFileSize())
	if err != nil {
		in.log().Warn("ingest: cannot read", "file", name, "err", err)
		return []item{{failed: &FileError{Name: name, Err: err}}}
	}
	var arts []briefbot.Article
	var perr error
	if err := briefbot.Contain("parse", func() { arts, perr = files.Parse(name, data, opt) }); err != nil {
		in.log().Error("ingest: contained a panic; the file is skipped", "file", name, "err", err)
		if in.OnPanic != nil {
			in.OnPanic("parse")
		}
		arts, perr = nil, fmt.Errorf("%s: cannot be read: %w", name, err)
	}
	in.log().Debug("ingest: file", "file", name, "articles", len(arts))
	items := make([]item, 0, len(arts)+1)
	for _, a := range arts {
		items = append(items, item{file: name, article: a})
	}
	if perr != nil {
		in.log().Warn("ingest: cannot parse", "file", name, "err", perr)
		items = append(items, item{failed: &FileError{Name: name, Err: perr}})
	}
	return items
}

// IngestArticles summarizes and stores articles; each keeps its FeedID. An
// article that cannot be summarized or that the store refuses as invalid
// is reported in the Report, named by its URL or title, while the others
// land. The error is for what stops the whole ingest: ctx ending, or a
// store failure.
func (in *Ingester) IngestArticles(ctx context.Context, arts []briefbot.Article) (Report, error) {
	return in.run(ctx, func(yield func(item) bool) {
		for _, a := range arts {
			if !yield(item{article: a}) {
				return
			}
		}
	})
}

// prepare tidies an article as files.Parse does, cleans its text, gives
// it a title, summarizes it and stamps it with the time of ingest. Its
// errors are EInvalid: they concern this article only. A panic while
// cleaning or summarizing is contained: it is logged and counted, and the
// article keeps its tidied text, or is stored without a summary and with
// a SummaryError, so that nothing in one article stops an ingest.
//
// For a copy (see copies), prepare stops before the summary when the
// text is the article's own, cleaned, as its original's is, and says so;
// a text that cleaning empties is replaced by the title, which copies
// need not share.
func (in *Ingester) prepare(ctx context.Context, a briefbot.Article, copy bool) (_ briefbot.Article, copied bool, _ error) {
	a.Title = tidy.Line(a.Title)
	a.Source = tidy.Line(a.Source)
	a.URL = tidy.URL(a.URL)
	a.Lang = briefbot.LangCode(a.Lang)
	raw := a.Text
	if err := briefbot.Contain("clean", func() { a.Text = tidy.Paragraphs(in.clean(raw)) }); err != nil {
		in.recovered(a, err)
		a.Text = tidy.Paragraphs(raw)
	}
	if copy && a.Text != "" {
		return a, true, nil
	}
	if a.Text == "" {
		a.Text = a.Title
	}
	if a.Text == "" {
		return a, false, briefbot.Errorf(briefbot.EInvalid, "no title and no text")
	}
	if a.Title == "" {
		if err := briefbot.Contain("clean", func() { a.Title = tidy.Title(in.DeriveTitle, a.Text) }); err != nil {
			in.recovered(a, err)
			a.Title = tidy.Title(nil, a.Text)
		}
	}
	if in.Summarizer != nil {
		if err := in.summarize(ctx, &a); err != nil {
			return a, false, err
		}
	}
	in.key(&a)
	a.Ingested = in.now()
	return a, false, nil
}

// key writes a's search keys from its text and summary (see
// topics.Keys). A panic leaves a without keys, for Rekey to try again.
func (in *Ingester) key(a *briefbot.Article) {
	var keys []string
	if perr := briefbot.Contain("keys", func() { keys = topics.Keys(*a) }); perr != nil {
		in.recovered(*a, perr)
		a.Keys, a.KeysVersion = nil, 0
		return
	}
	a.Keys, a.KeysVersion = keys, topics.KeysVersion
}

// summarize writes a's summary. A summarizer that panics leaves a without
// a summary and with a SummaryError; one that fails refuses the article.
func (in *Ingester) summarize(ctx context.Context, a *briefbot.Article) error {
	doc := briefbot.Document{Title: a.Title, Text: a.Text, Lang: a.Lang, Published: a.Published, Cleaned: in.Clean != nil}
	var sum briefbot.Summary
	var err error
	start := time.Now()
	if perr := briefbot.Contain("summarize", func() { sum, err = in.Summarizer.Summarize(ctx, doc) }); perr != nil {
		in.recovered(*a, perr)
		a.Summary, a.SummaryError = briefbot.Summary{}, perr.Error()
		return nil
	}
	if in.OnSummarized != nil {
		in.OnSummarized(time.Since(start))
	}
	if err != nil {
		return &briefbot.Error{Code: briefbot.EInvalid, Message: "cannot be summarized", Err: err}
	}
	a.Summary, a.SummaryError = sum, ""
	if a.Lang == "" {
		a.Lang = briefbot.LangCode(sum.Lang)
	}
	return nil
}

// recovered logs a contained panic once, naming the article by its source
// and URL (or title), never by its text, and counts it.
func (in *Ingester) recovered(a briefbot.Article, err error) {
	stage := "prepare"
	var pe *briefbot.PanicError
	if errors.As(err, &pe) {
		stage = pe.Stage
	}
	in.log().Error("ingest: contained a panic; the article is stored all the same",
		"stage", stage, "source", a.Source, "url", a.URL, "title", tidy.Cut(a.Title, 60), "err", err)
	if in.OnPanic != nil {
		in.OnPanic(stage)
	}
}

// articleName names an article in a report: its file and title, else its
// URL, else its title.
func articleName(file string, a briefbot.Article) string {
	title := tidy.Cut(tidy.Line(a.Title), 60)
	switch {
	case file != "" && title != "":
		return file + ": " + fmt.Sprintf("%q", title)
	case file != "":
		return file
	case a.URL != "":
		return a.URL
	case title != "":
		return fmt.Sprintf("%q", title)
	}
	return "an article without title"
}

func (in *Ingester) clean(text string) string {
	if in.Clean == nil {
		return text
	}
	return in.Clean(text)
}

func (in *Ingester) now() time.Time {
	if in.Now == nil {
		return time.Now()
	}
	return in.Now()
}

func (in *Ingester) log() *slog.Logger {
	if in.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return in.Log
}

func (in *Ingester) maxFileSize() int64 {
	if in.MaxFileSize <= 0 {
		return MaxFileSize
	}
	return in.MaxFileSize
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

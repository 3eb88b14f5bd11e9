// Package eval measures /ask on a question set written for it: questions a
// reader of a brief asks about its stories, in English and French, with
// the answers the stories hold or none, beside a plain BM25 sentence
// retriever run on the same questions (see Contains and Right for how a
// reply is scored).
//
// All the articles the set names go in one store, through the ingest
// pipeline, so that every question's brief has the others' stories as
// competition. Each question is asked in a chat of its own, whose last
// brief is the question's articles: /ask writes only to the chat's
// memory, so this is the same as a fresh store for each question, at the
// cost of one ingest.
package eval

import (
	"context"
	"fmt"
	"io"
	"sort"
	"time"

	"briefbot"
	"briefbot/ask"
	"briefbot/lang"
	"briefbot/topics"
)

// Store is what a run reads and writes: the articles, and the chats'
// memory of their last brief.
type Store interface {
	briefbot.ArticleStore
	briefbot.MemoryStore
}

// Fill stores arts in a new, empty store as briefbot ingests articles
// (cleaned, summarized, stored), and returns the store with the function
// that closes it and removes what it made.
type Fill func(ctx context.Context, arts []briefbot.Article) (Store, func() error, error)

// Options choose what a run reports.
type Options struct {
	Split   string    // Dev, Test or "all": the splits reported, each on its own
	Verbose bool      // list each question with the replies it got
	Now     time.Time // when the questions are asked; zero: a fixed day
}

// Reply is what one system answered to one question, and its score.
type Reply struct {
	Quotes    []string // the sentences quoted, best first; none for "I don't know"
	FromBrief bool     // the first quote is from a story of the brief
	Right     bool     // see Right
	Later     bool     // wrong, but a later quote holds an accepted answer
	Score     float64  // the baseline's BM25 score of its quote
}

// Outcome is one question with the replies of briefbot's /ask and of the
// baseline.
type Outcome struct {
	Question
	Ask, BM25 Reply
}

// Results are the outcomes of a run and the threshold the baseline used.
type Results struct {
	Outcomes  []Outcome
	Threshold float64 // the baseline's "I don't know" threshold, chosen on the dev split
	Articles  int     // in the store
}

// Run asks the set's questions of /ask and of the baseline and writes the
// report: the table, then each question when opt.Verbose.
func Run(ctx context.Context, w io.Writer, set Set, fill Fill, opt Options) error {
	res, err := Evaluate(ctx, set, fill, opt)
	if err != nil {
		return err
	}
	return Report(w, res, opt)
}

// Evaluate asks the questions of opt.Split and scores the replies. The
// baseline's threshold is chosen on the dev questions, which it answers
// whatever the split.
func Evaluate(ctx context.Context, set Set, fill Fill, opt Options) (_ Results, err error) {
	if opt.Now.IsZero() {
		opt.Now = time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	}
	names, pool := poolOf(set)
	store, closeStore, err := fill(ctx, pool)
	if err != nil {
		return Results{}, fmt.Errorf("eval: fill the store: %w", err)
	}
	defer func() {
		if cerr := closeStore(); err == nil && cerr != nil {
			err = fmt.Errorf("eval: close the store: %w", cerr)
		}
	}()
	stored, ids, err := storedArticles(ctx, store, names, set.Articles)
	if err != nil {
		return Results{}, err
	}
	asker := &ask.Asker{Store: store, Memory: store, Topics: topics.New(nil), Now: func() time.Time { return opt.Now }}
	base := newBM25(stored)
	res := Results{Articles: len(stored)}
	picks := map[string]bm25Pick{}
	for _, q := range set.Questions {
		brief := make([]int64, len(q.Articles))
		for i, p := range q.Articles {
			brief[i] = ids[p]
		}
		picks[q.ID] = pickBM25(base, q.Text, brief)
		if opt.Split != "all" && q.Split != opt.Split {
			continue
		}
		r, err := askBot(ctx, asker, store, q, brief, opt.Now)
		if err != nil {
			return Results{}, err
		}
		res.Outcomes = append(res.Outcomes, Outcome{Question: q, Ask: r})
	}
	res.Threshold = chooseThreshold(InSplit(set.Questions, Dev), picks)
	for i, o := range res.Outcomes {
		res.Outcomes[i].BM25 = bm25Reply(o.Question, picks[o.ID], res.Threshold)
	}
	return res, nil
}

// poolOf lists the set's articles by name, sorted, so that a run stores
// them in the same order every time.
func poolOf(set Set) ([]string, []briefbot.Article) {
	names := make([]string, 0, len(set.Articles))
	for n := range set.Articles {
		names = append(names, n)
	}
	sort.Strings(names)
	arts := make([]briefbot.Article, len(names))
	for i, n := range names {
		arts[i] = set.Articles[n]
	}
	return names, arts
}

// storedArticles reads back what the store holds and finds each of the
// set's articles among it by its headline's words.
func storedArticles(ctx context.Context, store Store, names []string, arts map[string]briefbot.Article) ([]briefbot.Article, map[string]int64, error) {
	var stored []briefbot.Article
	for after := int64(0); ; {
		page, err := store.ArticlesAfter(ctx, after, false, briefbot.MaxLimit)
		if err != nil {
			return nil, nil, fmt.Errorf("eval: read the store: %w", err)
		}
		if len(page) == 0 {
			break
		}
		stored = append(stored, page...)
		after = page[len(page)-1].ID
	}
	byTitle := map[string]int64{}
	for _, a := range stored {
		byTitle[titleKey(a.Title)] = a.ID
	}
	ids := map[string]int64{}
	for _, n := range names {
		id, ok := byTitle[titleKey(arts[n].Title)]
		if !ok {
			return nil, nil, fmt.Errorf("eval: %s (%q) is not in the store: a duplicate, or refused", n, arts[n].Title)
		}
		ids[n] = id
	}
	return stored, ids, nil
}

func titleKey(title string) string { return fmt.Sprint(lang.Words(title)) }

// askBot asks q of /ask in a chat of its own, whose last brief is brief.
func askBot(ctx context.Context, asker *ask.Asker, mem briefbot.MemoryStore, q Question, brief []int64, now time.Time) (Reply, error) {
	chat := briefbot.ChatRef{Platform: "eval", ID: q.ID}
	if err := mem.RememberBrief(ctx, chat, "eval", brief, now); err != nil {
		return Reply{}, fmt.Errorf("eval: question %s: %w", q.ID, err)
	}
	ans, err := asker.Answer(ctx, chat, q.Text)
	if err != nil {
		return Reply{}, fmt.Errorf("eval: question %s: %w", q.ID, err)
	}
	var r Reply
	for _, qt := range ans.Quotes {
		r.Quotes = append(r.Quotes, qt.Sentence)
	}
	if len(ans.Quotes) > 0 {
		for _, id := range brief {
			r.FromBrief = r.FromBrief || ans.Quotes[0].Article.ID == id
		}
	}
	return scored(q, r), nil
}

func scored(q Question, r Reply) Reply {
	r.Right = Right(q, r.Quotes)
	r.Later = !r.Right && q.Answerable() && laterRight(q, r.Quotes)
	return r
}

// pickBM25 finds the baseline's candidates for a question.
func pickBM25(b *bm25, question string, brief []int64) bm25Pick {
	var terms []string
	seen := map[string]bool{}
	for _, t := range bm25Terms(question) {
		if !seen[t] {
			seen[t] = true
			terms = append(terms, t)
		}
	}
	in := map[int64]bool{}
	for _, id := range brief {
		in[id] = true
	}
	var p bm25Pick
	p.brief, p.briefScore = b.best(terms, in)
	p.store, p.storeScore = b.best(terms, nil)
	return p
}

func bm25Reply(q Question, p bm25Pick, t float64) Reply {
	quote, fromBrief := p.reply(t)
	r := Reply{FromBrief: fromBrief}
	if quote != "" {
		r.Quotes = []string{quote}
		r.Score = p.briefScore
		if !fromBrief {
			r.Score = p.storeScore
		}
	}
	return scored(q, r)
}

// chooseThreshold is the baseline's "I don't know" threshold: of the
// scores its candidates reach on the dev questions, the lowest that gives
// the best harmonic mean of answerable accuracy and "don't know" accuracy,
// so that neither is given up for the other (refusing every question has
// a mean of 0, not ½).
func chooseThreshold(dev []Question, picks map[string]bm25Pick) float64 {
	cands := []float64{0}
	for _, q := range dev {
		cands = append(cands, picks[q.ID].briefScore, picks[q.ID].storeScore)
	}
	sort.Float64s(cands)
	best, bestAcc := 0.0, -1.0
	for _, t := range cands {
		var c tally
		for _, q := range dev {
			c.add(q, bm25Reply(q, picks[q.ID], t).Right)
		}
		if acc := c.harmonic(); acc > bestAcc {
			best, bestAcc = t, acc
		}
	}
	return best
}

// tally counts right replies to answerable and unanswerable questions.
type tally struct{ answerable, answerableRight, unknown, unknownRight int }

func (c *tally) add(q Question, right bool) {
	if q.Answerable() {
		c.answerable++
		if right {
			c.answerableRight++
		}
		return
	}
	c.unknown++
	if right {
		c.unknownRight++
	}
}

// harmonic is the harmonic mean of the two accuracies.
func (c tally) harmonic() float64 {
	a, u := ratio(c.answerableRight, c.answerable), ratio(c.unknownRight, c.unknown)
	if a+u == 0 {
		return 0
	}
	return 2 * a * u / (a + u)
}

func ratio(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

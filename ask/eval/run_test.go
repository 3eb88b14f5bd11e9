package eval_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/ask/eval"
	"briefbot/ingest"
	"briefbot/samples"
	"briefbot/storage/teststore"
	"briefbot/summarize"
)

// evalNow is when the built-in questions are asked.
var evalNow = time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)

const (
	chipLab = "https://samples.briefbot.invalid/en/korea/daejeon-shared-chip-lab"
	rugby   = "https://samples.briefbot.invalid/en/sport/rugby-cup-final-cardiff"
)

// sampleSet is a few questions on the bundled samples, all of which are
// the store, by their URLs.
func sampleSet(t *testing.T, qs ...eval.Question) eval.Set {
	t.Helper()
	arts, err := samples.Articles(evalNow)
	if err != nil {
		t.Fatal(err)
	}
	set := eval.Set{Questions: qs, Articles: map[string]briefbot.Article{}}
	for _, a := range arts {
		set.Articles[a.URL] = a
	}
	return set
}

// fillTest stores the articles through the ingest pipeline in a store of
// the test's.
func fillTest(t *testing.T) eval.Fill {
	return func(ctx context.Context, arts []briefbot.Article) (eval.Store, func() error, error) {
		db := teststore.Open(t)
		in := &ingest.Ingester{Store: db, Summarizer: summarize.New(), Clean: summarize.Clean,
			DeriveTitle: summarize.DeriveTitle, Now: func() time.Time { return evalNow }}
		if _, err := in.IngestArticles(ctx, arts); err != nil {
			return nil, nil, err
		}
		return db, func() error { return nil }, nil
	}
}

func TestEvaluateScoresReplies(t *testing.T) {
	qs := []eval.Question{
		{ID: "right", Split: eval.Dev, LangPair: "en-en", Articles: []string{chipLab}, Text: "who chairs the consortium?", Answers: []string{"Yoon Seo-jin"}, Kind: eval.Answerable},
		{ID: "wrong", Split: eval.Dev, LangPair: "en-en", Articles: []string{chipLab}, Text: "who chairs the consortium?", Answers: []string{"Ashworth Rovers"}, Kind: eval.Answerable},
		{ID: "unknown", Split: eval.Dev, LangPair: "en-en", Articles: []string{rugby}, Text: "who won the chess olympiad?", Kind: eval.Absent},
		{ID: "held out", Split: eval.Test, LangPair: "en-en", Articles: []string{rugby}, Text: "who won the rugby cup final?", Answers: []string{"Ashworth Rovers"}, Kind: eval.Answerable},
	}
	res, err := eval.Evaluate(context.Background(), sampleSet(t, qs...), fillTest(t), eval.Options{Split: eval.Dev, Now: evalNow})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"right": true, "wrong": false, "unknown": true}
	if len(res.Outcomes) != len(want) {
		t.Fatalf("%d outcomes; want the %d dev questions", len(res.Outcomes), len(want))
	}
	for _, o := range res.Outcomes {
		if o.Ask.Right != want[o.ID] {
			t.Errorf("%s: /ask replied %q, scored right %v; want %v", o.ID, o.Ask.Quotes, o.Ask.Right, want[o.ID])
		}
	}
	if o := res.Outcomes[0]; !o.Ask.FromBrief {
		t.Errorf("the consortium's chair was not quoted from the brief: %q", o.Ask.Quotes)
	}
	if o := res.Outcomes[2]; len(o.Ask.Quotes) != 0 {
		t.Errorf("the chess olympiad got %q; want I don't know", o.Ask.Quotes)
	}
}

func TestReportTable(t *testing.T) {
	qs := []eval.Question{
		{ID: "a", Split: eval.Dev, LangPair: "en-en", Articles: []string{chipLab}, Text: "who chairs the consortium?", Answers: []string{"Yoon Seo-jin"}, Kind: eval.Answerable},
		{ID: "b", Split: eval.Test, LangPair: "fr-en", Articles: []string{rugby}, Text: "qui a gagné la finale de la coupe de rugby ?", Answers: []string{"Ashworth Rovers"}, Kind: eval.Answerable},
		{ID: "c", Split: eval.Test, LangPair: "en-en", Articles: []string{rugby}, Text: "who won the chess olympiad?", Kind: eval.NearMiss},
	}
	opt := eval.Options{Split: "all", Verbose: true, Now: evalNow}
	var out bytes.Buffer
	if err := eval.Run(context.Background(), &out, sampleSet(t, qs...), fillTest(t), opt); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"| questions | dev n | briefbot | BM25 | test n | briefbot | BM25 |",
		"| answerable, all | 1 | 100% (1) |",
		"| answerable, en-fr | 0 | – | – | 0 | – | – |",
		"| don't know, near miss | 0 | – | – | 1 |",
		"\na dev en-en answerable: who chairs the consortium?\n  accepts: Yoon Seo-jin\n  briefbot right  brief “",
		"\nc test en-en near-miss: who won the chess olympiad?\n  accepts: I don't know\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the report lacks %q:\n%s", want, got)
		}
	}
}

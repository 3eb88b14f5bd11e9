package summarize

import (
	"context"
	"flag"
	"os"
	"strings"
	"testing"

	"briefbot"
	"briefbot/summarize/eval"
)

// evalOut, when set, receives the eval predictions as JSONL for
// score_giveme5w1h.py.
var evalOut = flag.String("eval.out", "", "write Giveme5W1H predictions as JSONL to this file")

// evalMisses, when set, lists each development article's fields that
// score under 0.5, with our answer and the gold's phrases.
var evalMisses = flag.Bool("eval.misses", false, "list the development articles' fields scoring under 0.5")

// missBelow is the score under which -eval.misses lists a field.
const missBelow = 0.5

const (
	giveme5w1hGold = "../../shared/eval/giveme5w1h-gold/gold_5w1h.jsonl"
	frenchDocs     = "../../shared/eval/wikinews-fr-100/documents"
	winerDir       = "../../shared/eval/winer-fr"
)

// TestEvalGiveme5W1H scores the summarizer on the Giveme5W1H gold: the
// development articles against floors that catch regressions, the held-out
// test articles logged only.
func TestEvalGiveme5W1H(t *testing.T) {
	recs, err := eval.LoadGold(giveme5w1hGold)
	if os.IsNotExist(err) {
		t.Skipf("no eval data at %s", giveme5w1hGold)
	}
	if err != nil {
		t.Fatal(err)
	}
	sums, err := eval.Summarize(context.Background(), New(), recs)
	if err != nil {
		t.Fatal(err)
	}
	// Measured on the development articles: who 0.872, what 0.681, when 0.702, where 0.847.
	checkFloors(t, eval.Tabulate("dev", eval.Split(recs, false), sums),
		map[string]float64{"who": 0.80, "what": 0.65, "when": 0.68, "where": 0.77})
	logTable(t, eval.Tabulate("test", eval.Split(recs, true), sums))
	logMisses(t, recs, sums)
	if *evalOut != "" {
		f, err := os.Create(*evalOut)
		if err != nil {
			t.Fatal(err)
		}
		if err := eval.WritePredictions(f, recs, sums); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFrenchCheck scores the hand-annotated French check set, whose texts
// are read from the shared Wikinews folder.
func TestFrenchCheck(t *testing.T) {
	recs, err := eval.LoadFrenchCheck("testdata/fr_check.jsonl", frenchDocs)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) == 0 {
		t.Skipf("no French check texts in %s", frenchDocs)
	}
	sums, err := eval.Summarize(context.Background(), New(), recs)
	if err != nil {
		t.Fatal(err)
	}
	checkFloors(t, eval.Tabulate("french", recs, sums),
		map[string]float64{"who": 0.55, "what": 0.75, "when": 0.85, "where": 0.75})
	logMisses(t, recs, sums)
}

// TestFrenchGold scores the French gold on WiNER-fr articles: the
// development articles against floors, the held-out third logged only.
func TestFrenchGold(t *testing.T) {
	recs, err := eval.LoadFrenchGold("eval/testdata/fr_gold.jsonl", winerDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) == 0 {
		t.Skipf("no WiNER-fr texts in %s", winerDir)
	}
	sums, err := eval.Summarize(context.Background(), New(), recs)
	if err != nil {
		t.Fatal(err)
	}
	// Measured on the 65 development articles: who 0.813, what 0.926, when 0.977, where 0.808.
	checkFloors(t, eval.Tabulate("fr-dev", eval.Split(recs, false), sums),
		map[string]float64{"who": 0.66, "what": 0.9, "when": 0.88, "where": 0.79})
	logTable(t, eval.Tabulate("fr-test", eval.Split(recs, true), sums))
	logMisses(t, recs, sums)
}

// logMisses lists the fields under 0.5 of the development records.
func logMisses(t *testing.T, recs []eval.Record, sums map[string]briefbot.Summary) {
	t.Helper()
	if !*evalMisses {
		return
	}
	for _, r := range eval.Split(recs, false) {
		s := sums[r.ID]
		for _, f := range eval.Fields {
			if v, ok := eval.Score(s, r.Gold[f], f); ok && v < missBelow {
				t.Logf("%s %.40q %s %.2f got %q gold %v", r.ID[:min(12, len(r.ID))], r.Title, f, v, answer(s, f), r.Gold[f])
			}
		}
	}
}

func answer(s briefbot.Summary, field string) string {
	switch field {
	case "who":
		return strings.Join(s.Who, " | ")
	case "where":
		return strings.Join(s.Where, " | ")
	case "when":
		return s.When + " " + s.WhenText
	}
	return s.What
}

func checkFloors(t *testing.T, tab eval.Table, floors map[string]float64) {
	t.Helper()
	logTable(t, tab)
	for f, floor := range floors {
		if tab.Mean[f] < floor {
			t.Errorf("%s %s mean token-F1 = %.3f, below the floor %.2f", tab.Name, f, tab.Mean[f], floor)
		}
	}
}

func logTable(t *testing.T, tab eval.Table) {
	t.Helper()
	for _, f := range eval.Fields {
		t.Logf("%-6s %-5s mean token-F1 %.3f over %d articles", tab.Name, f, tab.Mean[f], tab.Count[f])
	}
}

// MustSummarize summarizes doc or fails the test.
func MustSummarize(tb testing.TB, doc briefbot.Document) briefbot.Summary {
	tb.Helper()
	s, err := New().Summarize(context.Background(), doc)
	if err != nil {
		tb.Fatalf("Summarize: %v", err)
	}
	return s
}

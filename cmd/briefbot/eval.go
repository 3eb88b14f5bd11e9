package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"briefbot/summarize"
	"briefbot/summarize/eval"
)

// runEval measures the summarizer against the evaluation sets that are
// present and prints Markdown tables.
func runEval(ctx context.Context, env Env, args []string) error {
	fset, _ := newFlags(env, "eval")
	gold := fset.String("gold", "../shared/eval/giveme5w1h-gold/gold_5w1h.jsonl", "Giveme5W1H gold `FILE` (JSON lines)")
	g5 := fset.String("giveme5w1h", "", "cached Giveme5W1H outputs `FILE` (default: giveme5w1h_predictions.jsonl beside -gold)")
	out := fset.String("out", "", "write our predictions on the gold as JSON lines to `FILE`, for score_giveme5w1h.py")
	winer := fset.String("winer", "../shared/eval/winer-fr", "WiNER-fr `DIR` (French entity labels)")
	frCheck := fset.String("fr-check", "summarize/testdata/fr_check.jsonl", "French check set `FILE`")
	frDocs := fset.String("fr-docs", "../shared/eval/wikinews-fr-100/documents", "`DIR` of the French check set's texts")
	if err := parse(fset, args); err != nil {
		return err
	}
	if *g5 == "" {
		*g5 = filepath.Join(filepath.Dir(*gold), "giveme5w1h_predictions.jsonl")
	}
	sum := summarize.New()
	if err := evalGold(ctx, env, sum, *gold, *g5, *out); err != nil {
		return err
	}
	if err := evalWiner(ctx, env, sum, *winer); err != nil {
		return err
	}
	return evalFrenchCheck(ctx, env, sum, *frCheck, *frDocs)
}

func evalGold(ctx context.Context, env Env, sum *summarize.Summarizer, gold, g5, out string) error {
	recs, err := eval.LoadGold(gold)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	cached, err := eval.LoadGiveme5W1H(g5)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("eval: %w", err)
	}
	fmt.Fprintf(env.Stdout, "Giveme5W1H gold (%s): mean token-F1 against the best-matching gold phrase\n\n", gold)
	if err := eval.Report(ctx, env.Stdout, sum, recs, cached); err != nil {
		return err
	}
	if out == "" {
		return nil
	}
	ours, err := eval.Summarize(ctx, sum, recs)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if err := eval.WritePredictions(f, recs, ours); err != nil {
		f.Close()
		return fmt.Errorf("eval: %w", err)
	}
	return f.Close()
}

func evalWiner(ctx context.Context, env Env, sum *summarize.Summarizer, dir string) error {
	arts, err := eval.LoadWiner(dir)
	if err != nil || len(arts) == 0 {
		fmt.Fprintf(env.Stdout, "\nWiNER-fr: no articles under %s, skipped\n", dir)
		return nil
	}
	who, where, err := eval.WinerScores(ctx, sum, arts)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "\nWiNER-fr (%d French articles): our entities against the labels of the headline and lead\n\n", len(arts))
	eval.WritePR(env.Stdout, map[string]eval.PR{"who vs Person+Organization": who, "where vs Location": where},
		"who vs Person+Organization", "where vs Location")
	return nil
}

func evalFrenchCheck(ctx context.Context, env Env, sum *summarize.Summarizer, path, docs string) error {
	recs, err := eval.LoadFrenchCheck(path, docs)
	if err != nil || len(recs) == 0 {
		fmt.Fprintf(env.Stdout, "\nFrench check set: nothing at %s with texts in %s, skipped\n", path, docs)
		return nil
	}
	ours, err := eval.Summarize(ctx, sum, recs)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "\nFrench check set (%d wikinews-fr-100 articles, hand-annotated): mean token-F1\n\n", len(recs))
	eval.WriteMarkdown(env.Stdout, eval.Tabulate("briefbot, French", recs, ours))
	return nil
}

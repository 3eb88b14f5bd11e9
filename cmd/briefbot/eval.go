package main

import (
	"context"
	"path/filepath"

	"briefbot/internal/cli"
	"briefbot/summarize"
	"briefbot/summarize/eval"
)

// runEval measures the summarizer against the evaluation sets that are
// present and prints Markdown tables.
func runEval(ctx context.Context, env Env, args []string) error {
	fs, _ := newFlags(env, "eval")
	var sets eval.Sets
	fs.StringVar(&sets.Gold, "gold", "../shared/eval/giveme5w1h-gold/gold_5w1h.jsonl", "Giveme5W1H gold `FILE` (JSON lines)")
	fs.StringVar(&sets.Giveme5W1H, "giveme5w1h", "", "cached Giveme5W1H outputs `FILE` (default: giveme5w1h_predictions.jsonl beside -gold)")
	fs.StringVar(&sets.Out, "out", "", "write our predictions on the gold as JSON lines to `FILE`, for score_giveme5w1h.py")
	fs.StringVar(&sets.Winer, "winer", "../shared/eval/winer-fr", "WiNER-fr `DIR` (French entity labels)")
	fs.StringVar(&sets.FrCheck, "fr-check", "summarize/testdata/fr_check.jsonl", "French check set `FILE`")
	fs.StringVar(&sets.FrDocs, "fr-docs", "../shared/eval/wikinews-fr-100/documents", "`DIR` of the French check set's texts")
	if err := cli.Parse(fs, args); err != nil {
		return err
	}
	if sets.Giveme5W1H == "" {
		sets.Giveme5W1H = filepath.Join(filepath.Dir(sets.Gold), "giveme5w1h_predictions.jsonl")
	}
	return eval.Run(ctx, env.Stdout, summarize.New(), sets)
}

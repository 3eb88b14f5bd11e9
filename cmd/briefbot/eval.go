package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"briefbot"
	askeval "briefbot/ask/eval"
	"briefbot/ingest"
	"briefbot/internal/cli"
	"briefbot/storage/sqlite"
	"briefbot/summarize"
	"briefbot/summarize/eval"
)

// runEval measures the summarizer against the evaluation sets that are
// present and prints Markdown tables; with -ask, it measures /ask on the
// question set instead.
func runEval(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "eval")
	var sets eval.Sets
	fs.StringVar(&sets.Gold, "gold", "../shared/eval/giveme5w1h-gold/gold_5w1h.jsonl", "Giveme5W1H gold `FILE` (JSON lines)")
	fs.StringVar(&sets.Giveme5W1H, "giveme5w1h", "", "cached Giveme5W1H outputs `FILE` (default: giveme5w1h_predictions.jsonl beside -gold)")
	fs.StringVar(&sets.Out, "out", "", "write our predictions on the gold as JSON lines to `FILE`, for score_giveme5w1h.py")
	fs.StringVar(&sets.Winer, "winer", "../shared/eval/winer-fr", "WiNER-fr `DIR` (French entity labels)")
	fs.StringVar(&sets.FrCheck, "fr-check", "summarize/testdata/fr_check.jsonl", "French check set `FILE`")
	fs.StringVar(&sets.FrGold, "fr-gold", "summarize/eval/testdata/fr_gold.jsonl", "French gold `FILE` on WiNER-fr articles (texts from -winer)")
	fs.StringVar(&sets.FrDocs, "fr-docs", "../shared/eval/wikinews-fr-100/documents", "`DIR` of the French check set's texts")
	askSet := fs.Bool("ask", false, "measure /ask on the question set, beside a BM25 sentence baseline")
	var q askFlags
	fs.StringVar(&q.set, "ask-set", "ask/eval/testdata/questions.jsonl", "the question set `FILE` of -ask (JSON lines)")
	fs.StringVar(&q.shared, "shared", "../shared", "`DIR` that the question set's article paths start from")
	fs.StringVar(&q.opt.Split, "split", askeval.Dev, "the questions -ask scores: dev, test (the held-out third) or all")
	fs.BoolVar(&q.opt.Verbose, "v", false, "with -ask, list each question with the replies it got")
	if err := cli.Parse(fs, args); err != nil {
		return err
	}
	if *askSet {
		return runAskEval(ctx, env, q)
	}
	if sets.Giveme5W1H == "" {
		sets.Giveme5W1H = filepath.Join(filepath.Dir(sets.Gold), "giveme5w1h_predictions.jsonl")
	}
	if err := eval.Run(ctx, env.Stdout, summarize.New(), sets); err != nil {
		return err
	}
	return runLLMEval(ctx, env, c, sets)
}

// runLLMEval prints the same tables for the LLM's summaries when the
// configuration gives it the summarize task, and says it is skipped
// otherwise. Its predictions are not written to -out, which holds the
// offline summarizer's.
func runLLMEval(ctx context.Context, env Env, c *common, sets eval.Sets) error {
	cfg, log, err := loadConfig(env, c)
	if err != nil {
		return err
	}
	p := newLLM(cfg, summarize.New(), "", log, nil, env.Now)
	if p.summarizer == nil {
		fmt.Fprintln(env.Stdout, "\n## LLM path: skipped (no llm section with the summarize task in the configuration)")
		return nil
	}
	fmt.Fprintf(env.Stdout, "\n## LLM path: %s (an answer that fails its checks counts as the offline one)\n\n", p.model)
	sets.Out = ""
	fallbacks := map[string]int{}
	p.summarizer.Client.OnFallback = func(_, reason string) { fallbacks[reason]++ } // eval summarizes one article at a time
	if err := eval.Run(ctx, env.Stdout, p.summarizer, sets); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "\nLLM summaries that fell back to the offline one, by reason: %v\n", fallbacks)
	return nil
}

// askFlags are the flags of eval -ask.
type askFlags struct {
	set, shared string
	opt         askeval.Options
}

// runAskEval measures /ask on the question set, over a store of its own.
func runAskEval(ctx context.Context, env Env, q askFlags) error {
	switch q.opt.Split {
	case askeval.Dev, askeval.Test, "all":
	default:
		return briefbot.Errorf(briefbot.EInvalid, "-split %q: want dev, test or all", q.opt.Split)
	}
	set, err := askeval.LoadSet(q.set, q.shared)
	if err != nil {
		return err
	}
	return askeval.Run(ctx, env.Stdout, set, tempStore(env), q.opt)
}

// tempStore fills a new SQLite file in a temporary folder through the
// ingest pipeline, as briefbot ingest would.
func tempStore(env Env) askeval.Fill {
	return func(ctx context.Context, arts []briefbot.Article) (askeval.Store, func() error, error) {
		dir, err := os.MkdirTemp("", "briefbot-eval-")
		if err != nil {
			return nil, nil, err
		}
		store, err := sqlite.Open(ctx, filepath.Join(dir, "eval.db"))
		if err != nil {
			os.RemoveAll(dir)
			return nil, nil, err
		}
		done := func() error { defer os.RemoveAll(dir); return store.Close() }
		in := &ingest.Ingester{Store: store, Summarizer: summarize.New(), Clean: summarize.Clean, DeriveTitle: summarize.DeriveTitle, Now: env.Now}
		rep, err := in.IngestArticles(ctx, arts)
		if err == nil && len(rep.Failed) > 0 {
			err = fmt.Errorf("ingest: %s: %w", rep, rep.Failed[0])
		}
		if err != nil {
			done()
			return nil, nil, err
		}
		return store, done, nil
	}
}

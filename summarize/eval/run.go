package eval

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"briefbot"
)

// Sets are where the evaluation sets are; a set that is absent is
// skipped, except the gold.
type Sets struct {
	Gold       string // Giveme5W1H gold, JSON lines
	Giveme5W1H string // cached Giveme5W1H outputs on the gold, JSON lines; may be absent
	Out        string // when set, our predictions on the gold are written there, for the reference scorer
	Winer      string // WiNER-fr folder
	FrCheck    string // the French check set, JSON lines
	FrDocs     string // the folder of the French check set's texts
	FrGold     string // the French gold on WiNER-fr articles, JSON lines; texts from Winer
}

// Run measures sum on every set present and writes the Markdown tables to w.
func Run(ctx context.Context, w io.Writer, sum briefbot.Summarizer, sets Sets) error {
	if err := runGold(ctx, w, sum, sets); err != nil {
		return err
	}
	if err := runWiner(ctx, w, sum, sets.Winer); err != nil {
		return err
	}
	if err := runFrenchGold(ctx, w, sum, sets.FrGold, sets.Winer); err != nil {
		return err
	}
	return runFrenchCheck(ctx, w, sum, sets.FrCheck, sets.FrDocs)
}

func runGold(ctx context.Context, w io.Writer, sum briefbot.Summarizer, sets Sets) error {
	recs, err := LoadGold(sets.Gold)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	cached, err := LoadGiveme5W1H(sets.Giveme5W1H)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("eval: %w", err)
	}
	fmt.Fprintf(w, "Giveme5W1H gold (%s): mean token-F1 against the best-matching gold phrase\n\n", sets.Gold)
	if err := Report(ctx, w, sum, recs, cached); err != nil {
		return err
	}
	if sets.Out == "" {
		return nil
	}
	ours, err := Summarize(ctx, sum, recs)
	if err != nil {
		return err
	}
	f, err := os.Create(sets.Out)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if err := WritePredictions(f, recs, ours); err != nil {
		f.Close()
		return fmt.Errorf("eval: %w", err)
	}
	return f.Close()
}

func runWiner(ctx context.Context, w io.Writer, sum briefbot.Summarizer, dir string) error {
	arts, err := LoadWiner(dir)
	if err != nil || len(arts) == 0 {
		fmt.Fprintf(w, "\nWiNER-fr: no articles under %s, skipped\n", dir)
		return nil
	}
	who, where, err := WinerScores(ctx, sum, arts)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nWiNER-fr (%d French articles): our entities against the labels of the headline and lead\n\n", len(arts))
	WritePR(w, map[string]PR{"who vs Person+Organization": who, "where vs Location": where},
		"who vs Person+Organization", "where vs Location")
	return nil
}

func runFrenchCheck(ctx context.Context, w io.Writer, sum briefbot.Summarizer, path, docs string) error {
	recs, err := LoadFrenchCheck(path, docs)
	if err != nil || len(recs) == 0 {
		fmt.Fprintf(w, "\nFrench check set: nothing at %s with texts in %s, skipped\n", path, docs)
		return nil
	}
	ours, err := Summarize(ctx, sum, recs)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nFrench check set (%d wikinews-fr-100 articles, hand-annotated): mean token-F1\n\n", len(recs))
	WriteMarkdown(w, Tabulate("briefbot, French", recs, ours))
	return nil
}

func runFrenchGold(ctx context.Context, w io.Writer, sum briefbot.Summarizer, path, dir string) error {
	if path == "" {
		return nil
	}
	recs, err := LoadFrenchGold(path, dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("eval: %w", err)
	}
	if len(recs) == 0 {
		fmt.Fprintf(w, "\nFrench gold: nothing at %s with texts under %s, skipped\n", path, dir)
		return nil
	}
	ours, err := Summarize(ctx, sum, recs)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nFrench gold (%s, %d WiNER-fr articles, hand-written who/what/where/when): mean token-F1\n\n", path, len(recs))
	dev := Split(recs, false)
	sampled, added := byTagger(dev)
	tabs := []Table{Tabulate("briefbot, French dev", dev, ours)}
	if len(added) > 0 {
		tabs = append(tabs, Tabulate("briefbot, French dev, sampled", sampled, ours),
			Tabulate("briefbot, French dev, added from the tagger's held-out", added, ours))
	}
	WriteMarkdown(w, append(tabs, Tabulate("briefbot, French test", Split(recs, true), ours))...)
	return nil
}

// byTagger cuts records into those of the gold's sample and those added
// from the French tagger's held-out articles.
func byTagger(recs []Record) (sampled, added []Record) {
	for _, r := range recs {
		if r.Tagger == "" {
			sampled = append(sampled, r)
		} else {
			added = append(added, r)
		}
	}
	return sampled, added
}

// Command gen trains the summarizer's French name tagger on WiNER-fr and
// writes the model file that package tagger embeds.
//
//	go run ./summarize/internal/tagger/gen -winer ../shared/eval/winer-fr
//
// It leaves out the articles RESERVED.txt keeps for independent
// evaluation and those of the French gold (-gold), so that the
// summarizer's French dev and test sets stay unseen, and holds out every
// tenth article left to score the model it writes. The same corpus gives
// the same file.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"briefbot/summarize/internal/tagger"
)

// The training settings of the embedded model.
var defaults = tagger.Options{Bits: 16, Epochs: 5, Seed: 1}

// heldOutEvery is how often an article is held out for scoring: the
// articles whose rank by id is a multiple of it.
const heldOutEvery = 10

func main() {
	winer := flag.String("winer", "../shared/eval/winer-fr", "WiNER-fr `DIR`")
	gold := flag.String("gold", "summarize/eval/testdata/fr_gold.jsonl", "French gold `FILE` whose articles are left out")
	out := flag.String("out", "summarize/internal/tagger/data/fr.bin", "model `FILE` to write")
	opt := defaults
	flag.UintVar(&opt.Bits, "bits", opt.Bits, "the table holds 2^`N` buckets")
	flag.IntVar(&opt.Epochs, "epochs", opt.Epochs, "training passes")
	flag.Parse()
	if err := run(os.Stdout, *winer, *gold, *out, opt); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, winer, gold, out string, opt tagger.Options) error {
	train, held, err := split(winer, gold)
	if err != nil {
		return err
	}
	var examples []tagger.Sentence
	for _, a := range train {
		examples = append(examples, a.sents...)
	}
	data := tagger.Train(examples, opt)
	m, err := tagger.Load(data)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "trained on %d articles (%d sentences), scored on %d held out\n", len(train), len(examples), len(held))
	printScores(w, score(m, held))
	return os.WriteFile(out, data, 0o644)
}

// split reads the corpus and cuts it into the training articles and the
// held-out ones. A gold article marked as held out that would be trained
// on is an error.
func split(winer, gold string) (train, held []article, err error) {
	exclude, heldOut, err := goldIDs(gold)
	if err != nil {
		return nil, nil, err
	}
	arts, err := loadCorpus(winer, exclude)
	if err != nil {
		return nil, nil, err
	}
	if len(arts) == 0 {
		return nil, nil, fmt.Errorf("no WiNER-fr articles in %s", winer)
	}
	for i, a := range arts {
		if i%heldOutEvery == heldOutEvery-1 {
			held = append(held, a)
			continue
		}
		if heldOut[a.id] {
			return nil, nil, fmt.Errorf("gold article %s is marked held out but the split trains on it", a.id)
		}
		train = append(train, a)
	}
	return train, held, nil
}

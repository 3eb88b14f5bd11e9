package main

import (
	"fmt"
	"io"

	"briefbot/summarize/internal/tagger"
)

// counts are the names of one kind the model gave, those labelled, and
// those it got exactly right.
type counts struct{ predicted, gold, correct int }

func (c counts) f1() float64 {
	if c.predicted+c.gold == 0 {
		return 0
	}
	return 2 * float64(c.correct) / float64(c.predicted+c.gold)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// score tags the held-out sentences and counts exact name matches by kind;
// index 0 counts all kinds together.
func score(m *tagger.Model, arts []article) [4]counts {
	var c [4]counts
	var labels []tagger.Label
	var got, want []tagger.Span
	for _, a := range arts {
		for _, s := range a.sents {
			labels = m.Tag(s.Words, labels)
			got = tagger.AppendSpans(got[:0], labels)
			want = tagger.AppendSpans(want[:0], s.Labels)
			for _, g := range got {
				c[g.Kind].predicted++
				c[g.Kind].correct += btoi(contains(want, g))
			}
			for _, g := range want {
				c[g.Kind].gold++
			}
		}
	}
	for k := 1; k < 4; k++ {
		c[0].predicted += c[k].predicted
		c[0].gold += c[k].gold
		c[0].correct += c[k].correct
	}
	return c
}

func contains(spans []tagger.Span, s tagger.Span) bool {
	for _, x := range spans {
		if x == s {
			return true
		}
	}
	return false
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func printScores(w io.Writer, c [4]counts) {
	names := [4]string{"all", "Person", "Location", "Organization"}
	fmt.Fprintln(w, "| kind | labelled | found | precision | recall | F1 |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: |")
	for _, k := range []int{1, 2, 3, 0} {
		fmt.Fprintf(w, "| %s | %d | %d | %.3f | %.3f | %.3f |\n", names[k], c[k].gold, c[k].predicted,
			ratio(c[k].correct, c[k].predicted), ratio(c[k].correct, c[k].gold), c[k].f1())
	}
}

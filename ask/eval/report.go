package eval

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// row is one line of the report's table: the questions it counts.
type row struct {
	name string
	in   func(Question) bool
}

// rows are the table's lines: answerable accuracy overall and by language
// pair, then "don't know" accuracy overall and by kind.
var rows = []row{
	{"answerable, all", Question.Answerable},
	{"answerable, en-en", func(q Question) bool { return q.Answerable() && q.Group() == "en-en" }},
	{"answerable, en-fr", func(q Question) bool { return q.Answerable() && q.Group() == "en-fr" }},
	{"answerable, fr-*", func(q Question) bool { return q.Answerable() && q.Group() == "fr-*" }},
	{"don't know, all", func(q Question) bool { return !q.Answerable() }},
	{"don't know, absent", func(q Question) bool { return q.Kind == Absent }},
	{"don't know, near miss", func(q Question) bool { return q.Kind == NearMiss }},
}

// Report writes the table of a run, one block of columns per split, and
// each question's replies when opt.Verbose.
func Report(w io.Writer, res Results, opt Options) error {
	splits := []string{Dev, Test}
	if opt.Split != "all" {
		splits = []string{opt.Split}
	}
	fmt.Fprintf(w, "/ask on the question set: %d questions, %d articles in the store\n\n", len(res.Outcomes), res.Articles)
	head, rule := "| questions |", "| --- |"
	for _, s := range splits {
		head += fmt.Sprintf(" %s n | briefbot | BM25 |", s)
		rule += " ---: | ---: | ---: |"
	}
	fmt.Fprintln(w, head)
	fmt.Fprintln(w, rule)
	for _, r := range rows {
		line := "| " + r.name + " |"
		for _, s := range splits {
			line += cells(res.Outcomes, s, r.in)
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintf(w, "\nA reply is right when its first quoted sentence holds an accepted answer, or, for a question the stories do not answer, when it is \"I don't know\". BM25: k1 %.1f, b %.2f, \"I don't know\" below %.2f (chosen on dev).\n", bm25K1, bm25B, res.Threshold)
	if opt.Verbose {
		listOutcomes(w, res.Outcomes)
	}
	return nil
}

// cells are one split's columns of a row: how many questions, then each
// system's accuracy and right count.
func cells(outs []Outcome, split string, in func(Question) bool) string {
	n, ask, base := 0, 0, 0
	for _, o := range outs {
		if o.Split != split || !in(o.Question) {
			continue
		}
		n++
		if o.Ask.Right {
			ask++
		}
		if o.BM25.Right {
			base++
		}
	}
	if n == 0 {
		return " 0 | – | – |"
	}
	return fmt.Sprintf(" %d | %s | %s |", n, percent(ask, n), percent(base, n))
}

func percent(k, n int) string { return fmt.Sprintf("%.0f%% (%d)", 100*float64(k)/float64(n), k) }

// listOutcomes writes each question, what it accepts, and each system's
// reply: right or wrong, from the brief or the store, the first quote.
func listOutcomes(w io.Writer, outs []Outcome) {
	for _, o := range outs {
		want := "I don't know"
		if o.Answerable() {
			want = strings.Join(o.Answers, " | ")
		}
		fmt.Fprintf(w, "\n%s %s %s %s: %s\n  accepts: %s\n", o.ID, o.Split, o.LangPair, o.Kind, o.Text, want)
		if o.Note != "" {
			fmt.Fprintf(w, "  note: %s\n", o.Note)
		}
		fmt.Fprintf(w, "  briefbot %s\n", describe(o.Ask, ""))
		fmt.Fprintf(w, "  BM25     %s\n", describe(o.BM25, fmt.Sprintf(" (%.2f)", o.BM25.Score)))
	}
}

func describe(r Reply, score string) string {
	verdict := "wrong"
	if r.Right {
		verdict = "right"
	}
	if len(r.Quotes) == 0 {
		return verdict + "  I don't know"
	}
	from := "store"
	if r.FromBrief {
		from = "brief"
	}
	s := fmt.Sprintf("%s  %s “%s”%s", verdict, from, clip(r.Quotes[0], 220), score)
	if n := len(r.Quotes) - 1; n > 0 {
		s += fmt.Sprintf(" +%d more", n)
	}
	if r.Later {
		s += ", a later quote holds the answer"
	}
	return s
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

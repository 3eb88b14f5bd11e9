package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"briefbot"
)

// Table holds the mean score of each field over a set of articles.
type Table struct {
	Name  string
	Mean  map[string]float64
	Count map[string]int // articles with gold for the field
	N     int            // articles scored
}

// Tabulate scores the summaries of the records that have one.
func Tabulate(name string, recs []Record, sums map[string]briefbot.Summary) Table {
	t := Table{Name: name, Mean: map[string]float64{}, Count: map[string]int{}}
	for _, r := range recs {
		s, ok := sums[r.ID]
		if !ok {
			continue
		}
		t.N++
		for _, f := range Fields {
			if v, ok := Score(s, r.Gold[f], f); ok {
				t.Mean[f] += v
				t.Count[f]++
			}
		}
	}
	for _, f := range Fields {
		if t.Count[f] > 0 {
			t.Mean[f] /= float64(t.Count[f])
		}
	}
	return t
}

// Summarize runs sum over every record, keyed by id.
func Summarize(ctx context.Context, sum briefbot.Summarizer, recs []Record) (map[string]briefbot.Summary, error) {
	out := make(map[string]briefbot.Summary, len(recs))
	for _, r := range recs {
		s, err := sum.Summarize(ctx, r.Document())
		if err != nil {
			return nil, fmt.Errorf("eval: article %s: %w", r.ID, err)
		}
		out[r.ID] = s
	}
	return out, nil
}

// Split returns the development records (test false) or the held-out
// test records (test true).
func Split(recs []Record, test bool) []Record {
	var out []Record
	for _, r := range recs {
		if r.Test() == test {
			out = append(out, r)
		}
	}
	return out
}

// Only keeps the records whose id has a summary in sums.
func Only(recs []Record, sums map[string]briefbot.Summary) []Record {
	var out []Record
	for _, r := range recs {
		if _, ok := sums[r.ID]; ok {
			out = append(out, r)
		}
	}
	return out
}

// WriteMarkdown prints tables as one Markdown table.
func WriteMarkdown(w io.Writer, tables ...Table) {
	fmt.Fprintln(w, "| articles | n | WHO | WHAT | WHEN | WHERE |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: |")
	for _, t := range tables {
		fmt.Fprintf(w, "| %s | %d |", t.Name, t.N)
		for _, f := range Fields {
			if t.Count[f] == 0 {
				fmt.Fprint(w, " – |")
				continue
			}
			fmt.Fprintf(w, " %.3f |", t.Mean[f])
		}
		fmt.Fprintln(w)
	}
}

// Report scores sum on the gold's development and test articles, beside
// the cached Giveme5W1H outputs (g5, may be nil) on the articles it
// answered in full, and prints the tables.
func Report(ctx context.Context, w io.Writer, sum briefbot.Summarizer, recs []Record, g5 map[string]briefbot.Summary) error {
	ours, err := Summarize(ctx, sum, recs)
	if err != nil {
		return err
	}
	var tables []Table
	for _, part := range []struct {
		name string
		test bool
	}{{"dev", false}, {"test", true}} {
		set := Split(recs, part.test)
		tables = append(tables, Tabulate("briefbot, "+part.name, set, ours))
		if len(g5) > 0 {
			both := Only(set, g5)
			tables = append(tables,
				Tabulate("briefbot, "+part.name+", Giveme5W1H's articles", both, ours),
				Tabulate("Giveme5W1H (cached), "+part.name, both, g5))
		}
	}
	WriteMarkdown(w, tables...)
	return nil
}

// WritePredictions writes one JSON object a line: the summary and the
// article's id, as the shared reference scorer reads them.
func WritePredictions(w io.Writer, recs []Record, sums map[string]briefbot.Summary) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		s, ok := sums[r.ID]
		if !ok {
			continue
		}
		row := struct {
			ID string `json:"id"`
			briefbot.Summary
		}{r.ID, s}
		if err := enc.Encode(row); err != nil {
			return err
		}
	}
	return nil
}

// WritePR prints precision and recall rows as one Markdown table.
func WritePR(w io.Writer, rows map[string]PR, order ...string) {
	fmt.Fprintln(w, "| field vs labels | articles | ours | precision (lead) | recall (lead) | precision (anywhere) | abstained |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, name := range order {
		p := rows[name]
		fmt.Fprintf(w, "| %s | %d | %d | %.3f | %.3f | %.3f | %d |\n", name, p.Articles, p.Predicted,
			p.Precision(), p.Recall(), p.PrecisionAnywhere(), p.Abstained)
	}
}

package summarize

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefbot"
	"briefbot/geo"
)

// benchCorpora are the real articles BenchmarkSummarizeCorpus reads: the
// BBC's English reports and WiNER-fr's French ones, each file a headline,
// a blank line and the body.
var benchCorpora = []struct{ name, glob string }{
	{"bbc", "eval/bbc-news-greene2006/*/*.txt"},
	{"winer-fr", "eval/winer-fr/*/*/*.txt"},
}

// BenchmarkSummarizeCorpus summarizes every article of a real corpus, one
// pass an iteration, cleaning included as in BenchmarkSummarize; run it
// with -cpu 1 and read µs/article. The files are read before the clock
// starts; a corpus absent from the shared folder is skipped.
func BenchmarkSummarizeCorpus(b *testing.B) {
	s := New()
	ctx := context.Background()
	geo.Load() // the gazetteer loads once per process, not per article
	for _, c := range benchCorpora {
		b.Run(c.name, func(b *testing.B) {
			docs := benchDocs(b, filepath.Join(sharedDir, c.glob))
			size := 0
			for _, d := range docs {
				size += len(d.Title) + len(d.Text)
			}
			b.ReportAllocs()
			b.SetBytes(int64(size))
			cpu0, cpuOK := cpuTime()
			for b.Loop() {
				for _, d := range docs {
					if _, err := s.Summarize(ctx, d); err != nil {
						b.Fatal(err)
					}
				}
			}
			n := float64(b.N) * float64(len(docs))
			b.ReportMetric(float64(b.Elapsed().Microseconds())/n, "µs/article")
			if cpu1, ok := cpuTime(); ok && cpuOK {
				b.ReportMetric(float64((cpu1-cpu0).Microseconds())/n, "cpu-µs/article")
			}
		})
	}
}

// benchDocs reads the articles of the files glob matches, in path order,
// as corpusDocs reads a .txt file with its headline; it skips the
// benchmark when there are none.
func benchDocs(b *testing.B, glob string) []briefbot.Document {
	b.Helper()
	paths, err := filepath.Glob(glob)
	if err != nil {
		b.Fatal(err)
	}
	if len(paths) == 0 {
		b.Skipf("no corpus files match %s", glob)
	}
	docs := make([]briefbot.Document, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		title, body, ok := strings.Cut(string(data), "\n\n")
		if !ok {
			title, body = "", title
		}
		docs = append(docs, briefbot.Document{Title: strings.TrimSpace(title), Text: body, Published: winerDay(p)})
	}
	return docs
}

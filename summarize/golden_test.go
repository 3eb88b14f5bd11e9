package summarize

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

// TestGolden pins the summaries of short articles written for these tests,
// a dozen in each language. Each .txt holds a "Published:" line, the
// headline, a blank line and the body; the .json beside it holds the
// summary. Run with -update to rewrite the .json files, then review the
// diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	if err != nil || len(files) < 24 {
		t.Fatalf("want at least 24 golden articles, found %d (%v)", len(files), err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			got := summaryJSON(t, MustSummarize(t, goldenDocument(t, path)))
			want := strings.TrimSuffix(path, ".txt") + ".json"
			if *update {
				if err := os.WriteFile(want, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			exp, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, exp) {
				t.Errorf("summary of %s changed:\ngot  %s\nwant %s", name, got, exp)
			}
		})
	}
}

// goldenDocument reads a golden article file.
func goldenDocument(t *testing.T, path string) briefbot.Document {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, rest, _ := strings.Cut(string(raw), "\n")
	pub, err := time.Parse(time.DateOnly, strings.TrimSpace(strings.TrimPrefix(head, "Published:")))
	if err != nil {
		t.Fatalf("%s: first line: %v", path, err)
	}
	title, body, _ := strings.Cut(rest, "\n\n")
	return briefbot.Document{Title: strings.TrimSpace(title), Text: body, Published: pub}
}

func summaryJSON(t *testing.T, s briefbot.Summary) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

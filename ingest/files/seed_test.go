package files

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot/ingest/internal/tidy"
)

// seedPath is a real French article shipped with the project: no headline,
// the lead paragraph on the first line, a caption line, body lines, and
// "Source" and "Comment (0)" lines at the end.
var seedPath = filepath.Join("..", "..", "..", "shared", "seeds", "000_1eee83dda02d9031.txt")

func TestParseSeed(t *testing.T) {
	data, err := os.ReadFile(seedPath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("seed file not present")
	}
	if err != nil {
		t.Fatal(err)
	}
	opt := Options{Published: time.Date(2023, 9, 23, 0, 0, 0, 0, time.UTC), Lang: "fr"}
	arts, err := Parse(seedPath, data, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 {
		t.Fatalf("got %d articles, want 1", len(arts))
	}
	a := arts[0]
	lead, _, _ := strings.Cut(a.Text, "\n")
	title := strings.TrimSuffix(a.Title, "…")
	if !strings.HasPrefix(lead, "Le ministère sud-coréen des Affaires étrangères a annoncé") || !strings.HasPrefix(lead, title) {
		t.Errorf("title %q should start like the lead %q", a.Title, lead)
	}
	if len([]rune(a.Title)) > tidy.MaxTitle {
		t.Errorf("title has %d characters, want at most %d", len([]rune(a.Title)), tidy.MaxTitle)
	}
	if !a.Published.Equal(opt.Published) || a.Lang != "fr" {
		t.Errorf("published %v, lang %q; want %v, fr", a.Published, a.Lang, opt.Published)
	}
	if strings.Contains(a.Text, "\n\n") || !strings.HasSuffix(a.Text, "Comment (0)") {
		t.Errorf("text should keep every non-blank line, boilerplate included, for Clean to judge: %q", a.Text[len(a.Text)-40:])
	}
}

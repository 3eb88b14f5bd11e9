package files

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"briefbot"
)

// fuzzNames gives each input every name, so every format is reached.
var fuzzNames = []string{"a.txt", "a.html", "a.json", "a.jsonl", "a.rss", "a.atom", "stdin"}

func FuzzParse(f *testing.F) {
	for _, dir := range []string{"formats", "folder"} {
		paths, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(uint8(0), data)
			}
		}
	}
	f.Add(uint8(3), []byte("{}\n[1]\n{\"title\":5}\n"))
	f.Add(uint8(4), []byte(`<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><item><title>caf`+"\xe9"+`</title></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		name := fuzzNames[int(which)%len(fuzzNames)]
		arts, err := Parse(name, data, Options{})
		if err != nil && briefbot.ErrorCode(err) != briefbot.EInvalid {
			t.Fatalf("error code %q, want %q: %v", briefbot.ErrorCode(err), briefbot.EInvalid, err)
		}
		for _, a := range arts {
			if a.Title == "" || a.Text == "" {
				t.Errorf("article without title or text: %+v", a)
			}
			if !utf8.ValidString(a.Title) || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Source) {
				t.Errorf("invalid UTF-8 in %+v", a)
			}
		}
	})
}

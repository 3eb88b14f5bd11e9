package files

import (
	"path/filepath"
	"testing"
)

// BenchmarkParse reads one file of each format: an HTML page through the
// page extractor, feeds through the feed parser, JSON lines and text.
func BenchmarkParse(b *testing.B) {
	for _, file := range []string{"page.html", "news.rss", "news.atom", "wire.jsonl", "story-en.txt"} {
		path := filepath.Join("testdata", "formats", file)
		data := mustReadFile(b, path)
		b.Run(file, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if arts, err := Parse(path, data, Options{}); len(arts) == 0 {
					b.Fatal(err)
				}
			}
		})
	}
}

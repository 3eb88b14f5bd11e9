package extract

import (
	"testing"
)

// BenchmarkExtract measures one news page end to end: charset decoding,
// both readers and the merge.
func BenchmarkExtract(b *testing.B) {
	for _, tt := range []struct{ name, file, charset string }{
		{"en-utf8", "gazette_en.html", ""},
		{"fr-latin1", "courrier_fr_latin1.html", ""},
	} {
		page := mustRead(b, tt.file)
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Extract(page, "https://example.com/news/1", tt.charset); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

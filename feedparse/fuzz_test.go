package feedparse

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"briefbot"
)

func addTestdata(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

// FuzzParse checks that any input gives a feed or an EInvalid error, never
// a panic, and that a feed's items have valid text.
func FuzzParse(f *testing.F) {
	addTestdata(f)
	f.Add([]byte("<!DOCTYPE html><html></html>"))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","url":"a"}]}`))
	f.Add([]byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>x</title></item></rdf:RDF>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := Parse(data, "https://example.com/feeds/a.xml")
		if err != nil {
			var be *briefbot.Error
			if !errors.As(err, &be) || be.Code != briefbot.EInvalid {
				t.Fatalf("error %v is not EInvalid", err)
			}
			return
		}
		for _, it := range feed.Items {
			if !utf8.ValidString(it.Title + it.Summary + it.Content) {
				t.Fatalf("invalid UTF-8 in item %+v", it)
			}
		}
	})
}

// FuzzParseOPML checks that any input gives feeds or an EInvalid error,
// and that what is read writes back and reads again the same.
func FuzzParseOPML(f *testing.F) {
	f.Add([]byte(sampleOPML))
	f.Add([]byte(`<opml><body><outline xmlUrl="http://a.example/f"/></body></opml>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		feeds, err := ParseOPML(data)
		if err != nil {
			if briefbot.ErrorCode(err) != briefbot.EInvalid {
				t.Fatalf("error %v is not EInvalid", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := WriteOPML(&buf, feeds); err != nil {
			t.Fatal(err)
		}
		again, err := ParseOPML(buf.Bytes())
		if err != nil || len(again) != len(feeds) {
			t.Fatalf("round trip: %d feeds, %v; want %d", len(again), err, len(feeds))
		}
	})
}

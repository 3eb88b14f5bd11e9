package summarize

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync"
	"testing"
	"unicode/utf8"

	"briefbot"
	"briefbot/extract"
)

// sharedDir holds the team's evaluation articles and seed articles, beside
// the repository, as giveme5w1hGold and seedPath find them.
var sharedDir = filepath.Join("..", "..", "shared")

// shortSample is the share of the corpus files read under -short: one in
// shortSample, in path order.
const shortSample = 8

// TestCorpora feeds every file of the shared eval and seeds folders to
// the summarizer, and to page extraction wrapped as a web page and then to
// the summarizer as the ingest pipeline does: no article may make either
// panic, and each answers with a valid summary or an EInvalid error. It
// checks no answer against gold, so no article is held out.
func TestCorpora(t *testing.T) {
	for _, dir := range []string{"eval", "seeds"} {
		t.Run(dir, func(t *testing.T) {
			files := corpusFiles(t, filepath.Join(sharedDir, dir))
			if testing.Short() {
				files = sample(files, shortSample)
			}
			forEach(files, func(path string) { checkCorpusFile(t, path) })
			t.Logf("%d files", len(files))
		})
	}
}

// corpusFiles lists the regular files under root, in path order; it skips
// the test when root is absent.
func corpusFiles(t *testing.T, root string) []string {
	t.Helper()
	if _, err := os.Stat(root); os.IsNotExist(err) {
		t.Skipf("no corpus at %s", root)
	}
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skipf("no files in %s", root)
	}
	return files
}

// sample keeps one path in every n, the first always among them.
func sample(paths []string, n int) []string {
	var out []string
	for i := 0; i < len(paths); i += n {
		out = append(out, paths[i])
	}
	return out
}

// forEach calls f on each path from as many goroutines as there are CPUs.
func forEach(paths []string, f func(string)) {
	work := make(chan string)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for p := range work {
				f(p)
			}
		})
	}
	for _, p := range paths {
		work <- p
	}
	close(work)
	wg.Wait()
}

func checkCorpusFile(t *testing.T, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Error(err)
		return
	}
	var pages [][]byte
	if filepath.Ext(path) == ".html" {
		pages = append(pages, data)
	}
	for i, doc := range corpusDocs(path, data) {
		checkSummary(t, fmt.Sprintf("%s (document %d)", path, i), doc)
		pages = append(pages, asPage(doc))
	}
	for i, page := range pages {
		name := fmt.Sprintf("%s (page %d)", path, i)
		if a, ok := checkExtract(t, name, page); ok {
			checkSummary(t, name, briefbot.Document{Title: a.Title, Text: a.Text, Lang: a.Lang, Published: a.Published})
		}
	}
}

// checkSummary summarizes doc and reports a panic, an error other than
// EInvalid, or a summary that breaks its bounds.
func checkSummary(t *testing.T, name string, doc briefbot.Document) {
	var s briefbot.Summary
	var err error
	var panicked any
	func() {
		defer recoverInto(&panicked)
		s, err = New().Summarize(context.Background(), doc)
	}()
	switch {
	case panicked != nil:
		t.Errorf("%s: Summarize panics: %v", name, panicked)
	case err != nil && briefbot.ErrorCode(err) != briefbot.EInvalid:
		t.Errorf("%s: Summarize error = %v, want only EInvalid", name, err)
	case err == nil:
		assertValid(t, s)
		if utf8.ValidString(doc.Title) && utf8.ValidString(doc.Text) {
			assertUTF8(t, s)
		}
	}
}

// checkExtract reads a page and reports a panic or an error other than
// EInvalid; ok is false when there is no article to go on with.
func checkExtract(t *testing.T, name string, page []byte) (a extract.Article, ok bool) {
	var err error
	var panicked any
	func() {
		defer recoverInto(&panicked)
		a, err = extract.Extract(page, "https://news.example/article", "")
	}()
	switch {
	case panicked != nil:
		t.Errorf("%s: Extract panics: %v", name, panicked)
	case err != nil && briefbot.ErrorCode(err) != briefbot.EInvalid:
		t.Errorf("%s: Extract error = %v, want only EInvalid", name, err)
	}
	return a, panicked == nil && err == nil
}

// recoverInto, deferred, stops a panic and keeps it with its stack in p.
func recoverInto(p *any) {
	if r := recover(); r != nil {
		*p = fmt.Sprintf("%v\n%s", r, debug.Stack())
	}
}

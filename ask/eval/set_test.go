package eval

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"briefbot/ask"
)

// shared is the shared evaluation data, beside the repository.
const shared = "../../../shared"

const setFile = "testdata/questions.jsonl"

// mustSet loads the question set and its articles, or skips the test
// when the shared data is absent.
func mustSet(t *testing.T) Set {
	t.Helper()
	if _, err := os.Stat(filepath.Join(shared, "eval")); err != nil {
		t.Skip("shared evaluation data not present")
	}
	set, err := LoadSet(setFile, shared)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func TestSetCounts(t *testing.T) {
	qs, err := LoadQuestions(setFile)
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, q := range qs {
		count[q.Kind]++
		count[q.Split]++
		if q.Answerable() {
			count[q.Group()]++
		}
	}
	want := map[string]int{Answerable: 60, Absent: 10, NearMiss: 10, "en-en": 25, "en-fr": 25, "fr-*": 10, Dev: 54, Test: 26}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("%d questions count as %s; want %d", count[k], k, n)
		}
	}
}

// TestSetLeavesOutReserved checks every article of the set against the
// list of articles kept for independent evaluation.
func TestSetLeavesOutReserved(t *testing.T) {
	set := mustSet(t)
	paths, docs := reserved(t)
	if len(paths) == 0 || len(docs) == 0 {
		t.Fatalf("read %d reserved paths and %d reserved documents; want some of each", len(paths), len(docs))
	}
	doc := regexp.MustCompile(`^\d+`)
	for p := range set.Articles {
		if paths[p] {
			t.Errorf("%s is reserved", p)
		}
		if strings.HasSuffix(p, ".tml") && docs[doc.FindString(filepath.Base(p))] {
			t.Errorf("%s is a reserved SemEval document", p)
		}
	}
}

// reserved reads RESERVED.txt: paths, and SemEval documents by number.
func reserved(t *testing.T) (paths, docs map[string]bool) {
	f, err := os.Open(filepath.Join(shared, "eval", "RESERVED.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	paths, docs = map[string]bool{}, map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "semeval-doc "):
			docs[strings.TrimSpace(strings.TrimPrefix(line, "semeval-doc "))] = true
		case line != "" && !strings.HasPrefix(line, "#"):
			paths[line] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return paths, docs
}

// TestSetAnswersAreInTheArticles checks that every accepted answer of an
// answerable question is in one sentence of its brief's articles, as /ask
// splits them.
func TestSetAnswersAreInTheArticles(t *testing.T) {
	set := mustSet(t)
	for _, q := range set.Questions {
		for _, a := range q.Answers {
			if !inBrief(set, q, a) {
				t.Errorf("%s: no sentence of its articles holds %q", q.ID, a)
			}
		}
	}
}

func inBrief(set Set, q Question, answer string) bool {
	for _, p := range q.Articles {
		for _, s := range ask.Sentences(set.Articles[p].Text) {
			if Contains(s, answer) {
				return true
			}
		}
	}
	return false
}

func TestReadArticleKinds(t *testing.T) {
	set := mustSet(t)
	for _, tc := range []struct {
		path, lang, title, start string
	}{
		{"eval/giveme5w1h-bbc-sample/articles/574234a2a135d1c9b4836baf0b42e3489991fb7e64dfe00a3ad6f6a6.json", "en", "Wolves appoint Hoddle as manager", "Glenn Hoddle has been unveiled"},
		{"eval/winer-fr/2016/01/2016_01_27-001.txt", "fr", "France : démission de Christiane Taubira", "27 janvier 2016 . –"},
		{"eval/semeval2015-task4-timeline-en/corpus_2/corpus_trackA_TimeML/127248_CEO_of_GM_outlines_plan.tml", "en", `CEO of GM outlines plan for "New GM" after auto company declared bankruptcy`, "In a New York press conference at 16:15 UTC, June 1st, Fritz Henderson,"},
	} {
		a, ok := set.Articles[tc.path]
		if !ok {
			t.Errorf("%s is not in the set", tc.path)
			continue
		}
		if a.Lang != tc.lang || a.Title != tc.title || !strings.HasPrefix(a.Text, tc.start) || a.Published.IsZero() {
			t.Errorf("%s: lang %q, title %q, published %v, text %.80q; want %q, %q, a date, text from %q", tc.path, a.Lang, a.Title, a.Published, a.Text, tc.lang, tc.title, tc.start)
		}
	}
	if a := set.Articles["eval/winer-fr/2016/01/2016_01_27-001.txt"]; !strings.HasPrefix(a.URL, "https://fr.wikinews.org/wiki/") {
		t.Errorf("the WiNER-fr article's URL is %q; want its Wikinews page", a.URL)
	}
}

func TestDetokenize(t *testing.T) {
	for in, want := range map[string]string{
		"Boeing 's newest aircraft , the 787 `` Dreamliner '' , flew .": `Boeing's newest aircraft, the 787 "Dreamliner", flew.`,
		"worth US$ 140bn ( $ 96bn , # 86bn ) for Boeing":                "worth US$140bn ($96bn, £86bn) for Boeing",
		"fell 1.4 % Thursday ; I do n't know":                           "fell 1.4% Thursday; I don't know",
	} {
		if got := detokenize(in); got != want {
			t.Errorf("detokenize(%q) = %q; want %q", in, got, want)
		}
	}
}

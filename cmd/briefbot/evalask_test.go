package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalAskRefusesAnUnknownSplit(t *testing.T) {
	_, errs, code := runCLI(t, nil, "", "eval", "-ask", "-split", "train")
	if code == 0 || !strings.Contains(errs, `-split "train"`) {
		t.Errorf("exit %d, stderr %q; want -split refused", code, errs)
	}
}

// TestEvalAskOnTwoQuestions runs eval -ask end to end on a set of two
// questions about one article of the shared data.
func TestEvalAskOnTwoQuestions(t *testing.T) {
	const shared = "../../../shared"
	const article = "eval/giveme5w1h-bbc-sample/articles/574234a2a135d1c9b4836baf0b42e3489991fb7e64dfe00a3ad6f6a6.json"
	if _, err := os.Stat(filepath.Join(shared, article)); err != nil {
		t.Skip("shared evaluation data not present")
	}
	set := filepath.Join(t.TempDir(), "questions.jsonl")
	lines := `{"id": "a", "split": "dev", "lang_pair": "en-en", "articles": ["` + article + `"], "question": "Who is the new Wolves manager?", "answers": ["Glenn Hoddle"], "kind": "answerable"}
{"id": "b", "split": "test", "lang_pair": "en-en", "articles": ["` + article + `"], "question": "How much will Hoddle be paid?", "answers": [], "kind": "absent"}
`
	if err := os.WriteFile(set, []byte(lines), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errs, code := runCLI(t, nil, "", "eval", "-ask", "-ask-set", set, "-shared", shared, "-split", "all", "-v")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"2 questions, 1 articles in the store", "| answerable, all | 1 | 100% (1) |", "\na dev en-en answerable: Who is the new Wolves manager?\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
